package dev.codevault.backend.startup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks that run before the server creates anything. The process test shows the effect on the data folder,
 * but there it depends on which eager bean Micronaut happens to create first, so this test calls the checks directly.
 */
class StartupChecksTest {

    @Test
    void rejectsSmtpServerWithoutSender() {
        PropertySourcePropertyResolver settings = new PropertySourcePropertyResolver(PropertySource.of("test",
                Map.of("codevault.mail.smtp.host", "127.0.0.1", "micronaut.server.port", "-1")));

        assertThatThrownBy(() -> StartupChecks.run(settings))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("CODEVAULT_MAIL_FROM (codevault.mail.from) is not set, but an SMTP server is.");
    }

    @Test
    void rejectsInvalidSender() {
        PropertySourcePropertyResolver settings = new PropertySourcePropertyResolver(PropertySource.of("test",
                Map.of("codevault.mail.smtp.host", "127.0.0.1", "codevault.mail.from", "not an address",
                        "micronaut.server.port", "-1")));

        assertThatThrownBy(() -> StartupChecks.run(settings))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("is not a valid email address");
    }
}
