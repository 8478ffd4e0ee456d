package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.MapCredentialStore;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The session's log lines, against a fake auth API and without a saved session. */
class SessionTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(Session.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final AuthClient auth = Fakes.of(AuthClient.class)
            .answer("refresh", args -> tokens("refreshed"))
            .build();
    private final CurrentServer server = new CurrentServer();
    private final Session session = new Session(new SessionTokens(), () -> new MapCredentialStore(new HashMap<>()),
            auth, server);
    private Level levelBefore;

    @BeforeEach
    void captureLog() throws Exception {
        server.use(ServerUrlPolicy.check("https://vault.example.com"));
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
        session.stop();
    }

    @Test
    void logsSignInOnce() {
        session.start(server.address().orElseThrow(), tokens("issued"));

        session.refresh();

        assertThat(messagesAt(Level.INFO)).containsExactly("Signed in");
    }

    @Test
    void logsRefreshAtDebug() {
        session.start(server.address().orElseThrow(), tokens("issued"));

        session.refresh();

        assertThat(messagesAt(Level.DEBUG)).containsExactly("The access token is refreshed in 240 s",
                "The access token is refreshed in 240 s");
    }

    private List<String> messagesAt(Level level) {
        return appender.list.stream().filter(event -> event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static TokenResponse tokens(String refreshToken) {
        return new TokenResponse("access-" + refreshToken, "Bearer", 300, refreshToken, 86_400);
    }
}
