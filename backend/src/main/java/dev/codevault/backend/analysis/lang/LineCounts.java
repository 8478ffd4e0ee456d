package dev.codevault.backend.analysis.lang;

/**
 * Lines of one file, or a sum of files, split by the counting convention; {@code code + comment + blank == lines}.
 *
 * @param lines   every line, the unterminated last one included
 * @param code    lines with code, strings included
 * @param comment lines with comment text only
 * @param blank   lines with whitespace only, outside any multi-line string
 */
public record LineCounts(long lines, long code, long comment, long blank) {

    /** No lines, the counts of an empty file. */
    public static final LineCounts ZERO = new LineCounts(0, 0, 0, 0);

    /** Returns the sum of these counts and the other ones. */
    public LineCounts plus(LineCounts other) {
        return new LineCounts(lines + other.lines, code + other.code, comment + other.comment, blank + other.blank);
    }
}
