package dev.codevault.backend.persistence;

import dev.codevault.backend.error.InvalidRequestException;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.text.PlainText;

/** Checks the name of a new or renamed project or vault and returns it in the form that is stored. */
public final class StoredNames {

    /**
     * The size of the name columns, set by the migration {@code NameKeysMigration}. H2 counts UTF-16 units and MariaDB
     * counts code points in utf8mb4, so a name of at most this many UTF-16 units fits both.
     */
    public static final int COLUMN_LENGTH = 1000;

    private StoredNames() {
    }

    /**
     * Returns the name stripped of white space at both ends by {@link NameKeys#strip}.
     *
     * @throws InvalidRequestException when it has no visible characters, more than {@link NameRequest#MAX_LENGTH}
     *                                 characters as a reader counts them, or does not fit the column
     */
    public static String of(String name) {
        String stripped = NameKeys.strip(name);
        if (!NameKeys.hasVisibleCharacters(stripped)) {
            throw new InvalidRequestException(NameRequest.EMPTY_MESSAGE);
        }
        int characters = PlainText.countCharacters(stripped);
        if (characters > NameRequest.MAX_LENGTH) {
            throw new InvalidRequestException("Use at most " + NameRequest.MAX_LENGTH + " characters for the name; "
                    + "this one has " + characters + ".");
        }
        if (stripped.length() > COLUMN_LENGTH) {
            throw new InvalidRequestException("The name is too long to store: its characters carry more than "
                    + COLUMN_LENGTH + " code units of accents and joined marks. Use fewer combining marks.");
        }
        return stripped;
    }
}
