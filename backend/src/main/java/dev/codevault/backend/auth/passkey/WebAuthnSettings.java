package dev.codevault.backend.auth.passkey;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * Passkey settings under {@code codevault.auth.webauthn}.
 *
 * @param rpId              the WebAuthn relying-party id, a domain such as {@code codevault.example.com}; by default
 *                          the host of the public URL. Passkeys work only for this domain and its subdomains, so
 *                          changing it later makes every registered passkey useless
 * @param rpName            the name authenticators show
 * @param origins           the origins the browser may sign on, such as {@code https://codevault.example.com}; by
 *                          default the origin of the public URL
 * @param challengeLifetime how long a registration or sign-in challenge is accepted
 */
@ConfigurationProperties("codevault.auth.webauthn")
record WebAuthnSettings(@Nullable String rpId, String rpName, @Nullable List<String> origins,
                        Duration challengeLifetime) {
}
