package dev.codevault.common.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in person's sessions, and the one-time codes the sign-in page hands to native apps. Every operation
 * needs an access token.
 */
public interface SessionApi {

    /** Lists the active sessions of the signed-in person, newest first. */
    @Get("/auth/sessions")
    List<SessionInfo> sessions();

    /**
     * Ends one session of the signed-in person.
     *
     * @return 204, or 404 when the person has no active session with that id
     */
    @Delete("/auth/sessions/{sessionId}")
    @Status(HttpStatus.NO_CONTENT)
    void endSession(@PathVariable UUID sessionId);

    /** Ends every session of the signed-in person, this one included ("sign out everywhere"). */
    @Post("/auth/sessions/end-all")
    @Status(HttpStatus.NO_CONTENT)
    void endAllSessions();

    /**
     * Issues a one-time code for a native app; the sign-in page calls it once the person is signed in.
     *
     * @return where to send the browser; 400 when the redirect URI is not a loopback address or the PKCE method is
     *         not S256
     */
    @Post("/auth/authorize")
    AuthorizationGrant authorize(@Body @Valid AuthorizationRequest request);
}
