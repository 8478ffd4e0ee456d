package dev.codevault.backend.analysis.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Archive formats the analysis reads as a stream. */
public enum ArchiveFormat {
    ZIP(".zip", ".jar"),
    TAR(".tar"),
    TAR_GZ(".tar.gz", ".tgz"),
    TAR_BZ2(".tar.bz2", ".tbz2", ".tbz"),
    TAR_XZ(".tar.xz", ".txz");

    private static final int TAR_MAGIC_OFFSET = 257;

    private final String[] suffixes;

    ArchiveFormat(String... suffixes) {
        this.suffixes = suffixes;
    }

    /** Returns the format whose file name suffix, ignoring case, the name ends with. */
    public static Optional<ArchiveFormat> byName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> Arrays.stream(format.suffixes).anyMatch(lower::endsWith))
                .findFirst();
    }

    /**
     * Returns the format that the first bytes of a file show: the zip, gzip, bzip2 and xz signatures, and the
     * {@code ustar} mark of a tar header. A compressed stream is taken to hold a tar archive.
     */
    public static Optional<ArchiveFormat> byContent(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return Optional.of(ZIP);
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return Optional.of(TAR_GZ);
        }
        if (startsWith(head, 'B', 'Z', 'h')) {
            return Optional.of(TAR_BZ2);
        }
        if (startsWith(head, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return Optional.of(TAR_XZ);
        }
        if (head.length >= TAR_MAGIC_OFFSET + 5
                && new String(head, TAR_MAGIC_OFFSET, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return Optional.of(TAR);
        }
        return Optional.empty();
    }

    /** Returns the usual file name suffixes of every format, for help and error messages. */
    public static String knownSuffixes() {
        return String.join(", ", Arrays.stream(values()).flatMap(format -> Arrays.stream(format.suffixes)).toList());
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
