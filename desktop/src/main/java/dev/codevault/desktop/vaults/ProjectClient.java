package dev.codevault.desktop.vaults;

import dev.codevault.common.project.ProjectApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link ProjectApi} on the current server with the signed-in session's access token. */
@Client(id = CodeVaultServerInstances.ID)
public interface ProjectClient extends ProjectApi {
}
