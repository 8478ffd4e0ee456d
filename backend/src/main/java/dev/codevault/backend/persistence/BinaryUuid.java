package dev.codevault.backend.persistence;

import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a UUID property stored in a {@code BINARY(16)} column through {@link UuidBytesConverter}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@TypeDef(type = DataType.BYTE_ARRAY, converter = UuidBytesConverter.class)
public @interface BinaryUuid {
}
