package dev.codevault.backend.archive;

import static dev.codevault.backend.archive.Messages.quote;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.ObjectChecker;

/**
 * Turns entry names into repository paths, or rejects them. The rules, in the order they apply:
 *
 * <ul>
 *   <li>An empty name, and a name with an ISO control character (NUL, U+0001 to U+001F, U+007F to U+009F), is
 *       rejected.</li>
 *   <li>An absolute path is rejected: a leading {@code /}, a leading {@code \} (which covers {@code \\server\share}
 *       UNC paths) and a leading drive letter such as {@code C:}.</li>
 *   <li>Any other backslash is rejected, because Windows reads it as a separator and the zip and tar formats do not,
 *       so the same name would mean two different paths.</li>
 *   <li>Empty segments ({@code a//b}) and {@code .} segments (including a {@code ./} prefix) are dropped. A
 *       {@code ..} segment removes the segment before it ({@code a/../b} is {@code b}). A {@code ..} with nothing
 *       left to remove escapes the archive's root and is rejected.</li>
 *   <li>A path longer than {@value #MAX_PATH_CHARS} characters is rejected.</li>
 * </ul>
 *
 * <p>Two more rules need the caller, because one of them skips an entry rather than rejecting it.
 * {@link #isRepositoryData} finds entries under a segment that is exactly {@code .git}: the repository data of a
 * project folder zipped with its git folder, which the scan leaves out. {@link #checkStorable} then rejects every
 * other segment that git reserves: {@code .git} in another case, and the variants that Windows ({@code git~1},
 * trailing dots and spaces) or macOS (ignorable Unicode characters) read as {@code .git}. JGit's
 * {@link ObjectChecker} decides, with its macOS checks on.
 *
 * <p>Names are not changed otherwise: no Unicode normalisation and no case folding, so {@code README} and
 * {@code readme} are two paths, as git stores them.
 *
 * <p>Not thread-safe: a scan creates its own instance.
 */
final class EntryNames {

    /** The longest path accepted, in characters, after normalisation; Linux's {@code PATH_MAX} is 4,096 bytes. */
    static final int MAX_PATH_CHARS = 4096;

    private static final String GIT_FOLDER = ".git";
    private static final String RENAME = "Rename the entry and create the archive again.";

    private final ObjectChecker gitNames = new ObjectChecker().setSafeForMacOS(true);

    /**
     * Returns the normalised path of an entry, without leading or trailing slashes. A folder entry that names the
     * root itself, such as {@code ./}, returns an empty string.
     *
     * @throws ArchiveRejectedException with {@link Reason#UNSAFE_PATH} when the name breaks a rule
     */
    String normalise(String name, boolean folder) {
        checkCharacters(name);
        checkNotAbsolute(name);
        checkNoBackslash(name);

        String path = resolveSegments(name);
        if (path.isEmpty() && !folder) {
            throw unsafe(name, "does not name a file inside the archive. " + RENAME);
        }
        if (path.length() > MAX_PATH_CHARS) {
            throw unsafe(name, "is longer than " + MAX_PATH_CHARS + " characters. Shorten the path and create the "
                    + "archive again.");
        }
        return path;
    }

    /** Returns whether a normalised path lies under, or is, a segment named exactly {@code .git}. */
    static boolean isRepositoryData(String path) {
        return path.equals(GIT_FOLDER) || path.startsWith(GIT_FOLDER + "/") || path.endsWith("/" + GIT_FOLDER)
                || path.contains("/" + GIT_FOLDER + "/");
    }

    /**
     * Checks that git can store a normalised, non-empty path that is not repository data.
     *
     * @throws ArchiveRejectedException with {@link Reason#UNSAFE_PATH} when a segment is one that git reserves
     */
    void checkStorable(String name, String path) {
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        try {
            gitNames.checkPath(raw, 0, raw.length);
        } catch (CorruptObjectException e) {
            throw new ArchiveRejectedException(Reason.UNSAFE_PATH, "Entry " + quote(name) + " uses a name that "
                    + "Windows or macOS reads as '.git', the folder git reserves for its own data. Rename the "
                    + "entry and create the archive again.", e);
        }
    }

    private static void checkCharacters(String name) {
        if (name.isEmpty()) {
            throw unsafe(name, "has an empty name. Create the archive again with a tool that names every entry.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw unsafe(name, String.format(Locale.ROOT, "contains the control character U+%04X. %s",
                        (int) c, RENAME));
            }
        }
    }

    private static void checkNotAbsolute(String name) {
        if (name.startsWith("/") || name.startsWith("\\")) {
            throw unsafe(name, "is an absolute path. Create the archive from inside the project folder so that "
                    + "every path is relative to it.");
        }
        if (name.length() >= 2 && isAsciiLetter(name.charAt(0)) && name.charAt(1) == ':') {
            throw unsafe(name, "starts with a drive letter, so it is an absolute Windows path. Create the archive "
                    + "from inside the project folder so that every path is relative to it.");
        }
    }

    private static void checkNoBackslash(String name) {
        if (name.indexOf('\\') >= 0) {
            throw unsafe(name, "contains a backslash, which Windows reads as a folder separator and zip and tar "
                    + "do not. Rename the entry, or create the archive with a tool that separates folders with '/'.");
        }
    }

    private static String resolveSegments(String name) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw unsafe(name, "leads outside the archive's root folder through '..'. Create the archive "
                            + "from inside the project folder, or remove the entry.");
                }
                segments.removeLast();
                continue;
            }
            segments.addLast(segment);
        }
        return String.join("/", segments);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static ArchiveRejectedException unsafe(String name, String problem) {
        return new ArchiveRejectedException(Reason.UNSAFE_PATH, "Entry " + quote(name) + " " + problem);
    }
}
