package dev.codevault.desktop.auth;

import dev.codevault.common.auth.AccountApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link AccountApi} on the current server with the signed-in session's access token. */
@Client(id = CodeVaultServerInstances.ID)
public interface AccountClient extends AccountApi {
}
