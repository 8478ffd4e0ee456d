package dev.codevault.backend.analysis.complexity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A fixed set of token texts, such as a language's decision keywords. Membership of a {@link CodeTokens} token is
 * checked on its bytes, so the hot loops of the complexity analysis create no string per token. Immutable and safe
 * to share between threads.
 */
final class TokenSet {

    private static final byte[][] NONE = new byte[0][];

    private final byte[][][] byFirstByte = new byte[256][][];
    private final boolean empty;

    TokenSet(Collection<String> texts) {
        List<List<byte[]>> lists = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            lists.add(new ArrayList<>());
        }
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                lists.get(bytes[0] & 0xFF).add(bytes);
            }
        }
        boolean none = true;
        for (int b = 0; b < 256; b++) {
            byFirstByte[b] = lists.get(b).isEmpty() ? NONE : lists.get(b).toArray(new byte[0][]);
            none &= lists.get(b).isEmpty();
        }
        this.empty = none;
    }

    static TokenSet of(String... texts) {
        return new TokenSet(List.of(texts));
    }

    boolean isEmpty() {
        return empty;
    }

    /** Returns whether the token at {@code index} is one of the texts; {@code false} for an index out of range. */
    boolean contains(CodeTokens tokens, int index) {
        if (empty || index < 0 || index >= tokens.size()) {
            return false;
        }
        for (byte[] candidate : byFirstByte[tokens.firstByte(index)]) {
            if (tokens.is(index, candidate)) {
                return true;
            }
        }
        return false;
    }
}
