package dev.codevault.desktop.auth.store;

/** A credential store that could not be read or written; the message names the store and what to do. */
public class CredentialStoreException extends RuntimeException {

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
