package dev.codevault.backend.auth;

import dev.codevault.backend.auth.token.AuthorizationCodes;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.security.CurrentUser;
import dev.codevault.common.auth.AuthorizationGrant;
import dev.codevault.common.auth.AuthorizationRequest;
import dev.codevault.common.auth.SessionApi;
import dev.codevault.common.auth.SessionInfo;
import dev.codevault.common.auth.SignInMethod;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import java.util.UUID;

/** Serves {@link SessionApi}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController implements SessionApi {

    private final Sessions sessions;
    private final AuthorizationCodes authorizationCodes;
    private final SecurityService security;

    SessionController(Sessions sessions, AuthorizationCodes authorizationCodes, SecurityService security) {
        this.sessions = sessions;
        this.authorizationCodes = authorizationCodes;
        this.security = security;
    }

    @Override
    public List<SessionInfo> sessions() {
        return sessions.list(CurrentUser.idOf(security), CurrentUser.sessionOf(security));
    }

    @Override
    public void endSession(UUID sessionId) {
        sessions.end(CurrentUser.idOf(security), sessionId);
    }

    @Override
    public void endAllSessions() {
        sessions.endAll(CurrentUser.idOf(security));
    }

    @Override
    public AuthorizationGrant authorize(AuthorizationRequest request) {
        UUID userId = CurrentUser.idOf(security);
        SignInMethod method = CurrentUser.sessionOf(security)
                .flatMap(sessionId -> sessions.methodOf(userId, sessionId))
                .orElseThrow(() -> new SignInRejectedException("The session that signed in on this page has ended. "
                        + "Sign in again."));
        return authorizationCodes.grant(userId, method, request);
    }
}
