package dev.codevault.desktop.account;

import dev.codevault.common.auth.SessionApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link SessionApi} on the current server with the signed-in session's access token. */
@Client(id = CodeVaultServerInstances.ID)
public interface SessionClient extends SessionApi {
}
