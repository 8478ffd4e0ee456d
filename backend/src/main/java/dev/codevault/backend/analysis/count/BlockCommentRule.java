package dev.codevault.backend.analysis.count;

/**
 * One kind of block comment of a language.
 *
 * @param open      the text that opens the comment
 * @param close     the text that closes it
 * @param nests     {@code true} when an inner {@code open} needs its own {@code close}, as in Rust or Haskell
 * @param lineStart {@code true} when both markers count only at the start of a line, as Ruby's {@code =begin}
 *                  and Perl's POD; the rest of the closing line is then comment too
 */
public record BlockCommentRule(String open, String close, boolean nests, boolean lineStart) {
}
