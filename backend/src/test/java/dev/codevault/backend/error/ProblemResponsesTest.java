package dev.codevault.backend.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codevault.backend.testing.TempFolders;
import dev.codevault.common.error.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Error responses of the framework itself come as problem documents, like those of CodeVault's handlers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemResponsesTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("codevault.data-dir", TempFolders.create("codevault-problems").toString());
    }

    @Test
    void answersUnknownRouteWithProblem() {
        HttpResponse<?> response = failedExchange(HttpRequest.GET("/no-such-route"));

        assertThat(response.code()).isEqualTo(404);
        assertThat(response.getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.type()).isEqualTo(Problem.BLANK_TYPE);
    }

    @Test
    void answersWrongMethodWithProblem() {
        HttpResponse<?> response = failedExchange(HttpRequest.DELETE("/health"));

        assertThat(response.code()).isEqualTo(405);
        assertThat(response.getBody(Problem.class)).hasValueSatisfying(
                problem -> assertThat(problem.status()).isEqualTo(405));
    }

    @Test
    void answersBrowserWithProblemToo() {
        HttpResponse<?> response = failedExchange(HttpRequest.GET("/no-such-page").accept("text/html"));

        assertThat(response.getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
    }

    @Test
    void explainsUnreadableBodyWithoutParserInternals() {
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passcode", "{\"email\": [[[[")
                .contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("StreamRead").doesNotContain("Failed to convert");
    }

    @Test
    void namesLimitOfTooLargeBody() {
        String email = "a".repeat(11 * 1024 * 1024);
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passcode", "{\"email\": \"" + email + "\"}")
                .contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(413);
        assertThat(problem.detail()).isEqualTo("The request body is too large. This call accepts at most 10485760 "
                + "bytes.");
    }

    @Test
    void namesMissingBody() {
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passcode", "")
                .contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The request body is missing. Send JSON with the fields this call "
                + "takes.");
    }

    @Test
    void rejectsShortUuidInBody() {
        String shortId = "67336d11-4006-40c7-9b18-981b82017e6";

        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passcode/verify",
                "{\"attemptId\": \"" + shortId + "\", \"code\": \"123456\"}").contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The field attemptId is '" + shortId + "', but it must be a UUID "
                + "such as 123e4567-e89b-12d3-a456-426614174000.");
    }

    @Test
    void namesArrayAsAttemptId() {
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passcode/verify",
                "{\"attemptId\": [], \"code\": \"123456\"}").contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The field attemptId must be a UUID such as "
                + "123e4567-e89b-12d3-a456-426614174000, as text in double quotes.");
    }

    @Test
    void namesNumberAsPasskeyCredential() {
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passkey/verify",
                "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": 5}")
                .contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The field credential must be a JSON object with the fields id, type, "
                + "response.");
    }

    @Test
    void namesTextAsPasskeyResponseWithoutValue() {
        String response = "eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0";

        HttpResponse<?> failure = failedExchange(HttpRequest.POST("/auth/passkey/verify",
                "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": {\"id\": \"AAAA\", "
                        + "\"type\": \"public-key\", \"response\": \"" + response + "\"}}")
                .contentType("application/json"));

        Problem problem = failure.getBody(Problem.class).orElseThrow();
        assertThat(failure.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The field credential.response must be a JSON object with the fields "
                + "clientDataJSON, authenticatorData, signature, userHandle.");
        assertThat(problem.detail()).doesNotContain(response);
    }

    @Test
    void namesObjectAsClientData() {
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passkey/verify",
                "{\"ceremonyId\": \"" + UUID.randomUUID() + "\", \"credential\": {\"id\": \"AAAA\", "
                        + "\"type\": \"public-key\", \"response\": {\"clientDataJSON\": {}, "
                        + "\"authenticatorData\": \"AAAA\", \"signature\": \"AAAA\"}}}")
                .contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The field credential.response.clientDataJSON must be text in double "
                + "quotes.");
    }

    @Test
    void namesFieldsForArrayAsBody() {
        HttpResponse<?> response = failedExchange(HttpRequest.POST("/auth/passcode", "[\"someone@example.com\"]")
                .contentType("application/json"));

        Problem problem = response.getBody(Problem.class).orElseThrow();
        assertThat(response.code()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The request body must be a JSON object with the field email.");
    }

    private HttpResponse<?> failedExchange(HttpRequest<?> request) {
        HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Problem.class));
        assertThat(failure).as("the request should fail").isNotNull();
        return failure.getResponse();
    }
}
