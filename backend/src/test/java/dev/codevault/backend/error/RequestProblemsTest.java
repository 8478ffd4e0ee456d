package dev.codevault.backend.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.auth.AssertionCredential;
import dev.codevault.common.auth.PasskeySignIn;
import dev.codevault.common.auth.RegistrationCredential;
import dev.codevault.common.vault.GitCredentials;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The details of requests that the framework could not bind, as the caller reads them. */
class RequestProblemsTest {

    @Test
    void namesNumberForDecimalField() {
        InvalidPropertyFormatException failure = invalidField(BigDecimal.class, "amount", "ten");

        assertThat(RequestProblems.explain(failure)).hasValue("The field amount is 'ten', but it must be a number.");
    }

    @Test
    void namesNestedFieldOfInvalidValueByPath() {
        InvalidPropertyFormatException failure = invalidField(UUID.class, "ceremonyId", "not-a-uuid");
        failure.getPath().add(ReferencePath.ofProperty(PasskeySignIn.class, Argument.of(UUID.class, "ceremonyId")));
        failure.getPath().add(ReferencePath.ofProperty(Object.class, Argument.of(PasskeySignIn.class, "signIn")));

        assertThat(RequestProblems.explain(failure)).hasValue("The field signIn.ceremonyId is 'not-a-uuid', but it "
                + "must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.");
    }

    @Test
    void namesNoJavaTypeForOtherFields() {
        InvalidPropertyFormatException failure = invalidField(Map.class, "limits", "[]");

        assertThat(RequestProblems.explain(failure))
                .hasValue("The field limits is '[]', but it must be a value of the form this call documents.");
    }

    @Test
    void wordsEachKindOfValue() {
        Map<Class<?>, String> expected = new LinkedHashMap<>();
        expected.put(long.class, "a whole number");
        expected.put(Short.class, "a whole number");
        expected.put(double.class, "a number");
        expected.put(BigDecimal.class, "a number");
        expected.put(Boolean.class, "true or false");
        expected.put(String.class, "text");
        expected.put(char.class, "text");
        expected.put(UUID.class, "a UUID such as 123e4567-e89b-12d3-a456-426614174000");
        expected.put(Instant.class, "a UTC time in ISO 8601 form such as 2026-01-31T12:00:00Z");
        expected.put(LocalDate.class, "a date in ISO 8601 form such as 2026-01-31");
        expected.put(Duration.class, "a duration in ISO 8601 form such as PT15M");
        expected.put(URI.class, "a URI such as https://example.com/");
        expected.put(List.class, "a JSON array");
        expected.put(int[].class, "a JSON array");
        expected.put(Thread.State.class, "one of NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED");

        expected.forEach((type, words) -> assertThat(RequestProblems.allowedValues(type)).as("words for %s", type)
                .isEqualTo(words));
    }

    @Test
    void namesNestedFieldOfWrongJsonType() {
        SerdeException failure = wrongJsonType("VALUE_STRING", "START_OBJECT");
        failure.getPath().add(ReferencePath.ofProperty(AssertionCredential.class,
                Argument.of(AssertionCredential.Response.class, "response")));
        failure.getPath().add(ReferencePath.ofProperty(PasskeySignIn.class,
                Argument.of(AssertionCredential.class, "credential")));

        assertThat(RequestProblems.explain(failure)).hasValue("The field credential.response must be a JSON object "
                + "with the fields clientDataJSON, authenticatorData, signature, userHandle.");
    }

    @Test
    void namesItemTypeOfListItem() {
        Argument<?> transports = Argument.listOf(String.class);
        SerdeException failure = wrongJsonType("START_OBJECT", "VALUE_STRING");
        failure.getPath().add(ReferencePath.ofCollection(List.class, transports, 1));
        failure.getPath().add(ReferencePath.ofProperty(RegistrationCredential.Response.class,
                Argument.of(List.class, "transports", Argument.of(String.class))));

        assertThat(RequestProblems.explain(failure)).hasValue("The field transports[1] must be text in double quotes.");
    }

    @Test
    void asksForObjectWhenBodyTypeIsUnknown() {
        SerdeException failure = wrongJsonType("START_ARRAY", "START_OBJECT");

        assertThat(RequestProblems.explain(failure))
                .hasValue("The request body must be a JSON object with the fields this call takes.");
    }

    @Test
    void ignoresOtherSerdeFailures() {
        SerdeException failure = new SerdeException("Error decoding property", new IllegalStateException("broken"));
        failure.getPath().add(ReferencePath.ofProperty(GitCredentials.class, Argument.of(String.class, "secret")));

        assertThat(RequestProblems.explain(failure)).isEmpty();
    }

    private static SerdeException wrongJsonType(String found, String expected) {
        return new SerdeException("Unexpected token " + found + ", expected " + expected);
    }

    private static InvalidPropertyFormatException invalidField(Class<?> type, String name, String value) {
        return new InvalidPropertyFormatException(new InvalidFormatException("cannot decode", null, value),
                Argument.of(type, name));
    }
}
