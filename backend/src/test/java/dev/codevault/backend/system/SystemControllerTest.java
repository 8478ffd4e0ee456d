package dev.codevault.backend.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.archive.ArchiveLimits;
import dev.codevault.backend.mail.Mailer;
import dev.codevault.backend.mail.OutgoingMail;
import dev.codevault.backend.sources.GitSettings;
import dev.codevault.common.api.ServerFeatures;
import dev.codevault.common.api.VersionInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The version response's features, from the server's settings and its mailer. */
class SystemControllerTest {

    @Test
    void publishesHttpGitRemotesWhenAllowed() {
        VersionInfo version = controller(true).version();

        assertThat(version.offers(ServerFeatures.GIT_HTTP_REMOTES)).isTrue();
        assertThat(version.offers(ServerFeatures.PASSCODE_SIGN_IN)).isTrue();
    }

    @Test
    void omitsHttpGitRemotesByDefault() {
        VersionInfo version = controller(false).version();

        assertThat(version.offers(ServerFeatures.GIT_HTTP_REMOTES)).isFalse();
    }

    @Test
    void omitsDevelopmentMailWithSmtpServer() {
        VersionInfo version = controller(false).version();

        assertThat(version.offers(ServerFeatures.DEVELOPMENT_MAIL)).isFalse();
    }

    private static SystemController controller(boolean allowHttp) {
        GitSettings git = new GitSettings(false, allowHttp, Duration.ofSeconds(60), Duration.ofHours(2),
                Duration.ofSeconds(30), 10_737_418_240L, null);
        ArchiveLimits archives = new ArchiveLimits(2_147_483_648L, 200_000, 21_474_836_480L, 2_147_483_648L, 200);
        return new SystemController(null, new BuildInfo(), archives, git, new ConfiguredMailer());
    }

    /** A mailer with an SMTP server set, which the version response reads and nothing sends through. */
    private static final class ConfiguredMailer implements Mailer {

        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public void checkConnection() {
            // The version response checks no connection, so there is nothing to do.
        }

        @Override
        public void sendInBackground(OutgoingMail mail) {
            throw new UnsupportedOperationException("the version response sends no mail");
        }
    }
}
