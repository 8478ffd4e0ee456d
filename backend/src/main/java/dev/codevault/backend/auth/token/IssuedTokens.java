package dev.codevault.backend.auth.token;

import dev.codevault.common.auth.TokenResponse;
import java.util.UUID;

/**
 * Tokens issued to a person in a session.
 *
 * @param userId    the person
 * @param sessionId the session
 * @param tokens    what the client receives
 */
public record IssuedTokens(UUID userId, UUID sessionId, TokenResponse tokens) {
}
