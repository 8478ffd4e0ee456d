package dev.codevault.backend.persistence.migration;

import dev.codevault.backend.persistence.NameKeys;
import dev.codevault.backend.persistence.StoredNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

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
        rekey(connection, NameClashes.PROJECTS);
        rekey(connection, NameClashes.VAULTS);
    }

    private static void rekey(Connection connection, NameClashes.Table table) throws SQLException {
        NameClashes.execute(connection, "ALTER TABLE " + table.name() + " MODIFY COLUMN name VARCHAR("
                + StoredNames.COLUMN_LENGTH + ") NOT NULL");

        List<NameClashes.Naming> changes = NameClashes.resolve(connection, table, NameKeysMigration::shortened)
                .stream()
                .filter(naming -> naming.renamed() || !Arrays.equals(NameKeys.of(naming.name()),
                        naming.row().nameKey()))
                .toList();
        writePlaceholderKeys(connection, table, changes);
        NameClashes.write(connection, table, changes);
    }

    /**
     * Gives each changed row a placeholder key made from its id, so that no row takes a key that another changed row
     * still has while the unique constraint checks every update.
     */
    private static void writePlaceholderKeys(Connection connection, NameClashes.Table table,
                                             List<NameClashes.Naming> changes) throws SQLException {
        try (PreparedStatement placeholder = connection.prepareStatement(
                "UPDATE " + table.name() + " SET name_key = ? WHERE id = ?")) {
            for (NameClashes.Naming change : changes) {
                placeholder.setBytes(1, placeholderKey(change.row().id()));
                placeholder.setBytes(2, change.row().id());
                placeholder.addBatch();
            }
            placeholder.executeBatch();
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

    /**
     * Strips the name by {@link NameKeys#strip} and cuts it to at most the given number of grapheme clusters, so no
     * accent or emoji is split.
     */
    private static String shortened(String name, int length) {
        String text = NameKeys.strip(name);
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
}
