package dev.codevault.backend.analysis.classify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.attributes.AttributesNode;
import org.eclipse.jgit.attributes.AttributesRule;

/**
 * The {@code .gitattributes} files of a tree, and the Linguist attributes they give each path. Parsing and pattern
 * matching are JGit's, so patterns follow gitattributes rules: a pattern without {@code /} matches a file name at any
 * depth below its folder, {@code **} spans folders, and a pattern naming a folder does not match the files inside.
 * Deeper files override shallower ones, and a later line overrides an earlier one.
 *
 * <p>NOTE: macros such as {@code [attr]name} and {@code $GIT_DIR/info/attributes} are not read.
 *
 * <p>Not thread-safe: add and resolve from one thread.
 */
public final class GitAttributes {

    static final String VENDORED = "linguist-vendored";
    static final String GENERATED = "linguist-generated";
    static final String DOCUMENTATION = "linguist-documentation";
    static final String LANGUAGE = "linguist-language";

    private final Map<String, AttributesNode> nodesByFolder = new HashMap<>();

    /** Returns whether the path names a {@code .gitattributes} file. */
    public static boolean isAttributesFile(String path) {
        return path.equals(".gitattributes") || path.endsWith("/.gitattributes");
    }

    /**
     * Adds the rules of one {@code .gitattributes} file.
     *
     * @param path    the file's path in the tree
     * @param content the file's content
     */
    public void add(String path, byte[] content) {
        AttributesNode node = new AttributesNode();
        try {
            node.parse(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from memory failed", e);
        }
        nodesByFolder.put(folderOf(path), node);
    }

    /** Returns the Linguist attributes of a file at the path, with the rules added so far. */
    public LinguistAttributes resolve(String path) {
        if (nodesByFolder.isEmpty()) {
            return LinguistAttributes.NONE;
        }
        Map<String, Attribute> attributes = new HashMap<>();
        for (String folder : foldersFromRoot(path)) {
            AttributesNode node = nodesByFolder.get(folder);
            if (node != null) {
                applyMatchingRules(node, path.substring(folder.isEmpty() ? 0 : folder.length() + 1), attributes);
            }
        }
        return new LinguistAttributes(flag(attributes.get(VENDORED)), flag(attributes.get(GENERATED)),
                flag(attributes.get(DOCUMENTATION)), languageOf(attributes.get(LANGUAGE)));
    }

    private static void applyMatchingRules(AttributesNode node, String relativePath, Map<String, Attribute> into) {
        for (AttributesRule rule : node.getRules()) {
            if (rule.isMatch(relativePath, false)) {
                for (Attribute attribute : rule.getAttributes()) {
                    into.put(attribute.getKey(), attribute);
                }
            }
        }
    }

    private static AttributeFlag flag(Attribute attribute) {
        if (attribute == null) {
            return AttributeFlag.UNSPECIFIED;
        }
        return switch (attribute.getState()) {
            case SET -> AttributeFlag.SET;
            case UNSET -> AttributeFlag.UNSET;
            case UNSPECIFIED -> AttributeFlag.UNSPECIFIED;
            case CUSTOM -> customFlag(attribute.getValue());
        };
    }

    private static AttributeFlag customFlag(String value) {
        if (value.equalsIgnoreCase("true")) {
            return AttributeFlag.SET;
        }
        if (value.equalsIgnoreCase("false")) {
            return AttributeFlag.UNSET;
        }
        return AttributeFlag.UNSPECIFIED;
    }

    private static String languageOf(Attribute attribute) {
        if (attribute == null || attribute.getState() != Attribute.State.CUSTOM) {
            return "";
        }
        return attribute.getValue();
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Returns the folders that hold the path, the root ({@code ""}) first. */
    private static String[] foldersFromRoot(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        String[] folders = new String[depth + 1];
        folders[0] = "";
        int found = 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                folders[found++] = path.substring(0, i);
            }
        }
        return folders;
    }
}
