package dev.codevault.desktop.auth;

import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import jakarta.validation.Valid;

/**
 * Calls {@link AuthApi#requestPasscode} on the current server with the longer read timeout of
 * {@link PasscodeRequestClientConfiguration}, because the server checks its SMTP server before it responds. The other
 * auth calls go through {@link AuthClient}.
 */
@Client(id = CodeVaultServerInstances.ID, configuration = PasscodeRequestClientConfiguration.class)
public interface PasscodeRequestClient {

    /**
     * Requests a passcode mail, as {@link AuthApi#requestPasscode} describes. Blocks until the server responds.
     *
     * @throws io.micronaut.http.client.exceptions.ReadTimeoutException when the server accepted the connection but
     *                                                                  did not respond within the read timeout
     */
    @Post(AuthApi.PASSCODE_REQUEST_PATH)
    PasscodeSent requestPasscode(@Body @Valid PasscodeRequest request);
}
