package dev.codevault.backend.persistence.migration;

import dev.codevault.backend.persistence.NameKeys;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(UniqueNamesMigration.class);
    /** The length of the name columns, in characters. */
    private static final int MAX_NAME_LENGTH = 200;

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
        makeUnique(connection, new Table("projects", "team_id", "uq_projects_team_name", "project", "team"));
        makeUnique(connection, new Table("vaults", "project_id", "uq_vaults_project_name", "vault", "project"));
    }

    private static void makeUnique(Connection connection, Table table) throws SQLException {
        execute(connection, "ALTER TABLE " + table.name() + " ADD COLUMN name_key BINARY(32)");

        List<Row> rows = readRows(connection, table);
        int renamed = writeKeys(connection, table, rows);
        if (renamed > 0) {
            LOG.warn("Renamed {} {}s whose names clashed with an older {} in the same {}; the lines above name them",
                    renamed, table.rowNoun(), table.rowNoun(), table.parentNoun());
        }

        execute(connection, "ALTER TABLE " + table.name() + " MODIFY COLUMN name_key BINARY(32) NOT NULL");
        execute(connection, "ALTER TABLE " + table.name() + " ADD CONSTRAINT " + table.constraint() + " UNIQUE ("
                + table.parentColumn() + ", name_key)");
    }

    /** Reads every row, oldest first within each parent, so the oldest of clashing names keeps its name. */
    private static List<Row> readRows(Connection connection, Table table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        String sql = "SELECT id, " + table.parentColumn() + ", name FROM " + table.name() + " ORDER BY "
                + table.parentColumn() + ", created_at, id";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(new Row(result.getBytes(1), result.getBytes(2), result.getString(3)));
            }
        }
        return rows;
    }

    /**
     * Stores the key of every row, renaming the rows whose names clash with an older row's.
     *
     * @return how many rows were renamed
     */
    private static int writeKeys(Connection connection, Table table, List<Row> rows) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int renamed = 0;
        try (PreparedStatement keyOnly = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name_key = ? WHERE id = ?");
             PreparedStatement rename = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name = ?, name_key = ?, updated_at = ? WHERE id = ?")) {
            int start = 0;
            while (start < rows.size()) {
                int end = start;
                while (end < rows.size() && Arrays.equals(rows.get(end).parentId(), rows.get(start).parentId())) {
                    end++;
                }
                renamed += writeGroup(table, rows.subList(start, end), keyOnly, rename, now);
                start = end;
            }
            keyOnly.executeBatch();
            rename.executeBatch();
        }
        return renamed;
    }

    /** Writes the keys of the rows of one parent and returns how many of them were renamed. */
    private static int writeGroup(Table table, List<Row> group, PreparedStatement keyOnly, PreparedStatement rename,
                                  LocalDateTime now) throws SQLException {
        Set<String> namesInUse = new HashSet<>();
        group.forEach(row -> namesInUse.add(NameKeys.normalise(row.name())));
        Set<String> assigned = new HashSet<>();
        int renamed = 0;
        for (Row row : group) {
            if (assigned.add(NameKeys.normalise(row.name()))) {
                keyOnly.setBytes(1, NameKeys.of(row.name()));
                keyOnly.setBytes(2, row.id());
                keyOnly.addBatch();
                continue;
            }
            String name = freeVariant(row.name(), namesInUse);
            namesInUse.add(NameKeys.normalise(name));
            assigned.add(NameKeys.normalise(name));
            rename.setString(1, name);
            rename.setBytes(2, NameKeys.of(name));
            rename.setObject(3, now);
            rename.setBytes(4, row.id());
            rename.addBatch();
            LOG.info("Renamed {} {} to a numbered name, because an older {} in its {} has the same name",
                    table.rowNoun(), uuidOf(row.id()), table.rowNoun(), table.parentNoun());
            renamed++;
        }
        return renamed;
    }

    /** Returns the name with the lowest number from 2 appended that no name in the set has. */
    private static String freeVariant(String name, Set<String> namesInUse) {
        for (int number = 2; ; number++) {
            String suffix = " (" + number + ")";
            String candidate = shortened(name.strip(), MAX_NAME_LENGTH - suffix.length()) + suffix;
            if (!namesInUse.contains(NameKeys.normalise(candidate))) {
                return candidate;
            }
        }
    }

    /** Cuts text to at most the length in UTF-16 units, without splitting a surrogate pair. */
    private static String shortened(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static UUID uuidOf(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A table whose names become unique.
     *
     * @param name         the table
     * @param parentColumn the column of the parent within which names are unique
     * @param constraint   the name of the new unique constraint
     * @param rowNoun      what a row is, for the log, such as "project"
     * @param parentNoun   what the parent is, for the log, such as "team"
     */
    private record Table(String name, String parentColumn, String constraint, String rowNoun, String parentNoun) {
    }

    /**
     * A row as read before the migration.
     *
     * @param id       the row's id
     * @param parentId the parent's id
     * @param name     the name as stored
     */
    private record Row(byte[] id, byte[] parentId, String name) {
    }
}
