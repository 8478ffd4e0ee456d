package dev.codevault.backend.analysis.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a result as JSON with Jackson: records as objects with their component names, enums by name. */
public final class ResultJson {

    private static final ObjectWriter PRETTY = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writer();

    private ResultJson() {
    }

    /** Returns the result, or any part of it, as indented JSON. */
    public static String toJson(Object resultOrPart) {
        try {
            return PRETTY.writeValueAsString(resultOrPart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing " + resultOrPart.getClass().getSimpleName() + " as JSON failed",
                    e);
        }
    }
}
