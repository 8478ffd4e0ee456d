package dev.codevault.backend.analysis.count;

import java.util.List;

/**
 * One kind of string or character literal of a language.
 *
 * @param kind             how the end of the literal is found; {@link StringKind#QUOTED} when absent
 * @param open             the text that opens the literal, for example {@code "}, {@code @"} or {@code """}
 * @param close            the text that closes it; the same as {@code open} when absent
 * @param escape           the escape character that makes the next character literal text, or {@code null}
 * @param doubled          {@code true} when two closing quotes in a row stand for one quote inside the literal
 * @param multiline        {@code true} when the literal may span lines; otherwise a line end closes it
 * @param interpolation    the text that starts code inside the literal, such as <code>${</code>, or {@code null};
 *                         the code ends at the bracket that matches its last character
 * @param prefixes         letters that may stand before {@code open} in any case, such as Python's {@code rb}
 * @param notAfterOperand  {@code true} when {@code open} right after a name, a number or a closing bracket is an
 *                         operator instead, such as MATLAB's transpose {@code a'}
 */
public record StringRule(StringKind kind, String open, String close, String escape, boolean doubled,
                         boolean multiline, String interpolation, List<String> prefixes, boolean notAfterOperand) {

    public StringRule {
        kind = kind == null ? StringKind.QUOTED : kind;
        close = close == null ? open : close;
        prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
    }
}
