package dev.codevault.desktop.newvault;

import java.util.Locale;

/** Formats byte counts and transfer rates for people, in binary units. */
public final class Sizes {

    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {
    }

    /** Returns a size such as {@code 512 bytes}, {@code 1.5 MiB} or {@code 2.0 GiB}. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** Returns a rate such as {@code 12.5 MiB/s}. */
    public static String formatRate(double bytesPerSecond) {
        return format(Math.round(bytesPerSecond)) + "/s";
    }
}
