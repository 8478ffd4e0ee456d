package dev.codevault.backend.error;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A JSON request body with a field of the wrong JSON type, such as a number for a name or the text "yes" for a flag.
 * The standard deserializer converts such values, so {@code 123} would become the name "123". The message names
 * the field by its path in the body and the expected type, and never quotes the value, which may be a secret.
 */
public class FieldTypeException extends SerdeException {

    private final String field;
    private final String expected;

    /**
     * Creates the failure.
     *
     * @param field    the field's name in its own object, for the message while micronaut-serde has added no path
     * @param expected the expected JSON type with an example, such as "text in double quotes"
     */
    public FieldTypeException(String field, String expected) {
        super("The field " + field + " must be " + expected + ".");
        this.field = field;
        this.expected = expected;
    }

    /**
     * Returns the message with the field's full path, which micronaut-serde adds to the failure as the failure
     * leaves each enclosing field, so the message is complete only once the body's deserializer has failed.
     */
    @Override
    public String getMessage() {
        String name = getPath().isEmpty() ? field : FieldPaths.of(getPath());
        return "The field " + name + " must be " + expected + ".";
    }
}
