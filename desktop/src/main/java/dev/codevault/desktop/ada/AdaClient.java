package dev.codevault.desktop.ada;

import dev.codevault.common.ada.AdaApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link AdaApi} on the current server with the signed-in session's access token. */
@Client(id = CodeVaultServerInstances.ID)
public interface AdaClient extends AdaApi {
}
