package dev.codevault.backend.error;

import dev.codevault.backend.error.KnownFieldsDeserializer.UnknownFields;
import dev.codevault.common.ada.AdaMessage;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.auth.AccountUpdate;
import dev.codevault.common.auth.AssertionCredential;
import dev.codevault.common.auth.AuthorizationRequest;
import dev.codevault.common.auth.CodeExchangeRequest;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.PasskeyRegistration;
import dev.codevault.common.auth.PasskeyRename;
import dev.codevault.common.auth.PasskeySignIn;
import dev.codevault.common.auth.RefreshTokenRequest;
import dev.codevault.common.auth.RegistrationCredential;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.team.CreateTeamRequest;
import dev.codevault.common.team.InviteRequest;
import dev.codevault.common.team.RenameTeamRequest;
import dev.codevault.common.team.RoleChange;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ScheduleRequest;
import dev.codevault.common.vault.UpdateVaultRequest;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.support.deserializers.ObjectDeserializer;
import jakarta.inject.Singleton;

/**
 * The deserializers of every JSON request body and of the objects nested in one, which reject a value of the wrong
 * JSON type with 400 naming the field. The bodies of signed-in calls also reject unknown fields, so a misspelt field
 * fails instead of being dropped. The sign-in bodies under /auth keep ignoring unknown fields, and so do the WebAuthn
 * credentials, because a browser's WebAuthn JSON carries fields the server does not read.
 */
@Factory
class RequestBodyDeserializers {

    private final ObjectDeserializer objects;

    RequestBodyDeserializers(ObjectDeserializer objects) {
        this.objects = objects;
    }

    @Singleton
    Deserializer<NameRequest> nameRequest() {
        return rejectingUnknownFields(NameRequest.class);
    }

    @Singleton
    Deserializer<CreateVaultRequest> createVaultRequest() {
        return rejectingUnknownFields(CreateVaultRequest.class);
    }

    @Singleton
    Deserializer<UpdateVaultRequest> updateVaultRequest() {
        return rejectingUnknownFields(UpdateVaultRequest.class);
    }

    @Singleton
    Deserializer<ScheduleRequest> scheduleRequest() {
        return rejectingUnknownFields(ScheduleRequest.class);
    }

    @Singleton
    Deserializer<GitCredentials> gitCredentials() {
        return rejectingUnknownFields(GitCredentials.class);
    }

    @Singleton
    Deserializer<PasscodeRequest> passcodeRequest() {
        return ignoringUnknownFields(PasscodeRequest.class);
    }

    @Singleton
    Deserializer<PasscodeVerification> passcodeVerification() {
        return ignoringUnknownFields(PasscodeVerification.class);
    }

    @Singleton
    Deserializer<CodeExchangeRequest> codeExchangeRequest() {
        return ignoringUnknownFields(CodeExchangeRequest.class);
    }

    @Singleton
    Deserializer<RefreshTokenRequest> refreshTokenRequest() {
        return ignoringUnknownFields(RefreshTokenRequest.class);
    }

    @Singleton
    Deserializer<AuthorizationRequest> authorizationRequest() {
        return ignoringUnknownFields(AuthorizationRequest.class);
    }

    @Singleton
    Deserializer<PasskeySignIn> passkeySignIn() {
        return ignoringUnknownFields(PasskeySignIn.class);
    }

    @Singleton
    Deserializer<AssertionCredential> assertionCredential() {
        return ignoringUnknownFields(AssertionCredential.class);
    }

    @Singleton
    Deserializer<AssertionCredential.Response> assertionResponse() {
        return ignoringUnknownFields(AssertionCredential.Response.class);
    }

    @Singleton
    Deserializer<PasskeyRegistration> passkeyRegistration() {
        return rejectingUnknownFields(PasskeyRegistration.class);
    }

    @Singleton
    Deserializer<RegistrationCredential> registrationCredential() {
        return ignoringUnknownFields(RegistrationCredential.class);
    }

    @Singleton
    Deserializer<RegistrationCredential.Response> registrationResponse() {
        return ignoringUnknownFields(RegistrationCredential.Response.class);
    }

    @Singleton
    Deserializer<PasskeyRename> passkeyRename() {
        return rejectingUnknownFields(PasskeyRename.class);
    }

    @Singleton
    Deserializer<AccountUpdate> accountUpdate() {
        return rejectingUnknownFields(AccountUpdate.class);
    }

    @Singleton
    Deserializer<CreateTeamRequest> createTeamRequest() {
        return rejectingUnknownFields(CreateTeamRequest.class);
    }

    @Singleton
    Deserializer<RenameTeamRequest> renameTeamRequest() {
        return rejectingUnknownFields(RenameTeamRequest.class);
    }

    @Singleton
    Deserializer<RoleChange> roleChange() {
        return rejectingUnknownFields(RoleChange.class);
    }

    @Singleton
    Deserializer<InviteRequest> inviteRequest() {
        return rejectingUnknownFields(InviteRequest.class);
    }

    @Singleton
    Deserializer<AdaQuestion> adaQuestion() {
        return rejectingUnknownFields(AdaQuestion.class);
    }

    @Singleton
    Deserializer<AdaMessage> adaMessage() {
        return rejectingUnknownFields(AdaMessage.class);
    }

    private <T> Deserializer<T> rejectingUnknownFields(Class<T> type) {
        return new KnownFieldsDeserializer<>(objects, type, UnknownFields.REJECT);
    }

    private <T> Deserializer<T> ignoringUnknownFields(Class<T> type) {
        return new KnownFieldsDeserializer<>(objects, type, UnknownFields.IGNORE);
    }
}
