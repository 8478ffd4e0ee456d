package dev.codevault.desktop.server;

import dev.codevault.common.api.SystemApi;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link SystemApi} on the current server. */
@Client(id = CodeVaultServerInstances.ID)
interface SystemClient extends SystemApi {
}
