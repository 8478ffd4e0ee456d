package dev.codevault.backend.archive;

import java.util.Locale;

/**
 * Wording shared by the rejection messages: quoted entry names, the archive's name and byte sizes. Entry names come
 * from the user's own upload, so a message may quote them, but control and formatting characters are escaped so that
 * a name cannot break a log line or reorder the text around it.
 */
final class Messages {

    private static final int MAX_QUOTED_CHARS = 160;
    private static final long KIB = 1024;
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    private Messages() {
    }

    /** Returns the name in single quotes, with control and formatting characters escaped and long names cut. */
    static String quote(String name) {
        int shownChars = Math.min(name.length(), MAX_QUOTED_CHARS);
        if (shownChars < name.length() && Character.isHighSurrogate(name.charAt(shownChars - 1))) {
            shownChars--;
        }
        StringBuilder quoted = new StringBuilder(shownChars + 8).append('\'');
        for (int i = 0; i < shownChars; i++) {
            char c = name.charAt(i);
            if (isHidden(c)) {
                quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (shownChars < name.length()) {
            quoted.append("...");
        }
        return quoted.append('\'').toString();
    }

    /** Returns "The archive 'name'" for a declared name, or "The archive" when the client gave none. */
    static String archive(String declaredName) {
        if (declaredName == null || declaredName.isBlank()) {
            return "The archive";
        }
        return "The archive " + quote(declaredName);
    }

    /** Returns a byte count in the largest binary unit that keeps it at 1 or more, such as "2 GiB" or "1.5 MiB". */
    static String size(long bytes) {
        if (bytes < KIB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= KIB && unit < UNITS.length - 1) {
            value /= KIB;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + UNITS[unit];
    }

    /** Returns whether a character is an ISO control character or an invisible formatting one (bidi marks). */
    static boolean isHidden(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
