package dev.codevault.common.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/** The signed-in account and its passkeys. Every operation needs an access token. */
public interface AccountApi {

    /** Returns the signed-in account. */
    @Get("/account")
    AccountInfo account();

    /** Changes the signed-in account's display name. */
    @Patch("/account")
    AccountInfo updateAccount(@Body @Valid AccountUpdate update);

    /** Lists the account's passkeys, oldest first. */
    @Get("/account/passkeys")
    List<PasskeyInfo> passkeys();

    /** Starts the registration of a passkey; the browser must run it on the sign-in page's origin. */
    @Post("/account/passkeys/options")
    PasskeyCreationChallenge passkeyCreationOptions();

    /**
     * Registers the passkey the browser created.
     *
     * @return the new passkey; 400 when the browser's response is not accepted, 409 when the credential is
     *         registered already
     */
    @Post("/account/passkeys")
    @Status(HttpStatus.CREATED)
    PasskeyInfo registerPasskey(@Body @Valid PasskeyRegistration registration);

    /**
     * Renames a passkey.
     *
     * @return the renamed passkey, or 404 when the account has no passkey with that id
     */
    @Patch("/account/passkeys/{passkeyId}")
    PasskeyInfo renamePasskey(@PathVariable UUID passkeyId, @Body @Valid PasskeyRename rename);

    /**
     * Deletes a passkey; it no longer signs in.
     *
     * @return 204, or 404 when the account has no passkey with that id
     */
    @Delete("/account/passkeys/{passkeyId}")
    @Status(HttpStatus.NO_CONTENT)
    void deletePasskey(@PathVariable UUID passkeyId);
}
