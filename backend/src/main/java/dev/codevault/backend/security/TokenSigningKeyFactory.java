package dev.codevault.backend.security;

import dev.codevault.backend.crypto.MasterKey;
import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the access-token signing key at start-up: the secret from {@code CODEVAULT_TOKEN_SECRET} when one is set,
 * otherwise a key derived from the master key. A configured secret shorter than 256 bits stops the server.
 */
@Factory
class TokenSigningKeyFactory {

    /** Minimum length of a configured secret: HS256 needs a key at least as long as its 256-bit output. */
    static final int MIN_SECRET_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(TokenSigningKeyFactory.class);
    private static final String LABEL = "codevault access token signing key v1";

    @Context
    TokenSigningKey tokenSigningKey(@Nullable @Property(name = "codevault.token-secret") String configuredSecret,
                                    MasterKey masterKey) {
        if (configuredSecret == null || configuredSecret.isBlank()) {
            LOG.info("Access tokens are signed with a key derived from master key {}", masterKey.keyId());
            return new TokenSigningKey(DerivedKeys.derive(masterKey, LABEL), false);
        }
        byte[] secret = decode(configuredSecret.strip());
        if (secret.length < MIN_SECRET_BYTES) {
            throw new StartupProblem("CODEVAULT_TOKEN_SECRET (codevault.token-secret) contains " + secret.length * 8
                    + " bits, but access tokens need a secret of at least 256 bits. Generate one with "
                    + "'openssl rand -base64 32', or unset it to derive the key from the master key.");
        }
        LOG.info("Access tokens are signed with the {}-bit secret from CODEVAULT_TOKEN_SECRET", secret.length * 8);
        return new TokenSigningKey(secret, true);
    }

    private static byte[] decode(String secret) {
        try {
            return Base64.getDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("CODEVAULT_TOKEN_SECRET (codevault.token-secret) is not valid base64 ("
                    + e.getMessage() + "). Generate a secret with 'openssl rand -base64 32'.", e);
        }
    }
}
