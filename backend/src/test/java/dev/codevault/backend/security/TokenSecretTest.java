package dev.codevault.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.codevault.backend.startup.StartupFailures;
import dev.codevault.backend.startup.StartupSettings;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.TempFolders;
import io.micronaut.context.ApplicationContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.validator.TokenValidator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;

/** The access-token key from CODEVAULT_TOKEN_SECRET: used when long enough, refused at start-up when shorter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenSecretTest {

    private final MariaDbDatabase database = MariaDbDatabase.create();
    private final Map<String, String> databaseProperties = database.serverProperties();

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void refusesSecretShorterThan256Bits() {
        Map<String, Object> properties = properties(secret(31));

        Throwable failure = catchThrowable(() -> ApplicationContext.run(properties).close());

        assertThat(failure).isNotNull();
        assertThat(StartupFailures.explain(failure, new StartupSettings("127.0.0.1", "8080", database.url())))
                .contains("CODEVAULT_TOKEN_SECRET")
                .contains("248 bits")
                .contains("at least 256 bits");
    }

    @Test
    void refusesSecretThatIsNotBase64() {
        Map<String, Object> properties = properties("not base64!");

        Throwable failure = catchThrowable(() -> ApplicationContext.run(properties).close());

        assertThat(StartupFailures.explain(failure, new StartupSettings("127.0.0.1", "8080", database.url())))
                .contains("not valid base64");
    }

    @Test
    void signsWithConfiguredSecretAcrossServers() {
        String secret = secret(32);
        String token;
        try (ApplicationContext first = ApplicationContext.run(properties(secret))) {
            token = first.getBean(TokenGenerator.class).generateToken(Authentication.build("someone"), 60)
                    .orElseThrow();
        }

        try (ApplicationContext second = ApplicationContext.run(properties(secret))) {
            TokenValidator<?> validator = second.getBean(TokenValidator.class);

            assertThat(Flux.from(validator.validateToken(token, null)).blockFirst()).isNotNull();
        }
    }

    private Map<String, Object> properties(String tokenSecret) {
        Map<String, Object> properties = new HashMap<>(databaseProperties);
        properties.put("codevault.data-dir", TempFolders.create("codevault-secret").toString());
        properties.put("codevault.token-secret", tokenSecret);
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    private static String secret(int bytes) {
        byte[] material = new byte[bytes];
        new SecureRandom().nextBytes(material);
        return Base64.getEncoder().encodeToString(material);
    }
}
