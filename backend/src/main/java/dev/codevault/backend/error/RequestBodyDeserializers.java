package dev.codevault.backend.error;

import dev.codevault.common.project.NameRequest;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ScheduleRequest;
import dev.codevault.common.vault.UpdateVaultRequest;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.support.deserializers.ObjectDeserializer;
import jakarta.inject.Singleton;

/**
 * The request bodies of projects and vaults that reject unknown fields with 400, so a misspelt field fails instead
 * of being dropped. Other bodies keep the standard tolerance on purpose, because the passkey calls receive the
 * browser's WebAuthn JSON, which carries fields the server does not read.
 */
@Factory
class RequestBodyDeserializers {

    @Singleton
    Deserializer<NameRequest> nameRequest(ObjectDeserializer objects) {
        return new KnownFieldsDeserializer<>(objects, NameRequest.class);
    }

    @Singleton
    Deserializer<CreateVaultRequest> createVaultRequest(ObjectDeserializer objects) {
        return new KnownFieldsDeserializer<>(objects, CreateVaultRequest.class);
    }

    @Singleton
    Deserializer<UpdateVaultRequest> updateVaultRequest(ObjectDeserializer objects) {
        return new KnownFieldsDeserializer<>(objects, UpdateVaultRequest.class);
    }

    @Singleton
    Deserializer<ScheduleRequest> scheduleRequest(ObjectDeserializer objects) {
        return new KnownFieldsDeserializer<>(objects, ScheduleRequest.class);
    }

    @Singleton
    Deserializer<GitCredentials> gitCredentials(ObjectDeserializer objects) {
        return new KnownFieldsDeserializer<>(objects, GitCredentials.class);
    }
}
