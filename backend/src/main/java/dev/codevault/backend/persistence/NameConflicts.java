package dev.codevault.backend.persistence;

import java.util.ArrayList;
import java.util.List;

/** Writes the message of a name that clashes with an existing one by the rule of {@link NameKeys}. */
public final class NameConflicts {

    private NameConflicts() {
    }

    /**
     * Returns the message, which quotes the existing name and, when it is spelt differently, the requested one too,
     * with the steps of the rule that make the two the same.
     *
     * @param subject   the start of the first sentence, such as "The team already has a project named"
     * @param requested the name the request gave, as sent
     * @param existing  the name as stored
     */
    public static String message(String subject, String requested, String existing) {
        String stripped = NameKeys.strip(requested);
        if (requested.equals(existing)) {
            return subject + " '" + existing + "'. Choose another name.";
        }
        List<String> reasons = reasons(requested, existing);
        String because = reasons.isEmpty() ? "they are the same by the rules for names"
                : "names that differ only in " + joined(reasons) + " count as the same";
        return subject + " '" + existing + "', which counts as the same name as '" + stripped + "', because "
                + because + ". Choose another name.";
    }

    /** Returns each step of the rule without which the two names would differ. */
    private static List<String> reasons(String requested, String existing) {
        List<String> reasons = new ArrayList<>();
        if (!withoutStripping(requested).equals(withoutStripping(existing))) {
            reasons.add("spaces at either end");
        }
        if (!withoutRemoval(requested).equals(withoutRemoval(existing))) {
            reasons.add("invisible characters such as zero-width spaces");
        }
        if (!withoutNormalisation(requested).equals(withoutNormalisation(existing))) {
            reasons.add("look-alike forms of a character, such as full-width letters or accents typed separately");
        }
        if (!withoutCaseFolding(requested).equals(withoutCaseFolding(existing))) {
            reasons.add("letter case");
        }
        return reasons;
    }

    private static String withoutStripping(String name) {
        return NameKeys.caseFolded(NameKeys.removeInvisible(NameKeys.compatible(NameKeys.removeInvisible(name))));
    }

    private static String withoutRemoval(String name) {
        return NameKeys.caseFolded(NameKeys.compatible(NameKeys.strip(name)));
    }

    private static String withoutNormalisation(String name) {
        return NameKeys.caseFolded(NameKeys.removeInvisible(NameKeys.strip(name)));
    }

    private static String withoutCaseFolding(String name) {
        return NameKeys.removeInvisible(NameKeys.compatible(NameKeys.removeInvisible(NameKeys.strip(name))));
    }

    private static String joined(List<String> reasons) {
        if (reasons.size() == 1) {
            return reasons.get(0);
        }
        return String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
    }
}
