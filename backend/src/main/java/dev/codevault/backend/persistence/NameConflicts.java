package dev.codevault.backend.persistence;

/** Writes the message of a name that clashes with an existing one by the rule of {@link NameKeys}. */
public final class NameConflicts {

    private NameConflicts() {
    }

    /**
     * Returns the message, which quotes the existing name and, when it is spelt differently, the requested one too.
     *
     * @param subject   the start of the first sentence, such as "The team already has a project named"
     * @param requested the name the request gave, as sent
     * @param existing  the name as stored
     */
    public static String message(String subject, String sent, String existing) {
        String requested = NameKeys.strip(sent);
        if (requested.equals(existing)) {
            return subject + " '" + existing + "'. Choose another name.";
        }
        return subject + " '" + existing + "', which counts as the same name as '" + requested + "', because names "
                + "that differ only in letter case count as the same. Choose another name.";
    }
}
