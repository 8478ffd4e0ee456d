package dev.codevault.backend.analysis.count;

/** How the lexer finds the end of a string literal that a {@link StringRule} opens. */
public enum StringKind {
    /** Ends at {@code close}; {@code escape} skips the next character, {@code doubled} allows a doubled close. */
    QUOTED,
    /** A character literal: only when one character or one escape sequence is followed by the closing quote. */
    CHAR,
    /** C++ raw string: {@code R"delimiter(} up to {@code )delimiter"}, no escapes. */
    CPP_RAW,
    /**
     * Rust or Swift raw string: {@code open}, any number of {@code #}, then {@code close}; closed by {@code close}
     * and as many {@code #}. No escapes.
     */
    HASH_RAW,
    /** C# raw string: three or more quotes, closed by the same number of quotes, no escapes. */
    QUOTE_RUN,
    /** A regular expression literal such as JavaScript's {@code /a"b/}: only where an operand may start. */
    REGEX
}
