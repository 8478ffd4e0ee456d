package dev.codevault.backend.error;

import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.util.List;

/**
 * Names a field of a JSON request body by its path from the body's top level, such as {@code credentials.secret} or
 * {@code credential.response.transports[0]}, so every detail names a nested field the same way.
 */
final class FieldPaths {

    private static final int MAX_QUOTED_LENGTH = 60;

    private FieldPaths() {
    }

    /**
     * Returns the path of a failure of micronaut-serde 2.16.2, which adds each field that it was reading to the
     * failure as the failure leaves it, so the list starts with the innermost field.
     *
     * @return the path, or an empty string when the list is empty
     */
    static String of(List<ReferencePath> path) {
        StringBuilder name = new StringBuilder();
        for (int step = path.size() - 1; step >= 0; step--) {
            ReferencePath reference = path.get(step);
            if (reference instanceof PropertyReferencePath property) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(property.property().getName());
            } else if (reference instanceof CollectionItemReferencePath item) {
                name.append('[').append(item.index()).append(']');
            } else if (reference instanceof MapItemReferencePath entry) {
                name.append("['").append(shortened(entry.key())).append("']");
            }
        }
        return name.toString();
    }

    /** Returns the path of a field inside the object at a path, such as credentials.secret. */
    static String of(List<ReferencePath> objectPath, String field) {
        String object = of(objectPath);
        return object.isEmpty() ? field : object + "." + field;
    }

    /** Cuts a name that the caller chose to 60 characters, so a detail stays short whatever the body holds. */
    static String shortened(String name) {
        return name.length() <= MAX_QUOTED_LENGTH ? name : name.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
}
