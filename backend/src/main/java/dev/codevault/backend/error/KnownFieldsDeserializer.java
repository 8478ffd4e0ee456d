package dev.codevault.backend.error;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
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
 * Reads a JSON object into a request record with the standard object deserializer. It rejects a text or true/false
 * field whose JSON value has another type, and a field that the record does not declare unless such fields are
 * ignored. The standard deserializer skips such a field, so a typo such as {@code nmae} would look like success.
 * Only the keys of the record's own object are checked: a nested object is checked by the deserializer of its own
 * type.
 *
 * @param <T> the request record
 */
final class KnownFieldsDeserializer<T> implements Deserializer<T> {

    /** The handling of a field that the record does not declare. */
    enum UnknownFields {
        /** The request fails with 400, which names the field and the allowed ones. */
        REJECT,
        /** The field is skipped, as for the WebAuthn JSON of a browser, which carries fields the server never reads. */
        IGNORE
    }

    private final ObjectDeserializer objects;
    private final Class<T> type;
    private final UnknownFields unknownFields;
    private final Map<String, Argument<?>> fields;
    private final Deserializer<Object> standard;

    /**
     * Creates the deserializer of a request record.
     *
     * @param objects       the standard deserializer of introspected objects, which reads the values
     * @param unknownFields whether a field that the record does not declare fails or is skipped
     */
    KnownFieldsDeserializer(ObjectDeserializer objects, Class<T> type, UnknownFields unknownFields) {
        this(objects, type, unknownFields, null);
    }

    private KnownFieldsDeserializer(ObjectDeserializer objects, Class<T> type, UnknownFields unknownFields,
                                    Deserializer<Object> standard) {
        this.objects = objects;
        this.type = type;
        this.unknownFields = unknownFields;
        this.fields = fieldsOf(type);
        this.standard = standard;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<T> createSpecific(DecoderContext context, Argument<? super T> argument) throws SerdeException {
        Deserializer<Object> specific = objects.createSpecific(context, (Argument<? super Object>) argument);
        return new KnownFieldsDeserializer<>(objects, type, unknownFields, specific);
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
    private static Map<String, Argument<?>> fieldsOf(Class<?> type) {
        BeanIntrospection<?> introspection = BeanIntrospector.SHARED.getIntrospection(type);
        Map<String, Argument<?>> fields = new LinkedHashMap<>();
        for (Argument<?> field : introspection.getConstructorArguments()) {
            fields.put(field.getName(), field);
        }
        return fields;
    }

    /** Returns the type of a field, or Object for a key that the record does not declare. */
    private Class<?> typeOf(String key) {
        Argument<?> field = fields.get(key);
        return field == null ? Object.class : field.getType();
    }

    /** Returns the item type of a list field, or Object when the field is not a list with a declared item type. */
    private Class<?> itemTypeOf(String key) {
        Argument<?> field = fields.get(key);
        if (field == null) {
            return Object.class;
        }
        return field.getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(Object.class);
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
     * The decoder inside the request's object, which rejects a key that is not a field of the record unless unknown
     * fields are ignored, and a field or list item read as text or true/false whose JSON value has another type.
     */
    private final class KeyChecking extends TypeCheckingDecoder {

        private final Decoder object;
        private String key = "";

        KeyChecking(Decoder object) {
            super(object);
            this.object = object;
        }

        @Override
        public String decodeKey() throws IOException {
            String key = object.decodeKey();
            if (key != null && !fields.containsKey(key) && unknownFields == UnknownFields.REJECT) {
                throw new UnknownFieldException(key, List.copyOf(fields.keySet()));
            }
            if (key != null) {
                this.key = key;
            }
            return key;
        }

        @Override
        public Decoder decodeArray(Argument<?> argument) throws IOException {
            return new ItemChecking(object.decodeArray(argument), key, itemTypeOf(key));
        }

        @Override
        public Decoder decodeArray() throws IOException {
            return new ItemChecking(object.decodeArray(), key, itemTypeOf(key));
        }

        /** Creates the failure for the current field, which describes its JSON value and lists an enum's values. */
        @Override
        FieldTypeException wrongType() {
            return new FieldTypeException(key, JsonShapes.of(typeOf(key)));
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
    }

    /** The decoder inside a JSON array of the record, which rejects an item of another JSON type than the list's. */
    private static final class ItemChecking extends TypeCheckingDecoder {

        private final String field;
        private final Class<?> itemType;

        ItemChecking(Decoder array, String field, Class<?> itemType) {
            super(array);
            this.field = field;
            this.itemType = itemType;
        }

        @Override
        FieldTypeException wrongType() {
            return new FieldTypeException(field + "[]", JsonShapes.of(itemType));
        }
    }
}
