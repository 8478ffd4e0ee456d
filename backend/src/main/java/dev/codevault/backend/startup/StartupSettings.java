package dev.codevault.backend.startup;

import io.micronaut.core.value.PropertyResolver;

/**
 * The settings that start-up failure messages quote, read while the configuration is still available.
 *
 * @param host        the address the server binds to
 * @param port        the port the server binds to
 * @param databaseUrl the JDBC URL of the default data source, possibly with secrets in it
 */
public record StartupSettings(String host, String port, String databaseUrl) {

    /** The port Micronaut binds when none is set. */
    static final int DEFAULT_PORT = 8080;

    /** Reads the settings, with a readable placeholder for each one that is not set. */
    public static StartupSettings of(PropertyResolver resolver) {
        return new StartupSettings(
                resolver.get("micronaut.server.host", String.class).orElse("all interfaces"),
                resolver.get("micronaut.server.port", String.class).orElse(String.valueOf(DEFAULT_PORT)),
                resolver.get("datasources.default.url", String.class).orElse("(not set)"));
    }
}
