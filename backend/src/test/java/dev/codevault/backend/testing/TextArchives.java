package dev.codevault.backend.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes large archives of text-like files, for tests and benchmarks that need many megabytes to import. */
public final class TextArchives {

    private static final int LINE_BYTES = 100;
    private static final int LINES_PER_FILE = 10_000;

    private TextArchives() {
    }

    /**
     * Writes a zip of files of random lower-case lines, about one megabyte each, with a fixed seed.
     *
     * @param megabytes the expanded size, in millions of bytes
     */
    public static Path zipOfMegabytes(int megabytes) throws IOException {
        Path archive = Files.createTempFile("codevault-" + megabytes + "mb", ".zip");
        Random random = new Random(42);
        byte[] line = new byte[LINE_BYTES];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.setLevel(1);
            for (int file = 0; file < megabytes; file++) {
                zip.putNextEntry(new ZipEntry("data/part" + file + ".txt"));
                for (int row = 0; row < LINES_PER_FILE; row++) {
                    for (int i = 0; i < line.length - 1; i++) {
                        line[i] = (byte) ('a' + random.nextInt(26));
                    }
                    line[line.length - 1] = '\n';
                    zip.write(line);
                }
                zip.closeEntry();
            }
        }
        return archive;
    }
}
