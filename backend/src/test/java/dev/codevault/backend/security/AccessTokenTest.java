package dev.codevault.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codevault.backend.account.User;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.error.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Access tokens: signed with the key derived from the master key, rejected when expired or tampered with. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenTest implements TestPropertyProvider {

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestAccounts accounts;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-token").toString());
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void acceptsValidToken() {
        User user = accounts.createUser();

        String subject = client.toBlocking().retrieve(
                HttpRequest.GET("/test/who-am-i").bearerAuth(accounts.accessToken(user)));

        assertThat(subject).isEqualTo(user.id().toString());
    }

    @Test
    void rejectsMissingToken() {
        HttpClientResponseException failure = failure(HttpRequest.GET("/test/who-am-i"));

        assertThat(failure.code()).isEqualTo(401);
        assertThat(failure.getResponse().getBody(Problem.class)).hasValueSatisfying(
                problem -> assertThat(problem.detail()).contains("/auth/token/refresh"));
        assertThat(failure.getResponse().getHeaders().get("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void rejectsTamperedToken() {
        String token = accounts.accessToken(accounts.createUser());
        String[] parts = token.split("\\.");
        String otherUser = accounts.accessToken(accounts.createUser()).split("\\.")[1];

        HttpClientResponseException failure = failure(
                HttpRequest.GET("/test/who-am-i").bearerAuth(parts[0] + "." + otherUser + "." + parts[2]));

        assertThat(failure.code()).isEqualTo(401);
    }

    @Test
    void rejectsUnsignedToken() {
        String payload = accounts.accessToken(accounts.createUser()).split("\\.")[1];
        String unsignedHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        HttpClientResponseException failure = failure(
                HttpRequest.GET("/test/who-am-i").bearerAuth(unsignedHeader + "." + payload + "."));

        assertThat(failure.code()).isEqualTo(401);
    }

    @Test
    void signsTokenWithHmacSha256() {
        String header = accounts.accessToken(accounts.createUser()).split("\\.")[0];

        assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8)).contains("HS256");
    }

    @Test
    void rejectsExpiredToken() throws InterruptedException {
        String token = accounts.accessToken(accounts.createUser(), 1);
        Thread.sleep(2100);

        HttpClientResponseException failure = failure(HttpRequest.GET("/test/who-am-i").bearerAuth(token));

        assertThat(failure.code()).isEqualTo(401);
    }

    private HttpClientResponseException failure(HttpRequest<?> request) {
        HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().retrieve(request));
        assertThat(failure).as("the request should fail").isNotNull();
        return failure;
    }
}
