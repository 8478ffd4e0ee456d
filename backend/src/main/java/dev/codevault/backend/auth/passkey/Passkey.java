package dev.codevault.backend.auth.passkey;

import dev.codevault.backend.persistence.BinaryUuid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A registered passkey.
 *
 * @param id                     random id
 * @param userId                 the owner; its 16 bytes are the WebAuthn user handle
 * @param credentialKey          SHA-256 of the credential id, unique
 * @param credentialId           the WebAuthn credential id
 * @param name                   the name the owner gave it
 * @param attestedCredentialData the public key and AAGUID, as webauthn4j serialises them
 * @param signCount              the authenticator's signature counter at the last use
 * @param uvInitialized          whether user verification was performed with it
 * @param backupEligible         the BE flag from registration; it never changes for a credential
 * @param backedUp               the BS flag at the last use
 * @param transports             the transports the authenticator reported, comma-separated
 * @param createdAt              when it was registered
 * @param lastUsedAt             when it last signed in, or {@code null}
 */
@MappedEntity("passkeys")
record Passkey(@Id @BinaryUuid UUID id, @BinaryUuid UUID userId, byte[] credentialKey, byte[] credentialId,
               String name, byte[] attestedCredentialData, long signCount, boolean uvInitialized,
               boolean backupEligible, boolean backedUp, String transports, Instant createdAt,
               @Nullable Instant lastUsedAt) {
}
