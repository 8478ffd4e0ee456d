package dev.codevault.backend.auth.passcode;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Stores new passcodes. It is a bean of its own so that {@link Passcodes} can check the SMTP server outside any
 * database transaction and hold no database connection while it waits for that server.
 */
@Singleton
class PasscodeStore {

    private final PasscodeRepository passcodes;

    PasscodeStore(PasscodeRepository passcodes) {
        this.passcodes = passcodes;
    }

    /** Voids the open passcodes of the new passcode's address and stores the new one, in one transaction. */
    @Transactional
    void replaceOpen(Passcode passcode) {
        passcodes.voidOpen(passcode.email(), passcode.createdAt());
        passcodes.save(passcode);
    }
}
