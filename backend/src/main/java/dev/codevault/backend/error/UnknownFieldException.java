package dev.codevault.backend.error;

import io.micronaut.serde.exceptions.SerdeException;
import java.util.List;

/**
 * A JSON request body with a field that its request type does not declare, such as a misspelt {@code nmae}. The
 * message names the field by its path in the body and the allowed ones, and never quotes the field's value, which
 * may be a secret.
 */
public class UnknownFieldException extends SerdeException {

    private final String field;
    private final List<String> allowed;

    /**
     * Creates the failure.
     *
     * @param field   the unknown field's name as sent
     * @param allowed the fields that its object accepts
     */
    public UnknownFieldException(String field, List<String> allowed) {
        super("Unknown field '" + FieldPaths.shortened(field) + "' in the request. Allowed fields: "
                + String.join(", ", allowed) + ".");
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    /**
     * Returns the message with the path of the field's object, which micronaut-serde adds to the failure as the
     * failure leaves each enclosing field, so the message is complete only once the body's deserializer has failed.
     */
    @Override
    public String getMessage() {
        String object = FieldPaths.of(getPath());
        String allowedPlace = object.isEmpty() ? "Allowed fields: " : "Allowed fields of " + object + ": ";
        return "Unknown field '" + FieldPaths.of(getPath(), FieldPaths.shortened(field)) + "' in the request. "
                + allowedPlace + String.join(", ", allowed) + ".";
    }
}
