package dev.codevault.backend.error;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Describes the JSON value that a field of a request body takes, for the details of bodies that send a value of
 * another JSON type, such as a number where text is expected. The description states how to write the value in JSON
 * and lists the allowed values of an enum and the fields of an object.
 */
final class JsonShapes {

    private JsonShapes() {
    }

    /**
     * Returns the words for the JSON value of a type, such as "text in double quotes", "one of ARCHIVE, GIT, as
     * text in double quotes" or "a JSON object with the fields username, secret".
     */
    static String of(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false, without quotes";
        }
        if (type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)) {
            return "text in double quotes";
        }
        if (isWrittenAsText(type)) {
            return RequestProblems.allowedValues(type) + ", as text in double quotes";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        return objectWithFields(type).orElseGet(() -> RequestProblems.allowedValues(type));
    }

    /** Returns whether the type's values are JSON strings, such as UUIDs, times and the names of an enum. */
    private static boolean isWrittenAsText(Class<?> type) {
        return type.isEnum() || type == UUID.class || type == Instant.class || type == LocalDate.class
                || type == Duration.class || type == URI.class;
    }

    /** Returns the words for a request record, or empty when the type has no introspection with constructor fields. */
    private static Optional<String> objectWithFields(Class<?> type) {
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isEmpty() || introspection.get().getConstructorArguments().length == 0) {
            return Optional.empty();
        }
        Argument<?>[] fields = introspection.get().getConstructorArguments();
        String names = Arrays.stream(fields).map(Argument::getName).collect(Collectors.joining(", "));
        return Optional.of("a JSON object with the " + (fields.length == 1 ? "field " : "fields ") + names);
    }
}
