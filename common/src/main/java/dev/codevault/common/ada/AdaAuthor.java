package dev.codevault.common.ada;

import io.micronaut.serde.annotation.Serdeable;

/** Who wrote a message of a conversation with Ada. */
@Serdeable
public enum AdaAuthor {
    /** The person asking. */
    PERSON,
    /** Ada. */
    ADA
}
