package dev.codevault.backend.persistence.migration;

import dev.codevault.backend.persistence.NameKeys;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 33: project names become unique in their team, and vault names in their project, by the rule of
 * {@link NameKeys}. It adds a {@code name_key} column to both tables, fills it, and adds the unique constraints
 * {@code uq_projects_team_name} and {@code uq_vaults_project_name}. It is a Java migration because the key is a
 * hash of the Unicode-normalised name, which SQL cannot compute the same way on MySQL, MariaDB and H2.
 *
 * <p>Names that clash already would make the constraint fail, so the oldest row of each clashing group keeps its
 * name and every later one gets a number appended, such as "Payments (2)", skipping any name that exists already.
 * The renames are logged with the row ids.
 */
public class UniqueNamesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("33");
    }

    @Override
    public String getDescription() {
        return "unique names";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        makeUnique(connection, NameClashes.PROJECTS, "uq_projects_team_name");
        makeUnique(connection, NameClashes.VAULTS, "uq_vaults_project_name");
    }

    private static void makeUnique(Connection connection, NameClashes.Table table, String constraint)
            throws SQLException {
        NameClashes.execute(connection, "ALTER TABLE " + table.name() + " ADD COLUMN name_key BINARY(32)");

        List<NameClashes.Naming> namings = NameClashes.resolve(connection, table, UniqueNamesMigration::shortened);
        NameClashes.write(connection, table, namings);

        NameClashes.execute(connection, "ALTER TABLE " + table.name()
                + " MODIFY COLUMN name_key BINARY(32) NOT NULL");
        NameClashes.execute(connection, "ALTER TABLE " + table.name() + " ADD CONSTRAINT " + constraint
                + " UNIQUE (" + table.parentColumn() + ", name_key)");
    }

    /**
     * Strips the name by {@link String#strip} and cuts it to at most the length in UTF-16 units, without splitting a
     * surrogate pair.
     */
    private static String shortened(String name, int length) {
        String text = name.strip();
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
