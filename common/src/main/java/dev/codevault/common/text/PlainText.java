package dev.codevault.common.text;

import java.text.BreakIterator;

/**
 * The rule for names people give things (projects, vaults, teams, passkeys, display names): text that shows as
 * written wherever it appears, including mail and terminals. Use the constants with {@code @Pattern}.
 */
public final class PlainText {

    /**
     * At least one letter, digit, punctuation mark or symbol, and none of: control characters (C0 and C1, so also
     * next-line U+0085), line and paragraph separators, unpaired surrogates, and text-direction overrides and
     * isolates (U+202A to U+202E, U+2066 to U+2069).
     */
    public static final String REGEX = "(?=.*[\\p{L}\\p{N}\\p{P}\\p{S}])"
            + "[^\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cs}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]*";

    /** {@link #REGEX}, or spaces only, for an optional name where blank means "none". */
    public static final String OPTIONAL_REGEX = " *|(?:" + REGEX + ")";

    /** The message of a name that breaks {@link #REGEX}. */
    public static final String MESSAGE = "Use visible characters only: no line breaks, control characters or "
            + "text-direction overrides, and at least one letter, digit or symbol.";

    private PlainText() {
    }

    /** Counts the grapheme clusters of the text, so an emoji or a letter with its accents counts as one character. */
    public static int countCharacters(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
