package dev.codevault.desktop.vaults;

import dev.codevault.common.team.TeamApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link TeamApi} on the current server with the signed-in session's access token. */
@Client(id = CodeVaultServerInstances.ID)
public interface TeamClient extends TeamApi {
}
