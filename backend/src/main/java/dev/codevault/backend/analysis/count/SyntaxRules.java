package dev.codevault.backend.analysis.count;

import java.util.List;

/**
 * The lexical syntax of a language as far as line counting needs it. Lists are never {@code null}.
 *
 * @param lineComments      markers that start a comment to the end of the line anywhere in code
 * @param wordComments      markers that start a comment only at the start of a word, as the shell's {@code #}
 * @param lineStartComments markers that start a comment only as the first text of a line, such as {@code REM};
 *                          letters match in any case and must be followed by a character that is not a letter
 * @param columnOneComments markers that start a comment only in the first column, as fixed-form Fortran's {@code C}
 * @param blockComments     block comment kinds
 * @param strings           string and character literal kinds
 * @param codeTokens        texts that are plain code even though they contain a comment or string marker, such as
 *                          PHP's {@code #[} or Ruby's {@code ?"}
 * @param heredoc           the here-document syntax, or {@code null} when the language has none
 * @param docstrings        {@code true} for Python-style docstrings: a string that is the first statement of the
 *                          file or of a {@code def} or {@code class} body is a comment
 */
public record SyntaxRules(List<String> lineComments, List<String> wordComments, List<String> lineStartComments,
                          List<String> columnOneComments, List<BlockCommentRule> blockComments,
                          List<StringRule> strings, List<String> codeTokens, HeredocStyle heredoc,
                          boolean docstrings) {

    /** Syntax without comments or strings: every non-blank line is code. */
    public static final SyntaxRules PLAIN = new SyntaxRules(null, null, null, null, null, null, null, null, false);

    public SyntaxRules {
        lineComments = copy(lineComments);
        wordComments = copy(wordComments);
        lineStartComments = copy(lineStartComments);
        columnOneComments = copy(columnOneComments);
        blockComments = copy(blockComments);
        strings = copy(strings);
        codeTokens = copy(codeTokens);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
