package dev.codevault.backend.error;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.support.deserializers.ObjectDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object into a request record with the standard object deserializer, and rejects a field that the
 * record does not declare. The standard deserializer skips such a field, so a typo such as {@code nmae} would look
 * like success. Only the keys of the record's own object are checked: a nested object is checked by the
 * deserializer of its own type.
 *
 * @param <T> the request record
 */
final class KnownFieldsDeserializer<T> implements Deserializer<T> {

    private final ObjectDeserializer objects;
    private final Class<T> type;
    private final Map<String, Class<?>> fields;
    private final Deserializer<Object> standard;

    /**
     * Creates the deserializer of a request record.
     *
     * @param objects the standard deserializer of introspected objects, which reads the values
     */
    KnownFieldsDeserializer(ObjectDeserializer objects, Class<T> type) {
        this(objects, type, null);
    }

    private KnownFieldsDeserializer(ObjectDeserializer objects, Class<T> type, Deserializer<Object> standard) {
        this.objects = objects;
        this.type = type;
        this.fields = fieldsOf(type);
        this.standard = standard;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<T> createSpecific(DecoderContext context, Argument<? super T> argument) throws SerdeException {
        Deserializer<Object> specific = objects.createSpecific(context, (Argument<? super Object>) argument);
        return new KnownFieldsDeserializer<>(objects, type, specific);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> argument) throws IOException {
        if (standard == null) {
            return createSpecific(context, argument).deserialize(decoder, context, argument);
        }
        return (T) standard.deserialize(new ObjectOpening(decoder), context, (Argument<? super Object>) argument);
    }

    /** Returns the record's fields by name, each with its type, in the order the record declares them. */
    private static Map<String, Class<?>> fieldsOf(Class<?> type) {
        BeanIntrospection<?> introspection = BeanIntrospector.SHARED.getIntrospection(type);
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (Argument<?> field : introspection.getConstructorArguments()) {
            fields.put(field.getName(), field.getType());
        }
        return fields;
    }

    /** The decoder of the request's JSON value, which hands out a key-checking decoder for the object it opens. */
    private final class ObjectOpening extends DelegatingDecoder {

        private final Decoder value;

        ObjectOpening(Decoder value) {
            this.value = value;
        }

        @Override
        protected Decoder delegate() {
            return value;
        }

        @Override
        public Decoder decodeObject(Argument<?> argument) throws IOException {
            return new KeyChecking(value.decodeObject(argument));
        }

        @Override
        public Decoder decodeObject() throws IOException {
            return new KeyChecking(value.decodeObject());
        }

        @Override
        public IOException createDeserializationException(String message, Object invalidValue) {
            return value.createDeserializationException(message, invalidValue);
        }
    }

    /**
     * The decoder inside the request's object, which rejects every key that is not a field of the record, and a
     * field read as text or true/false whose JSON value has another type.
     */
    private final class KeyChecking extends DelegatingDecoder {

        private final Decoder object;
        private String key = "";

        KeyChecking(Decoder object) {
            this.object = object;
        }

        @Override
        protected Decoder delegate() {
            return object;
        }

        @Override
        public String decodeKey() throws IOException {
            String key = object.decodeKey();
            if (key != null && !fields.containsKey(key)) {
                throw new UnknownFieldException(key, List.copyOf(fields.keySet()));
            }
            if (key != null) {
                this.key = key;
            }
            return key;
        }

        @Override
        public String decodeString() throws IOException {
            return decodeStringNullable();
        }

        @Override
        public String decodeStringNullable() throws IOException {
            JsonNode value = object.decodeNode();
            if (value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw wrongType();
            }
            return value.getStringValue();
        }

        @Override
        public boolean decodeBoolean() throws IOException {
            Boolean value = decodeBooleanNullable();
            if (value == null) {
                throw wrongType();
            }
            return value;
        }

        @Override
        public Boolean decodeBooleanNullable() throws IOException {
            JsonNode value = object.decodeNode();
            if (value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                throw wrongType();
            }
            return value.getBooleanValue();
        }

        /** Creates the failure for the current field, which describes its JSON value and lists an enum's values. */
        private FieldTypeException wrongType() {
            return new FieldTypeException(key, JsonShapes.of(fields.get(key)));
        }

        /**
         * Checks the keys that the standard deserializer leaves unread, which it does once it has every field, before
         * it skips them.
         */
        @Override
        public void finishStructure(boolean consumeLeftElements) throws IOException {
            if (!consumeLeftElements) {
                object.finishStructure(false);
                return;
            }
            while (decodeKey() != null) {
                object.skipValue();
            }
            object.finishStructure();
        }

        @Override
        public IOException createDeserializationException(String message, Object invalidValue) {
            return object.createDeserializationException(message, invalidValue);
        }
    }
}
