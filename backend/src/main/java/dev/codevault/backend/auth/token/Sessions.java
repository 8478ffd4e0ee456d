package dev.codevault.backend.auth.token;

import dev.codevault.backend.auth.AuthSettings;
import dev.codevault.backend.auth.ClientInfo;
import dev.codevault.backend.auth.SignInRejectedException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.common.auth.SessionInfo;
import dev.codevault.common.auth.SignInMethod;
import dev.codevault.common.auth.TokenResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions and their tokens. A session starts at sign-in with an access token and a refresh token. Each refresh
 * replaces the refresh token; presenting a replaced one again means a copy leaked, so the whole session ends.
 */
@Singleton
public class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    private static final String REFRESH_REJECTED = "The refresh token is not valid, expired or was signed out. Sign in "
            + "again.";

    private final SessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokens accessTokens;
    private final AuthSettings settings;
    private final Clock clock;

    Sessions(SessionRepository sessions, RefreshTokenRepository refreshTokens, AccessTokens accessTokens,
             AuthSettings settings, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a session for a person who just signed in. */
    @Transactional
    public IssuedTokens start(UUID userId, SignInMethod method, ClientInfo client) {
        Instant now = clock.instant();
        SignInSession session = sessions.save(new SignInSession(UUID.randomUUID(), userId, method, client.userAgent(),
                now, now, now.plus(settings.sessionLifetime()), null));
        LOG.info("User {} signed in with {}, session {}", userId, method, session.id());
        return issue(session, now);
    }

    /**
     * Replaces a refresh token with new tokens.
     *
     * @throws SignInRejectedException when the token is unknown, expired, replaced already or its session ended;
     *                                 a replaced token also ends its session
     */
    @Transactional(noRollbackFor = SignInRejectedException.class)
    public IssuedTokens refresh(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findByTokenHash(OpaqueTokens.hash(refreshToken))
                .orElseThrow(() -> new SignInRejectedException(REFRESH_REJECTED));
        SignInSession session = sessions.findById(token.sessionId())
                .filter(found -> found.isActiveAt(now))
                .orElseThrow(() -> new SignInRejectedException(REFRESH_REJECTED));
        if (token.replacedAt() != null || refreshTokens.replaceRow(token.id(), now) != 1) {
            endAfterReuse(session, now);
        }
        if (!now.isBefore(token.expiresAt())) {
            throw new SignInRejectedException(REFRESH_REJECTED);
        }

        sessions.touchRow(session.id(), now);
        return issue(session, now);
    }

    /** Ends the session of a refresh token; an unknown token is ignored, so signing out twice is harmless. */
    @Transactional
    public void signOut(String refreshToken) {
        refreshTokens.findByTokenHash(OpaqueTokens.hash(refreshToken)).ifPresent(token -> {
            if (sessions.endRow(token.sessionId(), clock.instant()) == 1) {
                LOG.info("Session {} signed out", token.sessionId());
            }
        });
    }

    /** Returns how an active session of a person started, or empty when it ended or belongs to someone else. */
    public Optional<SignInMethod> methodOf(UUID userId, UUID sessionId) {
        Instant now = clock.instant();
        return sessions.findById(sessionId)
                .filter(session -> session.userId().equals(userId) && session.isActiveAt(now))
                .map(SignInSession::signInMethod);
    }

    /** Lists the active sessions of a person, newest first, marking the one the request came from. */
    public List<SessionInfo> list(UUID userId, Optional<UUID> currentSession) {
        Instant now = clock.instant();
        Instant idleLimit = now.minus(settings.refreshTokenLifetime());
        return sessions.findByUserIdAndEndedAtIsNullOrderByCreatedAtDesc(userId).stream()
                .filter(session -> session.isActiveAt(now) && session.lastUsedAt().isAfter(idleLimit))
                .map(session -> new SessionInfo(session.id(), session.signInMethod(), session.client(),
                        session.createdAt(), session.lastUsedAt(),
                        currentSession.map(session.id()::equals).orElse(false)))
                .toList();
    }

    /**
     * Ends one session of a person.
     *
     * @throws NotFoundException when the person has no active session with that id
     */
    @Transactional
    public void end(UUID userId, UUID sessionId) {
        Optional<SignInSession> session = sessions.findById(sessionId)
                .filter(found -> found.userId().equals(userId));
        if (session.isEmpty() || sessions.endRow(sessionId, clock.instant()) != 1) {
            throw new NotFoundException("session", sessionId);
        }
        LOG.info("User {} ended session {}", userId, sessionId);
    }

    /** Ends every session of a person. */
    @Transactional
    public void endAll(UUID userId) {
        long ended = sessions.endAllRows(userId, clock.instant());
        LOG.info("User {} ended all {} sessions", userId, ended);
    }

    private void endAfterReuse(SignInSession session, Instant now) {
        sessions.endRow(session.id(), now);
        LOG.warn("A replaced refresh token of session {} (user {}) was presented again, so a copy of it leaked; the "
                + "session is ended", session.id(), session.userId());
        throw new SignInRejectedException("This refresh token was used before, so the session was ended to protect "
                + "the account. Sign in again.");
    }

    private IssuedTokens issue(SignInSession session, Instant now) {
        String refreshToken = OpaqueTokens.generate();
        Instant refreshExpiry = earlier(now.plus(settings.refreshTokenLifetime()), session.expiresAt());
        refreshTokens.save(new RefreshToken(UUID.randomUUID(), session.id(), OpaqueTokens.hash(refreshToken), now,
                refreshExpiry, null));
        TokenResponse tokens = new TokenResponse(accessTokens.issue(session.userId(), session.id()),
                TokenResponse.BEARER, accessTokens.lifetimeSeconds(), refreshToken,
                Math.max(1, Duration.between(now, refreshExpiry).toSeconds()));
        return new IssuedTokens(session.userId(), session.id(), tokens);
    }

    private static Instant earlier(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }
}
