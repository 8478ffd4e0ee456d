package dev.codevault.backend.crypto;

/** A sealed value that does not open: changed, moved to another row, or sealed under another key. */
public class SealedValueException extends RuntimeException {

    public SealedValueException(String message) {
        super(message);
    }

    public SealedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
