package dev.codevault.backend.analysis.count;

import dev.codevault.backend.analysis.lang.LineCounts;
import java.util.Arrays;

/**
 * Counts the lines of a file by kind, driven by a language's {@link CompiledSyntax}. Stateless and safe to share
 * between threads; each call allocates only the small scanner state.
 */
public final class LineCounter {

    private LineCounter() {
    }

    /** Counts lines of prepared text; never throws on malformed or truncated input. */
    public static LineCounts count(CompiledSyntax syntax, SourceText text) {
        return new LineScanner(syntax, text.bytes(), text.from(), text.to(), null).run();
    }

    /**
     * Counts lines and returns the code with comment and string text masked out, for the complexity analysis.
     * The masked array has the same length and line ends as the text, indexed from 0.
     */
    public static MaskedCode countAndMask(CompiledSyntax syntax, SourceText text) {
        byte[] mask = Arrays.copyOfRange(text.bytes(), text.from(), text.to());
        byte[] source = text.from() == 0 ? text.bytes() : mask.clone();
        LineCounts counts = new LineScanner(syntax, source, 0, mask.length, mask).run();
        return new MaskedCode(counts, mask);
    }
}
