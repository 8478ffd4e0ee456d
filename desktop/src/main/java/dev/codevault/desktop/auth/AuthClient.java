package dev.codevault.desktop.auth;

import dev.codevault.common.auth.AuthApi;
import dev.codevault.desktop.server.CodeVaultServerInstances;
import io.micronaut.http.client.annotation.Client;

/** Calls {@link AuthApi} on the current server. */
@Client(id = CodeVaultServerInstances.ID)
public interface AuthClient extends AuthApi {
}
