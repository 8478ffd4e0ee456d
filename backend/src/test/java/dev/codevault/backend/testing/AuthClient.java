package dev.codevault.backend.testing;

import dev.codevault.common.auth.AuthApi;
import io.micronaut.http.client.annotation.Client;

/** The declarative client of {@link AuthApi} that tests call the server through, as the desktop app does. */
@Client("/")
public interface AuthClient extends AuthApi {
}
