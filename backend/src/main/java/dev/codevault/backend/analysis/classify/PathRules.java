package dev.codevault.backend.analysis.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Built-in rules that classify a file by its path alone. The lists are our own, in the spirit of GitHub Linguist's
 * vendor and documentation lists; they are not a copy of them.
 */
public final class PathRules {

    /** Dependency folders at any depth, matched without regard to case. */
    private static final Pattern VENDORED_FOLDER = Pattern.compile(
            "(^|/)(node_modules|bower_components|jspm_packages|vendors?|third[-_]?party|3rd[-_]?party|Pods"
                    + "|Carthage/(Checkouts|Build)|Godeps/_workspace|\\.yarn/(releases|plugins|sdks)|\\.bundle"
                    + "|site-packages|\\.?venv|__pypackages__|\\.mvn/wrapper|gradle/wrapper)/",
            Pattern.CASE_INSENSITIVE);

    /** Build tool wrappers and well-known bundled libraries, by file name. */
    private static final Pattern VENDORED_FILE = Pattern.compile(
            "(^|/)(gradlew(\\.bat)?|mvnw(\\.cmd)?"
                    + "|jquery([-.][\\w.-]*)?\\.js|jquery-ui([-.][\\w.-]*)?\\.(js|css)"
                    + "|bootstrap([-.][\\w.-]*)?\\.(js|css)|popper(\\.min)?\\.js"
                    + "|(angular|react|react-dom|vue|lodash|underscore|backbone|moment|modernizr|require|d3)"
                    + "([-.][\\w.-]*)?\\.min\\.js|normalize\\.css)$",
            Pattern.CASE_INSENSITIVE);

    /** Documentation folders: near the root for short names, at any depth for unambiguous ones. */
    private static final Pattern DOCUMENTATION_FOLDER = Pattern.compile(
            "^([^/]+/)?(docs?|man|examples?|samples?|demos?)/|(^|/)(documentation|javadoc|groovydoc)/",
            Pattern.CASE_INSENSITIVE);

    /**
     * Documentation files by name, without an extension or with a text one, so that a class such as
     * {@code History.java} is not documentation.
     */
    private static final Pattern DOCUMENTATION_FILE = Pattern.compile(
            "(^|/)(readme|changelog|changes|history|news|licen[cs]e|copying|contributing|contributors|authors"
                    + "|notice|code_of_conduct|install|security)"
                    + "([-_][\\w-]*)?(\\.(md|markdown|txt|rst|adoc|asciidoc|org|html?|pod|rdoc|textile))?$",
            Pattern.CASE_INSENSITIVE);

    /** Lock files of package managers, by exact file name. */
    private static final Set<String> LOCK_FILES = Set.of(
            "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "deno.lock",
            "cargo.lock", "gemfile.lock", "pipfile.lock", "poetry.lock", "uv.lock", "pdm.lock", "composer.lock",
            "go.sum", "podfile.lock", "package.resolved", "cartfile.resolved", "mix.lock", "flake.lock",
            "pubspec.lock", "gradle.lockfile", "packages.lock.json", "paket.lock");

    /** Output of protocol buffer, gRPC and other code generators, by file name suffix. */
    private static final Pattern GENERATED_FILE = Pattern.compile(
            "(\\.pb\\.(go|h|cc|swift|dart|rs)|\\.pb\\.gw\\.go|_pb2(_grpc)?\\.pyi?|_(grpc_)?pb\\.(js|d\\.ts)"
                    + "|\\.grpc\\.swift|\\.pb(grpc|enum|json|server)\\.dart|\\.designer\\.cs|\\.g\\.(i\\.)?cs"
                    + "|\\.g\\.dart|\\.freezed\\.dart|(^|/)zz_generated\\.[\\w.]+\\.go|\\.(js|css)\\.map)$",
            Pattern.CASE_INSENSITIVE);

    private PathRules() {
    }

    /** Returns whether the path is in a dependency folder or names a tool wrapper or a bundled library. */
    public static boolean isVendored(String path) {
        return VENDORED_FOLDER.matcher(path).find() || VENDORED_FILE.matcher(path).find();
    }

    /** Returns whether the path is in a documentation folder or names a README, CHANGELOG or similar file. */
    public static boolean isDocumentation(String path) {
        return DOCUMENTATION_FOLDER.matcher(path).find() || DOCUMENTATION_FILE.matcher(path).find();
    }

    /** Returns whether the file name is a lock file or the usual output name of a code generator. */
    public static boolean isGeneratedName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return LOCK_FILES.contains(name) || GENERATED_FILE.matcher(path).find();
    }

    /**
     * Returns the file's extension in lower case without the dot, or an empty string when the name has none. A
     * leading dot, as in {@code .gitignore}, does not start an extension.
     */
    public static String extensionOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
