package dev.codevault.backend.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Prepares each data source before its pool opens: the data folder must exist before H2 creates its file, and
 * MySQL Connector/J must exchange times in UTC with a bounded connect time.
 */
@Singleton
class DatabaseSetup implements BeanCreatedEventListener<DatasourceConfiguration> {

    /** Driver settings that apply unless the URL sets them itself. */
    private static final Map<String, String> MYSQL_DEFAULTS = Map.of(
            "connectionTimeZone", "UTC",
            "forceConnectionTimeZoneToSession", "true",
            "connectTimeout", "10000",
            "socketTimeout", "300000");

    private final BeanProvider<DataFolders> dataFolders;

    DatabaseSetup(BeanProvider<DataFolders> dataFolders) {
        this.dataFolders = dataFolders;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        dataFolders.get();
        if (DatabaseKind.of(configuration.getUrl()) == DatabaseKind.MYSQL) {
            MYSQL_DEFAULTS.forEach((name, value) -> {
                if (!configuration.getUrl().contains(name + "=")) {
                    configuration.addDataSourceProperty(name, value);
                }
            });
        }
        return configuration;
    }
}
