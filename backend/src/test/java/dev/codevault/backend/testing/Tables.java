package dev.codevault.backend.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Reads the schema of a database, for tests that check what the migrations created. */
public final class Tables {

    private Tables() {
    }

    /** Returns the lower-case names of the tables in the data source's current schema. */
    public static Set<String> namesIn(DataSource dataSource) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            return namesIn(connection);
        }
    }

    /** Returns the lower-case names of the tables in the connection's current schema. */
    public static Set<String> namesIn(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
