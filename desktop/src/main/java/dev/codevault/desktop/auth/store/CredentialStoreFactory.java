package dev.codevault.desktop.auth.store;

import dev.codevault.desktop.settings.UserSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where the refresh token is kept: the operating system's credential store when it responds, otherwise an
 * encrypted file in the settings folder. {@code codevault.credential-store=file} forces the file, for machines whose
 * store cannot be unlocked without a person and for tests.
 */
@Factory
class CredentialStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStoreFactory.class);

    @Singleton
    CredentialStore credentialStore(UserSettings settings,
                                    @Nullable @Property(name = "codevault.credential-store") String choice) {
        if (!"file".equalsIgnoreCase(choice)) {
            try {
                CredentialStore system = KeyringCredentialStore.open();
                LOG.info("Keeping the sign-in in {}", system.description());
                return system;
            } catch (CredentialStoreException e) {
                LOG.warn("{}. Keeping the sign-in in an encrypted file instead.", e.getMessage());
            }
        }
        return new EncryptedFileCredentialStore(settings.folder());
    }
}
