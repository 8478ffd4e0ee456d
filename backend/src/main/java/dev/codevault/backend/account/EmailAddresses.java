package dev.codevault.backend.account;

import java.util.Locale;

/** The one way email addresses are compared and stored: trimmed and in lower case. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** Returns the address trimmed and in lower case. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
