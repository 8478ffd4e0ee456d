package dev.codevault.desktop;

import io.micronaut.core.annotation.Nullable;

/**
 * What the app was started with, outside the user's settings.
 *
 * @param serverUrlArgument    the {@code --server-url} argument or {@code codevault.server-url} system property
 * @param serverUrlEnvironment the {@code CODEVAULT_SERVER_URL} environment variable
 */
public record StartupOptions(@Nullable String serverUrlArgument, @Nullable String serverUrlEnvironment) {
}
