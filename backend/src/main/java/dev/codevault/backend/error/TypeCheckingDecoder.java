package dev.codevault.backend.error;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;
import java.io.IOException;

/**
 * A decoder that rejects a JSON value read as text or as true/false when the value has another JSON type. The JSON
 * decoder of micronaut-serde-jackson 2.16.2 converts such values instead: it reads {@code 123} as the text "123" and
 * an array with one item as that item, so {@code {"email": ["a@b.c"]}} would pass for an address.
 */
abstract class TypeCheckingDecoder extends DelegatingDecoder {

    private final Decoder value;

    TypeCheckingDecoder(Decoder value) {
        this.value = value;
    }

    /** Creates the failure for the value being read, which names its field and the JSON type the field takes. */
    abstract FieldTypeException wrongType();

    @Override
    protected Decoder delegate() {
        return value;
    }

    @Override
    public String decodeString() throws IOException {
        return decodeStringNullable();
    }

    @Override
    public String decodeStringNullable() throws IOException {
        JsonNode node = value.decodeNode();
        if (node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw wrongType();
        }
        return node.getStringValue();
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        Boolean flag = decodeBooleanNullable();
        if (flag == null) {
            throw wrongType();
        }
        return flag;
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        JsonNode node = value.decodeNode();
        if (node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw wrongType();
        }
        return node.getBooleanValue();
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return value.createDeserializationException(message, invalidValue);
    }
}
