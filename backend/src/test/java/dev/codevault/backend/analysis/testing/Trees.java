package dev.codevault.backend.analysis.testing;

import dev.codevault.backend.analysis.source.FileContent;
import dev.codevault.backend.analysis.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers that write small trees and read trees back as path-to-text maps. */
public final class Trees {

    private Trees() {
    }

    /** Writes each path with its UTF-8 text under the root, creating folders as needed. */
    public static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the tree and returns each visited path with its whole content as UTF-8 text, in visiting order. */
    public static Map<String, String> read(SourceTree tree) {
        Map<String, String> files = new LinkedHashMap<>();
        tree.walk(path -> true, file -> {
            FileContent.Whole whole = (FileContent.Whole) file.read(1 << 20);
            files.put(file.path(), new String(whole.bytes(), StandardCharsets.UTF_8));
        });
        return files;
    }
}
