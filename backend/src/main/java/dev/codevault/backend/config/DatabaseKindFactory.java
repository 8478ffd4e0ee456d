package dev.codevault.backend.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** Tells the rest of the server which kind of database the default data source uses. */
@Factory
class DatabaseKindFactory {

    @Singleton
    DatabaseKind databaseKind(@Property(name = "datasources.default.url") String url) {
        return DatabaseKind.of(url);
    }
}
