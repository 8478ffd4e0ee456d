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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clash renaming that the migrations to unique names share. Within each parent, the oldest row of a group of
 * names that are the same by {@link NameKeys} keeps its name, and every later one gets the lowest free number from 2
 * appended, such as "Payments (2)", skipping any name that exists already. Each rename is logged with the row id.
 */
final class NameClashes {

    /** Projects, whose names are unique in their team. */
    static final Table PROJECTS = new Table("projects", "team_id", "project", "team");
    /** Vaults, whose names are unique in their project. */
    static final Table VAULTS = new Table("vaults", "project_id", "vault", "project");

    private static final Logger LOG = LoggerFactory.getLogger(NameClashes.class);
    /** The maximum length of a numbered name, in characters as the migration's {@link Shortening} counts them. */
    private static final int MAX_NAME_LENGTH = 200;

    private NameClashes() {
    }

    /**
     * Reads every row of the table and returns each with the name it keeps or gets. Rows are read oldest first
     * within each parent, so the oldest of clashing names keeps its name.
     *
     * @param shortening how the migration cuts a name so that the number fits after it
     */
    static List<Naming> resolve(Connection connection, Table table, Shortening shortening) throws SQLException {
        List<Row> rows = readRows(connection, table);
        List<Naming> namings = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            while (end < rows.size() && Arrays.equals(rows.get(end).parentId(), rows.get(start).parentId())) {
                end++;
            }
            namings.addAll(resolveGroup(table, rows.subList(start, end), shortening));
            start = end;
        }
        return namings;
    }

    /**
     * Stores the name and the key of each row, sets {@code updated_at} of the renamed ones and logs how many were
     * renamed. The rows that keep their name are updated first, then the renamed ones.
     */
    static void write(Connection connection, Table table, List<Naming> namings) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement keyOnly = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name_key = ? WHERE id = ?");
             PreparedStatement rename = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name = ?, name_key = ?, updated_at = ? WHERE id = ?")) {
            for (Naming naming : namings) {
                if (naming.renamed()) {
                    rename.setString(1, naming.name());
                    rename.setBytes(2, NameKeys.of(naming.name()));
                    rename.setObject(3, now);
                    rename.setBytes(4, naming.row().id());
                    rename.addBatch();
                } else {
                    keyOnly.setBytes(1, NameKeys.of(naming.name()));
                    keyOnly.setBytes(2, naming.row().id());
                    keyOnly.addBatch();
                }
            }
            keyOnly.executeBatch();
            rename.executeBatch();
        }

        long renamed = namings.stream().filter(Naming::renamed).count();
        if (renamed > 0) {
            LOG.warn("Renamed {} {}s whose names clashed with an older {} in the same {}; the lines above name them",
                    renamed, table.rowNoun(), table.rowNoun(), table.parentNoun());
        }
    }

    /** Runs one SQL statement that returns no rows. */
    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<Row> readRows(Connection connection, Table table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        String sql = "SELECT id, " + table.parentColumn() + ", name, name_key FROM " + table.name() + " ORDER BY "
                + table.parentColumn() + ", created_at, id";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(new Row(result.getBytes(1), result.getBytes(2), result.getString(3), result.getBytes(4)));
            }
        }
        return rows;
    }

    /** Returns the naming of each row of one parent, in the order of the rows. */
    private static List<Naming> resolveGroup(Table table, List<Row> group, Shortening shortening) {
        Set<String> namesInUse = new HashSet<>();
        group.forEach(row -> namesInUse.add(NameKeys.normalise(row.name())));
        Set<String> assigned = new HashSet<>();
        List<Naming> namings = new ArrayList<>();
        for (Row row : group) {
            String name = row.name();
            if (!assigned.add(NameKeys.normalise(name))) {
                name = freeVariant(name, namesInUse, shortening);
                namesInUse.add(NameKeys.normalise(name));
                assigned.add(NameKeys.normalise(name));
                LOG.info("Renamed {} {} to a numbered name, because an older {} in its {} has the same name",
                        table.rowNoun(), uuidOf(row.id()), table.rowNoun(), table.parentNoun());
            }
            namings.add(new Naming(row, name));
        }
        return namings;
    }

    /**
     * Returns the name with the lowest number from 2 appended that no name in the set has. A variant never equals
     * the name it replaces, because the set contains that name.
     */
    private static String freeVariant(String name, Set<String> namesInUse, Shortening shortening) {
        for (int number = 2; ; number++) {
            String suffix = " (" + number + ")";
            String candidate = shortening.shorten(name, MAX_NAME_LENGTH - suffix.length()) + suffix;
            if (!namesInUse.contains(NameKeys.normalise(candidate))) {
                return candidate;
            }
        }
    }

    private static UUID uuidOf(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** The rule of a migration that strips a clashing name and cuts it, so that a number fits after it. */
    @FunctionalInterface
    interface Shortening {

        /** Returns the name without white space at its ends, cut to at most {@code length} characters. */
        String shorten(String name, int length);
    }

    /**
     * A table whose names are unique within a parent.
     *
     * @param name         the table
     * @param parentColumn the column of the parent within which names are unique
     * @param rowNoun      what a row is, for the log, such as "project"
     * @param parentNoun   what the parent is, for the log, such as "team"
     */
    record Table(String name, String parentColumn, String rowNoun, String parentNoun) {
    }

    /**
     * A row as read before the migration.
     *
     * @param id       the row's id
     * @param parentId the parent's id
     * @param name     the name as stored
     * @param nameKey  the stored key, or {@code null} before version 33 fills the column
     */
    record Row(byte[] id, byte[] parentId, String name, byte[] nameKey) {
    }

    /**
     * A row with the name it keeps, or the numbered name it gets because its name clashed with an older row's.
     *
     * @param row  the row as read
     * @param name the name to store
     */
    record Naming(Row row, String name) {

        /** Returns whether the row gets a new name. */
        boolean renamed() {
            return !name.equals(row.name());
        }
    }
}
