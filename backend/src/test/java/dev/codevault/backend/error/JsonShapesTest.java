package dev.codevault.backend.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.GitCredentials;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The words for the JSON value a field takes, as the caller reads them in the detail of a wrongly typed value. */
class JsonShapesTest {

    @Test
    void wordsEachKindOfValue() {
        Map<Class<?>, String> expected = new LinkedHashMap<>();
        expected.put(String.class, "text in double quotes");
        expected.put(boolean.class, "true or false, without quotes");
        expected.put(Boolean.class, "true or false, without quotes");
        expected.put(CodeSourceKind.class, "one of ARCHIVE, GIT, as text in double quotes");
        expected.put(UUID.class, "a UUID such as 123e4567-e89b-12d3-a456-426614174000, as text in double quotes");
        expected.put(Instant.class, "a UTC time in ISO 8601 form such as 2026-01-31T12:00:00Z, as text in double "
                + "quotes");
        expected.put(GitCredentials.class, "a JSON object with the fields username, secret");
        expected.put(Map.class, "a JSON object");
        expected.put(List.class, "a JSON array");
        expected.put(long.class, "a whole number");

        expected.forEach((type, words) -> assertThat(JsonShapes.of(type)).as("words for %s", type).isEqualTo(words));
    }
}
