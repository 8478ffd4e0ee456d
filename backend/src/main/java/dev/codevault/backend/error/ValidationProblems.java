package dev.codevault.backend.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the detail of failed bean validation as one sentence per violation. Field names drop the method and the
 * Java parameter that contains the request body, so {@code createVault.request.name} reads as {@code name}.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    /** Returns the sentences for every violation, sorted by field so the detail is the same on every call. */
    static String explain(ConstraintViolationException failure) {
        return failure.getConstraintViolations().stream()
                .map(ValidationProblems::sentence)
                .sorted()
                .distinct()
                .reduce((first, second) -> first + " " + second)
                .orElse("The request is not valid.");
    }

    private static String sentence(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        // Messages written for CodeVault's records are whole sentences, but Bean Validation's defaults start with
        // "must", so those get the field name in front.
        if (!message.isEmpty() && Character.isUpperCase(message.charAt(0))) {
            return message;
        }
        return "The " + subject(violation.getPropertyPath()) + " " + message + ".";
    }

    private static String subject(Path path) {
        String parameter = null;
        List<String> fields = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
                    && node.getName() != null) {
                fields.add(node.getName());
            }
        }
        if (!fields.isEmpty()) {
            return "field " + String.join(".", fields);
        }
        return parameter == null ? "request" : "parameter " + parameter;
    }
}
