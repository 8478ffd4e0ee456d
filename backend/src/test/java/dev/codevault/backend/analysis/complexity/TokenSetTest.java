package dev.codevault.backend.analysis.complexity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSetTest {

    private final CodeTokens tokens = CodeTokens.of("if (a && b) { iffy(); } else".getBytes(StandardCharsets.UTF_8));

    @Test
    void containsWholeTokensOnly() {
        TokenSet set = TokenSet.of("if", "&&", "else");

        assertThat(set.contains(tokens, 0)).as("if").isTrue();
        assertThat(set.contains(tokens, 3)).as("&&").isTrue();
        assertThat(set.contains(tokens, 7)).as("iffy").isFalse();
        assertThat(set.contains(tokens, 12)).as("else").isTrue();
        assertThat(set.contains(tokens, 1)).as("(").isFalse();
    }

    @Test
    void indexOutOfRangeIsNotContained() {
        TokenSet set = TokenSet.of("if");

        assertThat(set.contains(tokens, -1)).isFalse();
        assertThat(set.contains(tokens, tokens.size())).isFalse();
    }

    @Test
    void emptySetContainsNothing() {
        TokenSet set = new TokenSet(List.of());

        assertThat(set.isEmpty()).isTrue();
        assertThat(set.contains(tokens, 0)).isFalse();
    }
}
