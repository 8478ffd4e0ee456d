package dev.codevault.backend.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.codevault.backend.sources.NetworkPolicy;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.eclipse.jgit.errors.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureClassifierTest {

    private static final RemoteUrl URL = new RemoteUrlPolicy(NetworkPolicy.STRICT)
            .parse("https://git.example.com/team/app.git");
    private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(30), Duration.ofHours(1), 1024);

    private final Logger logger = (Logger) LoggerFactory.getLogger(FailureClassifier.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(appender);
    }

    @Nested
    class UnexpectedFailure {

        @Test
        void describesTransportFailureInWords() {
            MirrorFailure classified = classify(new TransportException("unexpected end of stream"),
                    ReadContext.ACCESS_CHECK, true);

            assertThat(classified.getMessage()).contains("failed while transferring data with the git server.");
            assertThat(classified.getMessage()).doesNotContain("TransportException");
        }

        @Test
        void describesUnknownFailureInWords() {
            MirrorFailure classified = classify(new IllegalStateException("pack index is corrupt"),
                    ReadContext.MIRROR_RUN, true);

            assertThat(classified.getMessage()).contains("failed with an error that CodeVault does not recognise.");
            assertThat(classified.getMessage()).doesNotContain("IllegalStateException");
        }

        @Test
        void logsClassAndMessageOnce() {
            IllegalStateException failure = new IllegalStateException("pack index is corrupt");

            MirrorFailure classified = classify(failure, ReadContext.MIRROR_RUN, true);

            assertThat(classified.reason()).isEqualTo(MirrorFailure.Reason.OTHER);
            assertThat(appender.list).hasSize(1);
            assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.WARN);
            assertThat(appender.list.get(0).getFormattedMessage())
                    .contains("git.example.com")
                    .contains("java.lang.IllegalStateException: pack index is corrupt");
        }

        @Test
        void namesNoExceptionClassToUser() {
            TransportException failure = new TransportException("protocol error");

            MirrorFailure classified = classify(failure, ReadContext.ACCESS_CHECK, false);

            assertThat(classified.getMessage()).doesNotContain("TransportException").doesNotContain("protocol error")
                    .contains("failed while transferring data with the git server");
        }

        @Test
        void logsNoLoginOfUrlInMessage() {
            TransportException failure = new TransportException("https://reader:s3cret-token@git.example.com/app.git: "
                    + "protocol error");

            classify(failure, ReadContext.MIRROR_RUN, true);

            assertThat(appender.list).hasSize(1);
            assertThat(appender.list.get(0).getFormattedMessage()).doesNotContain("s3cret-token")
                    .doesNotContain("reader").contains("protocol error");
        }

        @Test
        void logsNoPasswordWithSlash() {
            TransportException failure = new TransportException("https://reader:pa/ss@word@git.example.com/app.git: "
                    + "protocol error");

            classify(failure, ReadContext.MIRROR_RUN, true);

            assertThat(appender.list.get(0).getFormattedMessage()).doesNotContain("pa/ss").doesNotContain("word@")
                    .contains("git.example.com/app.git");
        }

        @Test
        void logsNothingForKnownFailure() {
            classify(new ConnectException("Connection refused"), ReadContext.MIRROR_RUN, true);

            assertThat(appender.list).isEmpty();
        }
    }

    @Nested
    class Advice {

        @Test
        void mirrorRunPromisesRetry() {
            MirrorFailure failure = classify(new ConnectException("refused"), ReadContext.MIRROR_RUN, true);

            assertThat(failure.getMessage()).contains("CodeVault tries again later");
        }

        @Test
        void unknownHostInMirrorRunSuggestsUrlCheck() {
            MirrorFailure failure = classify(new UnknownHostException("git.example.com"), ReadContext.MIRROR_RUN,
                    true);

            assertThat(failure.getMessage()).contains("Check the repository URL").contains("tries again later");
        }

        @Test
        void accessCheckSaysNothingWasSaved() {
            MirrorFailure failure = classify(new ConnectException("refused"), ReadContext.ACCESS_CHECK, true);

            assertThat(failure.getMessage()).contains("Nothing was saved").doesNotContain("tries again later");
        }

        @Test
        void commandLineSaysToTryAgain() {
            MirrorFailure failure = classify(new ConnectException("refused"), ReadContext.COMMAND_LINE, true);

            assertThat(failure.getMessage()).contains("Check the address and try again")
                    .doesNotContain("tries again later");
        }

        @Test
        void missingLoginAsksForCredentials() {
            TransportException rejected = new TransportException(URL + ": Authentication is required but no "
                    + "CredentialsProvider has been registered");

            MirrorFailure failure = classify(rejected, ReadContext.ACCESS_CHECK, false);

            assertThat(failure.reason()).isEqualTo(MirrorFailure.Reason.AUTHENTICATION);
            assertThat(failure.getMessage()).contains("needs a user name and token")
                    .doesNotContain("rejected the credentials").doesNotContain("Update code");
        }

        @Test
        void missingLoginOnCommandLineNamesVariables() {
            TransportException rejected = new TransportException(URL + ": not authorized");

            MirrorFailure failure = classify(rejected, ReadContext.COMMAND_LINE, false);

            assertThat(failure.getMessage()).contains("CODEVAULT_GIT_USERNAME").contains("CODEVAULT_GIT_TOKEN");
        }

        @Test
        void rejectedLoginOnCommandLineNamesVariables() {
            TransportException rejected = new TransportException(URL + ": not authorized");

            MirrorFailure failure = classify(rejected, ReadContext.COMMAND_LINE, true);

            assertThat(failure.getMessage()).contains("rejected the credentials").contains("CODEVAULT_GIT_TOKEN")
                    .doesNotContain("Update code");
        }
    }

    private static MirrorFailure classify(Throwable failure, ReadContext context, boolean credentialGiven) {
        return FailureClassifier.classify(failure, URL, LIMITS, null, context, credentialGiven);
    }
}
