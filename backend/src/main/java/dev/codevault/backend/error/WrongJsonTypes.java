package dev.codevault.backend.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.util.List;
import java.util.Optional;

/**
 * Details for a JSON request body with a value of a JSON type that the field cannot take. These are the values the
 * standard deserializer does not convert, such as a number where an object is expected or an array where a UUID is
 * expected. The detail names the field by its path in the body, such as {@code credential.response}, and the JSON
 * value it takes. It never quotes the value sent, which may be a secret.
 */
final class WrongJsonTypes {

    /**
     * The start of the message with which the JSON decoder of micronaut-serde-jackson 2.16.2 rejects a token that the
     * deserializer cannot read, such as "Unexpected token VALUE_NUMBER_INT, expected START_OBJECT". If a later version
     * words it otherwise, ProblemResponsesTest fails.
     */
    private static final String UNEXPECTED_TOKEN = "Unexpected token ";

    private WrongJsonTypes() {
    }

    /**
     * Returns whether the failure is the JSON decoder's rejection of a value's JSON type. Micronaut Serialization adds
     * each field that it was reading to the failure's path, so the path leads to the wrong value.
     */
    static boolean isWrongJsonType(SerdeException failure) {
        return failure.getClass() == SerdeException.class && failure.getCause() == null
                && failure.getMessage() != null && failure.getMessage().startsWith(UNEXPECTED_TOKEN);
    }

    /**
     * Returns the detail for a value of the wrong JSON type.
     *
     * @param failure the failure for which {@link #isWrongJsonType} returned true
     * @param body    the request body's parameter, which names the expected type when the body itself has the wrong
     *                JSON type, or {@code null} when it is not known
     */
    static String explain(SerdeException failure, @Nullable Argument<?> body) {
        List<ReferencePath> path = failure.getPath();
        if (path.isEmpty() && body == null) {
            return "The request body must be a JSON object with the fields this call takes.";
        }
        if (path.isEmpty()) {
            return "The request body must be " + JsonShapes.of(body.getType()) + ".";
        }
        // The path lists the innermost field first.
        return "The field " + FieldPaths.of(path) + " must be " + JsonShapes.of(typeOf(path.get(0))) + ".";
    }

    /** Returns the type of the value at a step of the path, which for an item is the collection's item type. */
    private static Class<?> typeOf(ReferencePath reference) {
        if (reference instanceof CollectionItemReferencePath item) {
            Optional<Argument<?>> itemType = item.collectionArgument().getFirstTypeVariable();
            return itemType.isPresent() ? itemType.get().getType() : Object.class;
        }
        if (reference instanceof MapItemReferencePath entry) {
            Argument<?>[] keyAndValue = entry.mapArgument().getTypeParameters();
            return keyAndValue.length == 2 ? keyAndValue[1].getType() : Object.class;
        }
        return reference.getArgument().getType();
    }
}
