package dev.codevault.desktop.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips folders of this repository's own sources, so window tests upload real code. */
public final class SourceArchives {

    private SourceArchives() {
    }

    /**
     * Writes a zip of every regular file under the folders, with paths relative to the repository root.
     *
     * @param repositoryRoot the folder the entry names start from
     * @param folders        folders under the root
     */
    public static Path zip(Path target, Path repositoryRoot, List<String> folders) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String folder : folders) {
                try (Stream<Path> files = Files.walk(repositoryRoot.resolve(folder))) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        zip.putNextEntry(new ZipEntry(repositoryRoot.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, zip);
                        zip.closeEntry();
                    }
                }
            }
        }
        return target;
    }
}
