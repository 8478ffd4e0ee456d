package dev.codevault.backend.error;

import io.micronaut.serde.exceptions.SerdeException;
import java.util.List;

/**
 * A JSON request body with a field that its request type does not declare, such as a misspelt {@code nmae}. The
 * message names the field and the allowed ones, and never quotes the field's value, which may be a secret.
 */
public class UnknownFieldException extends SerdeException {

    private static final int MAX_QUOTED_LENGTH = 60;

    /**
     * Creates the failure.
     *
     * @param field   the unknown field's name as sent
     * @param place   where the field was, such as "the request" or "the credentials"
     * @param allowed the fields that the place accepts
     */
    public UnknownFieldException(String field, String place, List<String> allowed) {
        super("Unknown field '" + shortened(field) + "' in " + place + ". Allowed fields: "
                + String.join(", ", allowed) + ".");
    }

    private static String shortened(String field) {
        return field.length() <= MAX_QUOTED_LENGTH ? field : field.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
}
