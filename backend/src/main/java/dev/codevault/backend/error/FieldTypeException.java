package dev.codevault.backend.error;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A JSON request body with a field of the wrong JSON type, such as a number for a name or the text "yes" for a flag.
 * The standard deserializer converts such values, so {@code 123} would become the name "123". The message names
 * the field and the expected type, and never quotes the value, which may be a secret.
 */
public class FieldTypeException extends SerdeException {

    /**
     * Creates the failure.
     *
     * @param field    the field's name
     * @param expected the expected JSON type with an example, such as "text in double quotes"
     */
    public FieldTypeException(String field, String expected) {
        super("The field " + field + " must be " + expected + ".");
    }
}
