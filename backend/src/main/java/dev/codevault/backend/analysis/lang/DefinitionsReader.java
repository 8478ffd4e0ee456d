package dev.codevault.backend.analysis.lang;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the language definitions resource, a JSON document, rejecting unknown fields so that typos fail loudly. */
final class DefinitionsReader {

    /** The class-path location of the definitions that ship with CodeVault. */
    static final String RESOURCE = "/dev/codevault/backend/analysis/lang/languages.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DefinitionsReader() {
    }

    static LanguageDefinitions read(InputStream input) {
        try (input) {
            return MAPPER.readValue(input, LanguageDefinitions.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the language definitions: " + e.getMessage(), e);
        }
    }

    static LanguageDefinitions readBundled() {
        InputStream input = DefinitionsReader.class.getResourceAsStream(RESOURCE);
        if (input == null) {
            throw new IllegalStateException("Language definitions not found on the class path at " + RESOURCE
                    + "; check that the backend resources are packaged");
        }
        return read(input);
    }
}
