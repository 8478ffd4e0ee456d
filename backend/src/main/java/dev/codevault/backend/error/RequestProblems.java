package dev.codevault.backend.error;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the detail of a request the framework could not bind: which parameter or field was wrong, the value sent
 * and what is allowed, in place of the framework's messages that name Java arguments and classes.
 */
final class RequestProblems {

    private static final int MAX_QUOTED_LENGTH = 60;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private RequestProblems() {
    }

    /** Returns the detail for a failure while binding the request, or empty when the failure is of another kind. */
    static Optional<String> explain(@Nullable Throwable failure) {
        Argument<?> body = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownFieldException unknownField) {
                return Optional.of(unknownField.getMessage());
            }
            if (cause instanceof FieldTypeException wrongType) {
                return Optional.of(wrongType.getMessage());
            }
            if (cause instanceof InvalidPropertyFormatException invalidField) {
                return Optional.of(invalidField(invalidField));
            }
            if (cause instanceof SerdeException unexpected && WrongJsonTypes.isWrongJsonType(unexpected)) {
                return Optional.of(WrongJsonTypes.explain(unexpected, body));
            }
            if (cause instanceof ConversionErrorException invalid && isBody(invalid.getArgument())) {
                body = invalid.getArgument();
            } else if (cause instanceof ConversionErrorException invalid) {
                return Optional.of(invalidParameter(invalid));
            }
            if (cause instanceof UnsatisfiedRouteException missing) {
                return Optional.of(missingParameter(missing));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String invalidField(InvalidPropertyFormatException failure) {
        Argument<?> field = failure.getArgument();
        String name = failure.getPath().isEmpty() ? field.getName() : FieldPaths.of(failure.getPath());
        return "The field " + name + " is " + quote(failure.getOriginalValue()) + ", but it must be "
                + allowedValues(field.getType()) + ".";
    }

    private static String invalidParameter(ConversionErrorException failure) {
        Argument<?> parameter = failure.getArgument();
        Object value = failure.getConversionError().getOriginalValue().orElse(null);
        return "The " + placeOf(parameter) + " " + nameOf(parameter) + " is " + quote(value) + ", but it must be "
                + allowedValues(parameter, value) + ".";
    }

    /**
     * Names the range of a whole-number parameter whose value is a whole number, which failed because it does not
     * fit the parameter's type, and else the kind of value that the parameter takes.
     */
    private static String allowedValues(Argument<?> parameter, @Nullable Object value) {
        Class<?> type = parameter.getType();
        boolean bounded = isWholeNumber(type) && type != BigInteger.class;
        if (!bounded || value == null || !WHOLE_NUMBER.matcher(value.toString()).matches()) {
            return allowedValues(type);
        }
        return "a whole number from " + minimumOf(parameter) + " to " + maximumOf(parameter);
    }

    /** Returns the lowest value that the parameter's constraint or else its type allows. */
    private static long minimumOf(Argument<?> parameter) {
        AnnotationMetadata constraints = parameter.getAnnotationMetadata();
        if (constraints.hasAnnotation(Positive.class)) {
            return 1;
        }
        if (constraints.hasAnnotation(PositiveOrZero.class)) {
            return 0;
        }
        OptionalLong min = constraints.longValue(Min.class, "value");
        if (min.isPresent()) {
            return min.getAsLong();
        }
        Class<?> type = parameter.getType();
        if (type == int.class || type == Integer.class) {
            return Integer.MIN_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return Short.MIN_VALUE;
        }
        if (type == byte.class || type == Byte.class) {
            return Byte.MIN_VALUE;
        }
        return Long.MIN_VALUE;
    }

    /** Returns the highest value that the parameter's constraint or else its type allows. */
    private static long maximumOf(Argument<?> parameter) {
        OptionalLong max = parameter.getAnnotationMetadata().longValue(Max.class, "value");
        if (max.isPresent()) {
            return max.getAsLong();
        }
        Class<?> type = parameter.getType();
        if (type == int.class || type == Integer.class) {
            return Integer.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return Short.MAX_VALUE;
        }
        if (type == byte.class || type == Byte.class) {
            return Byte.MAX_VALUE;
        }
        return Long.MAX_VALUE;
    }

    private static String missingParameter(UnsatisfiedRouteException failure) {
        if (failure instanceof UnsatisfiedBodyRouteException) {
            return "The request body is missing. Send JSON with the fields this call takes.";
        }
        Argument<?> parameter = failure.getArgument();
        return "The " + placeOf(parameter) + " " + nameOf(parameter) + " is missing.";
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private static String placeOf(Argument<?> parameter) {
        if (parameter.getAnnotationMetadata().hasAnnotation(PathVariable.class)) {
            return "path parameter";
        }
        if (parameter.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
            return "query parameter";
        }
        if (parameter.getAnnotationMetadata().hasAnnotation(Header.class)) {
            return "header";
        }
        return "parameter";
    }

    /** Prefers the name given in the annotation, such as {@code redirect_uri}, over the Java parameter's name. */
    private static String nameOf(Argument<?> parameter) {
        for (Class<? extends Annotation> binding : List.of(QueryValue.class, PathVariable.class, Header.class)) {
            Optional<String> name = parameter.getAnnotationMetadata().stringValue(binding);
            if (name.isPresent() && !name.get().isBlank()) {
                return name.get();
            }
        }
        return parameter.getName();
    }

    /**
     * Names the kind of value a type takes in words a caller understands, with an example where the form is not
     * obvious. The Java type's name never appears, because it means nothing to a caller of the HTTP API.
     */
    static String allowedValues(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
        }
        if (isWholeNumber(type)) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "a UTC time in ISO 8601 form such as 2026-01-31T12:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date in ISO 8601 form such as 2026-01-31";
        }
        if (type == Duration.class) {
            return "a duration in ISO 8601 form such as PT15M";
        }
        if (type == URI.class) {
            return "a URI such as https://example.com/";
        }
        if (type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a value of the form this call documents";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class;
    }

    private static String quote(@Nullable Object value) {
        if (value == null) {
            return "empty";
        }
        String text = value.toString();
        return "'" + (text.length() <= MAX_QUOTED_LENGTH ? text : text.substring(0, MAX_QUOTED_LENGTH) + "...") + "'";
    }
}
