package dev.codevault.backend.testing;

import dev.codevault.common.api.SystemApi;
import io.micronaut.http.client.annotation.Client;

/** The declarative client of {@link SystemApi} that tests call the server through, as the desktop app does. */
@Client("/")
public interface SystemClient extends SystemApi {
}
