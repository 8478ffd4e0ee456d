package dev.codevault.desktop.vaults;

import dev.codevault.common.vault.VaultApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link VaultApi} on the current server with the signed-in session's access token. */
@Client(id = CodeVaultServerInstances.ID)
public interface VaultClient extends VaultApi {
}
