package dev.codevault.backend.analysis.count;

import dev.codevault.backend.analysis.lang.LineCounts;

/**
 * Line counts of a file together with its code, where comment text is spaces and each string literal is {@code 0}
 * followed by spaces. Line ends are kept, so line numbers match the file.
 *
 * @param counts the line counts
 * @param code   the masked bytes; owned by this record's creator and the complexity analysis, not copied
 */
public record MaskedCode(LineCounts counts, byte[] code) {
}
