package dev.codevault.backend.analysis.cli;

import dev.codevault.backend.analysis.AnalysisEngine;
import dev.codevault.backend.analysis.AnalysisOptions;
import dev.codevault.backend.analysis.FileAnalysisException;
import dev.codevault.backend.analysis.cost.CostInputs;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.analysis.result.ResultJson;
import dev.codevault.backend.analysis.source.OpenedSource;
import dev.codevault.backend.analysis.source.SourceException;
import dev.codevault.backend.analysis.source.SourceTrees;
import dev.codevault.backend.mirror.MirrorFailure;
import dev.codevault.backend.mirror.RemoteClone;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code codevault analyze} command: analyses a folder, a git repository at a revision, an archive, or a remote
 * git repository by its https URL, and prints tables or the full result as JSON. Runs without Micronaut, so it
 * starts in well under a second. A remote is fetched into a temporary folder under the same URL and network rules
 * as the server's mirror, and the folder is deleted afterwards, whether the analysis succeeded or not.
 *
 * <p>Exit codes: 0 on success, 1 when the analysis fails on its own account, 2 for invalid arguments or input that
 * cannot be read.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Counts languages, lines, complexity and file types of a folder, a git repository, an"
                + " archive (zip, tar, tar.gz, tgz, tar.bz2, tar.xz) or a remote git repository given by its https"
                + " URL, and estimates the cost to write the code again. For a private remote, set"
                + " CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN.")
public final class AnalyzeCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_INPUT = 2;

    /**
     * The SLF4J 2 setting that names the logging provider. The command reports every problem itself, so it drops
     * library log lines: starting Logback took 0.1 to 0.2 s, a noticeable part of a short run.
     */
    private static final String LOGGING_PROVIDER_PROPERTY = "slf4j.provider";
    private static final String NO_LOGGING_PROVIDER = "org.slf4j.helpers.NOP_FallbackServiceProvider";
    /** The SLF4J 2 setting that keeps SLF4J's own note about the chosen provider off standard error. */
    private static final String LOGGING_VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

    /** The environment variable with the password or token for a remote; not an option, so it stays out of ps. */
    static final String TOKEN_VARIABLE = "CODEVAULT_GIT_TOKEN";
    static final String USERNAME_VARIABLE = "CODEVAULT_GIT_USERNAME";
    static final String ALLOW_PRIVATE_VARIABLE = "CODEVAULT_GIT_ALLOW_PRIVATE_NETWORKS";
    static final String TRUSTED_CERTIFICATES_VARIABLE = "CODEVAULT_GIT_TRUSTED_CERTIFICATES";

    @Parameters(index = "0", paramLabel = "PATH",
            description = "A folder, a git repository, an archive, or the https URL of a remote git repository.")
    private String target;

    @Option(names = "--json", description = "Print the full result as JSON instead of tables.")
    private boolean json;

    @Option(names = "--rev", paramLabel = "REV",
            description = "Revision to read from a git repository: a branch, tag or commit id. Default: HEAD.")
    private String revision;

    @Option(names = "--working-tree",
            description = "Read the files in a repository's folder instead of a commit.")
    private boolean workingTree;

    @Option(names = "--allow-private-networks",
            description = "Let a remote URL resolve to loopback, link-local or private addresses. Default: off, or"
                    + " on when CODEVAULT_GIT_ALLOW_PRIVATE_NETWORKS is true.")
    private boolean allowPrivateNetworks;

    @Option(names = "--trusted-certificates", paramLabel = "PEM_FILE",
            description = "Certificates to trust for a remote besides the JDK's default ones. Default:"
                    + " CODEVAULT_GIT_TRUSTED_CERTIFICATES.")
    private Path trustedCertificates;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: one per processor.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Files larger than this many bytes are hashed but not measured. Default: 16777216.")
    private long maxFileBytes = AnalysisOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--salary", paramLabel = "AMOUNT",
            description = "Annual salary of one developer, in the currency of --currency, above 0 and at most"
                    + " 1000000000. Default: 56286.")
    private double salary = CostInputs.basicCocomoOrganic().annualSalary();

    @Option(names = "--currency", paramLabel = "CODE",
            description = "ISO 4217 code of the currency of the salary and cost, such as EUR. Default: USD.")
    private String currency = CostInputs.basicCocomoOrganic().currency();

    @Option(names = "--overhead", paramLabel = "FACTOR",
            description = "Multiplier from salary to the full cost of a developer, above 0 and at most 100."
                    + " Default: 2.4.")
    private double overhead = CostInputs.basicCocomoOrganic().overheadMultiplier();

    @Option(names = "--cocomo", paramLabel = "A,B,C,D",
            description = "Basic COCOMO constants, four numbers above 0 and at most 10: effort = A * KSLOC^B,"
                    + " schedule = C * effort^D. Default: 2.4,1.05,2.5,0.38 (organic).")
    private String cocomo;

    @Option(names = "--range", paramLabel = "LOW,HIGH",
            description = "Factors on the expected effort for the low and high ends of the cost range: LOW above 0"
                    + " and at most 1, HIGH from 1 to 100. Default: 0.5,2.")
    private String range;

    private final Supplier<LanguageEngine> engines;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final Path tempRoot;

    AnalyzeCommand(Supplier<LanguageEngine> engines, PrintWriter out, PrintWriter err,
                   Map<String, String> environment, Path tempRoot) {
        this.engines = engines;
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.tempRoot = tempRoot;
    }

    /** Runs the command with the process's arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.setProperty(LOGGING_PROVIDER_PROPERTY, NO_LOGGING_PROVIDER);
        System.setProperty(LOGGING_VERBOSITY_PROPERTY, "WARN");
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = run(args, LanguageEngines::standard, out, err, System.getenv(),
                Path.of(System.getProperty("java.io.tmpdir")));
        out.flush();
        System.exit(exitCode);
    }

    /** Runs the command without environment variables and returns its exit code. */
    static int run(String[] args, Supplier<LanguageEngine> engines, PrintWriter out, PrintWriter err) {
        return run(args, engines, out, err, Map.of(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Runs the command and returns its exit code; the engine is created only once the arguments are valid.
     *
     * @param environment the variables that give a remote's login and network settings
     * @param tempRoot    the folder where a remote is fetched to, in a folder of its own that is deleted afterwards
     */
    static int run(String[] args, Supplier<LanguageEngine> engines, PrintWriter out, PrintWriter err,
                   Map<String, String> environment, Path tempRoot) {
        CommandLine commandLine = new CommandLine(new AnalyzeCommand(engines, out, err, environment, tempRoot));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("codevault analyze: " + exception.getMessage());
            err.println("Run 'codevault analyze --help' for the options.");
            err.flush();
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> {
            err.println("codevault analyze: the analysis failed unexpectedly: " + exception);
            exception.printStackTrace(err);
            err.flush();
            return EXIT_FAILED;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        AnalysisOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return fail(EXIT_BAD_INPUT, e.getMessage());
        }

        if (revision != null && revision.isBlank()) {
            return fail(EXIT_BAD_INPUT, "--rev is empty. Give a branch, tag or commit id, or leave out --rev to "
                    + "read HEAD.");
        }
        if (RemoteTarget.isRemote(target)) {
            return analyseRemote(options);
        }
        if (workingTree && revision != null) {
            return fail(EXIT_BAD_INPUT, "--working-tree and --rev cannot be combined, because --working-tree reads "
                    + "the folder's files and --rev reads a commit. Leave out one of them.");
        }
        Path path = Path.of(target);
        try (OpenedSource source = SourceTrees.open(path, revisionOrEmpty(), workingTree, options.maxFileBytes())) {
            AnalysisResult result = new AnalysisEngine(engines.get(), options).analyze(source.tree());
            printResult(path.toString(), result);
            return EXIT_OK;
        } catch (SourceException e) {
            return fail(EXIT_BAD_INPUT, e.getMessage());
        } catch (FileAnalysisException e) {
            return fail(EXIT_FAILED, e.getMessage());
        }
    }

    /**
     * Fetches the remote into a temporary folder, analyses the revision, and deletes the folder. Messages name the
     * URL without credentials and never the temporary folder.
     */
    private int analyseRemote(AnalysisOptions options) {
        if (workingTree) {
            return fail(EXIT_BAD_INPUT, "--working-tree reads a local folder, and a remote URL has none. Leave out "
                    + "--working-tree, or pass the folder of a clone.");
        }
        RemoteTarget remote;
        try {
            remote = RemoteTarget.of(target, environment, allowPrivateNetworks, trustedCertificates);
        } catch (IllegalArgumentException e) {
            return fail(EXIT_BAD_INPUT, e.getMessage());
        }

        try (RemoteClone clone = remote.fetch(tempRoot);
             OpenedSource source = SourceTrees.open(clone.repository(), revisionOrEmpty(), false,
                     options.maxFileBytes())) {
            AnalysisResult result = new AnalysisEngine(engines.get(), options).analyze(source.tree());
            printResult(remote.url().toString(), result);
            return EXIT_OK;
        } catch (MirrorFailure e) {
            return fail(EXIT_BAD_INPUT, e.getMessage());
        } catch (SourceException e) {
            return fail(EXIT_BAD_INPUT, remote.url() + ": " + e.messageWithoutPaths());
        } catch (FileAnalysisException e) {
            return fail(EXIT_FAILED, remote.url() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(EXIT_FAILED, "Reading " + remote.url() + " failed: " + e.getMessage() + ". Check that the "
                    + "temporary folder " + tempRoot + " is writable and has free space.");
        }
    }

    private AnalysisOptions options() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads " + threads + " is out of range: give 1 or more.");
        }
        if (maxFileBytes < 1 || maxFileBytes > AnalysisOptions.MAX_MAX_FILE_BYTES) {
            throw new IllegalArgumentException("--max-file-size " + maxFileBytes + " is out of range: give 1 to "
                    + AnalysisOptions.MAX_MAX_FILE_BYTES + " bytes.");
        }
        CostInputs cost = CostArguments.parse(salary, currency, overhead, cocomo, range);
        return AnalysisOptions.defaults().withThreads(threads).withMaxFileBytes(maxFileBytes).withCost(cost);
    }

    private String revisionOrEmpty() {
        return revision == null ? "" : revision;
    }

    private void printResult(String input, AnalysisResult result) {
        if (json) {
            out.println(ResultJson.toJson(result));
        } else {
            new TableReport(out).print(input, result);
        }
        out.flush();
    }

    private int fail(int exitCode, String message) {
        err.println("codevault analyze: " + message);
        err.flush();
        return exitCode;
    }
}
