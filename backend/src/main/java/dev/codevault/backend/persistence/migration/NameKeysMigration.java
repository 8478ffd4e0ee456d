package dev.codevault.backend.persistence.migration;

import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.persistence.StoredNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.BreakIterator;
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
 * Version 34: recomputes {@code name_key} of projects and vaults by the current rule of {@link NameKeys}, which
 * also ignores invisible characters, look-alike forms (NFKC) and every kind of white space at the ends, where version
 * 33 compared NFC forms stripped of ASCII-range white space only. It also widens the name columns to
 * {@link StoredNames#COLUMN_LENGTH}, because a name of 200 characters as a reader counts them can take more code
 * points, such as letters with several accents.
 *
 * <p>Names that clash under the new rule are renamed as version 33 does: the oldest row of each clashing group keeps
 * its name, and every later one gets the lowest free number appended, such as "Payments (2)". Each rename is logged
 * with the row id.
 */
public class NameKeysMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(NameKeysMigration.class);
    /** The length of the names before this migration and the limit of new names, in characters. */
    private static final int MAX_NAME_LENGTH = 200;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("34");
    }

    @Override
    public String getDescription() {
        return "name keys ignore invisible and look-alike characters";
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
        rekey(connection, new Table("projects", "team_id", "project", "team"));
        rekey(connection, new Table("vaults", "project_id", "vault", "project"));
    }

    private static void rekey(Connection connection, Table table) throws SQLException {
        execute(connection, "ALTER TABLE " + table.name() + " MODIFY COLUMN name VARCHAR("
                + StoredNames.COLUMN_LENGTH + ") NOT NULL");

        List<Row> rows = readRows(connection, table);
        List<Change> changes = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            while (end < rows.size() && Arrays.equals(rows.get(end).parentId(), rows.get(start).parentId())) {
                end++;
            }
            changes.addAll(changesOfGroup(table, rows.subList(start, end)));
            start = end;
        }
        write(connection, table, changes);

        long renamed = changes.stream().filter(change -> !change.name().equals(change.row().name())).count();
        if (renamed > 0) {
            LOG.warn("Renamed {} {}s whose names clashed with an older {} in the same {}; the lines above name them",
                    renamed, table.rowNoun(), table.rowNoun(), table.parentNoun());
        }
    }

    /** Reads every row, oldest first within each parent, so the oldest of clashing names keeps its name. */
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

    /** Returns the rows of one parent whose name or key changes, with their new name. */
    private static List<Change> changesOfGroup(Table table, List<Row> group) {
        Set<String> namesInUse = new HashSet<>();
        group.forEach(row -> namesInUse.add(NameKeys.normalise(row.name())));
        Set<String> assigned = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (Row row : group) {
            String name = row.name();
            if (!assigned.add(NameKeys.normalise(name))) {
                name = freeVariant(name, namesInUse);
                namesInUse.add(NameKeys.normalise(name));
                assigned.add(NameKeys.normalise(name));
                LOG.info("Renamed {} {} to a numbered name, because an older {} in its {} has the same name",
                        table.rowNoun(), uuidOf(row.id()), table.rowNoun(), table.parentNoun());
            }
            if (!name.equals(row.name()) || !Arrays.equals(NameKeys.of(name), row.nameKey())) {
                changes.add(new Change(row, name));
            }
        }
        return changes;
    }

    /**
     * Writes the changes in two passes. The first gives each changed row a placeholder key made from its id, so that
     * no row takes a key that another changed row still has while the unique constraint checks every update.
     */
    private static void write(Connection connection, Table table, List<Change> changes) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement placeholder = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name_key = ? WHERE id = ?");
             PreparedStatement rekey = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name_key = ? WHERE id = ?");
             PreparedStatement rename = connection.prepareStatement(
                     "UPDATE " + table.name() + " SET name = ?, name_key = ?, updated_at = ? WHERE id = ?")) {
            for (Change change : changes) {
                placeholder.setBytes(1, placeholderKey(change.row().id()));
                placeholder.setBytes(2, change.row().id());
                placeholder.addBatch();
            }
            placeholder.executeBatch();
            for (Change change : changes) {
                if (change.name().equals(change.row().name())) {
                    rekey.setBytes(1, NameKeys.of(change.name()));
                    rekey.setBytes(2, change.row().id());
                    rekey.addBatch();
                } else {
                    rename.setString(1, change.name());
                    rename.setBytes(2, NameKeys.of(change.name()));
                    rename.setObject(3, now);
                    rename.setBytes(4, change.row().id());
                    rename.addBatch();
                }
            }
            rekey.executeBatch();
            rename.executeBatch();
        }
    }

    /** Returns a key that no name has: the hash of the id with a prefix that no normalised name carries. */
    private static byte[] placeholderKey(byte[] id) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("\u0000placeholder\u0000".getBytes(StandardCharsets.UTF_8));
            return digest.digest(id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Returns the name with the lowest number from 2 appended that no name in the set has. */
    private static String freeVariant(String name, Set<String> namesInUse) {
        for (int number = 2; ; number++) {
            String suffix = " (" + number + ")";
            String candidate = shortened(NameKeys.strip(name), MAX_NAME_LENGTH - suffix.length()) + suffix;
            if (!namesInUse.contains(NameKeys.normalise(candidate))) {
                return candidate;
            }
        }
    }

    /** Cuts text to at most the given number of grapheme clusters, so no accent or emoji is split. */
    private static String shortened(String text, int length) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int end = 0;
        for (int count = 0; count < length; count++) {
            int next = graphemes.next();
            if (next == BreakIterator.DONE) {
                return text;
            }
            end = next;
        }
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
     * A table whose names are keyed again.
     *
     * @param name         the table
     * @param parentColumn the column of the parent within which names are unique
     * @param rowNoun      what a row is, for the log, such as "project"
     * @param parentNoun   what the parent is, for the log, such as "team"
     */
    private record Table(String name, String parentColumn, String rowNoun, String parentNoun) {
    }

    /**
     * A row as read before the migration.
     *
     * @param id       the row's id
     * @param parentId the parent's id
     * @param name     the name as stored
     * @param nameKey  the key by the rule of version 33
     */
    private record Row(byte[] id, byte[] parentId, String name, byte[] nameKey) {
    }

    /**
     * A row's new name, the same as the old one unless it clashed, and with it a new key.
     *
     * @param row  the row as read
     * @param name the name to store
     */
    private record Change(Row row, String name) {
    }
}
