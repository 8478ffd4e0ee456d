package dev.codevault.backend.analysis.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The files under a folder on disk. Symbolic links are not followed, and the folders of version control systems
 * ({@code .git}, {@code .hg}, {@code .svn}) are skipped.
 */
public final class DirectorySource implements SourceTree {

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn");

    private final Path root;

    /** Creates the tree of the folder; nothing is read until {@link #walk}. */
    public DirectorySource(Path root) {
        this.root = root;
    }

    @Override
    public SourceInfo info() {
        return new SourceInfo(SourceKind.DIRECTORY, "");
    }

    @Override
    public void walk(Predicate<String> pathFilter, Consumer<SourceFile> visitor) {
        if (!Files.isDirectory(root)) {
            throw new SourceException(root.toString(), "not a folder", "Pass an existing folder");
        }
        walkFolder(root, "", pathFilter, visitor);
    }

    private void walkFolder(Path folder, String prefix, Predicate<String> pathFilter, Consumer<SourceFile> visitor) {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        listFolder(folder, prefix, files, folders);

        for (Path file : files) {
            String path = prefix + file.getFileName();
            if (pathFilter.test(path)) {
                visitor.accept(new DiskFile(file, path));
            }
        }
        for (Path child : folders) {
            walkFolder(child, prefix + child.getFileName() + "/", pathFilter, visitor);
        }
    }

    /** Lists a folder's regular files, {@code .gitattributes} first then by name, and its sub-folders by name. */
    private void listFolder(Path folder, String prefix, List<Path> files, List<Path> folders) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes =
                        Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory() && !SKIPPED_FOLDERS.contains(entry.getFileName().toString())) {
                    folders.add(entry);
                } else if (attributes.isRegularFile()) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new SourceException(root.toString(), prefix.isEmpty() ? "." : prefix,
                    "cannot list this folder", "Check its permissions, or analyse a copy without it", e);
        }
        files.sort(Comparator.comparing((Path file) -> !file.getFileName().toString().equals(".gitattributes"))
                .thenComparing(file -> file.getFileName().toString()));
        folders.sort(Comparator.comparing(child -> child.getFileName().toString()));
    }

    private final class DiskFile implements SourceFile {

        private final Path file;
        private final String path;

        private DiskFile(Path file, String path) {
            this.file = file;
            this.path = path;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public FileContent read(long maxBytes) {
            try {
                if (Files.size(file) <= maxBytes) {
                    return new FileContent.Whole(Files.readAllBytes(file));
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return FileContents.read(in, maxBytes);
                }
            } catch (IOException e) {
                throw new SourceException(root.toString(), path, "cannot read this file",
                        "Check its permissions, or analyse a copy without it", e);
            }
        }
    }
}
