package dev.codevault.backend.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codevault.backend.analysis.source.ArchiveFormat;
import dev.codevault.backend.analysis.testing.Archives;
import dev.codevault.backend.analysis.testing.FakeLanguageEngine;
import dev.codevault.backend.analysis.testing.GitRepos;
import dev.codevault.backend.analysis.testing.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AnalyzeCommand.run(args, FakeLanguageEngine::new, new PrintWriter(out), new PrintWriter(err));
    }

    private Path sampleTree() {
        return Trees.write(root.resolve("tree"), Map.of("src/Main.java", "// Main\nfn main 7\n\n",
                "vendor/lib.js", "x\n", "README.md", "# Read me\n"));
    }

    @Nested
    class Tables {

        @Test
        void printsLanguageRowsAndTotal() {
            int exitCode = run(sampleTree().toString());

            assertThat(exitCode).isZero();
            assertThat(out.toString()).containsPattern("Java\\s+1\\s+3\\s+1\\s+1\\s+1\\s+7");
            assertThat(out.toString()).containsPattern("Total\\s+2\\s+4");
        }

        @Test
        void printsFilesReportedApart() {
            run(sampleTree().toString());

            assertThat(out.toString()).containsPattern("Vendored\\s+1\\s+1");
        }

        @Test
        void printsTheCostRangeAndItsInputs() {
            run(sampleTree().toString(), "--salary", "90000", "--currency", "EUR");

            assertThat(out.toString()).contains("Cost to replicate, basic COCOMO, organic, on 1 line of");
            assertThat(out.toString()).contains("Cost (EUR)");
            assertThat(out.toString()).contains("salary 90,000 EUR a year");
        }

        @Test
        void printsSingularForOneFile() {
            Path tree = Trees.write(root.resolve("single"), Map.of("Main.java", "fn main 1\n"));

            run(tree.toString());

            assertThat(out.toString()).contains(": 1 file, ");
            assertThat(out.toString()).contains("(1 function)");
            assertThat(out.toString()).doesNotContain("1 files").doesNotContain("1 lines");
        }

        @Test
        void printsTheMostComplexFunctions() {
            run(sampleTree().toString());

            assertThat(out.toString()).contains("main (src/Main.java:2)");
        }
    }

    @Nested
    class Json {

        @Test
        void printsTheFullResult() throws IOException {
            int exitCode = run(sampleTree().toString(), "--json");

            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(exitCode).isZero();
            assertThat(json.at("/summary/totals/files").asLong()).isEqualTo(2);
            assertThat(json.at("/detail/files").size()).isEqualTo(3);
        }

        @Test
        void readsAGitRevision() throws IOException {
            Path repo = root.resolve("repo");
            String first;
            try (Git git = GitRepos.init(repo)) {
                first = GitRepos.commit(git, Map.of("a.java", "x\n"), "First").name();
                GitRepos.commit(git, Map.of("b.java", "y\n"), "Second");
            }

            run(repo.toString(), "--json", "--rev", first);

            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.at("/summary/source/revision").asText()).isEqualTo(first);
            assertThat(json.at("/summary/totals/files").asLong()).isEqualTo(1);
        }

        @Test
        void readsAnArchive() throws IOException {
            Path archive = Files.write(root.resolve("code.tar.xz"),
                    Archives.of(ArchiveFormat.TAR_XZ, Map.of("a.java", "x\n")));

            run(archive.toString(), "--json");

            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.at("/summary/source/kind").asText()).isEqualTo("ARCHIVE");
        }

        @Test
        void appliesCostOptions() throws IOException {
            run(sampleTree().toString(), "--json", "--overhead", "1.5", "--cocomo", "3.0,1.12,2.5,0.35",
                    "--range", "0.8,1.25");

            JsonNode inputs = new ObjectMapper().readTree(out.toString()).at("/summary/cost/inputs");
            assertThat(inputs.get("overheadMultiplier").asDouble()).isEqualTo(1.5);
            assertThat(inputs.get("effortCoefficient").asDouble()).isEqualTo(3.0);
            assertThat(inputs.get("highFactor").asDouble()).isEqualTo(1.25);
        }
    }

    @Nested
    class ExitCodes {

        @Test
        void missingPathExitsWithTwo() {
            Path missing = root.resolve("missing");

            int exitCode = run(missing.toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("codevault analyze: " + missing + ": not found. Check the path.");
        }

        @Test
        void fileThatIsNoArchiveExitsWithTwo() throws IOException {
            Path text = Files.writeString(root.resolve("notes.txt"), "text");

            int exitCode = run(text.toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("not a folder, a git repository or an archive");
        }

        @Test
        void emptyArchiveFileExitsWithTwo() throws IOException {
            Path empty = Files.write(root.resolve("zero.zip"), new byte[0]);

            int exitCode = run(empty.toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("this file is empty, so it is no archive");
        }

        @Test
        void truncatedArchiveExitsWithTwo() throws IOException {
            byte[] archive = Archives.of(ArchiveFormat.TAR_GZ, Map.of("a.txt", "some text\n".repeat(10_000)));
            Path truncated = Files.write(root.resolve("cut.tar.gz"), Arrays.copyOf(archive, archive.length / 2));

            int exitCode = run(truncated.toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains(truncated + ": a.txt: cannot read this entry: the tar.gz archive is"
                    + " truncated or damaged. Check that the file is complete");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void unknownRevisionExitsWithTwo() {
            Path repo = root.resolve("repo");
            try (Git git = GitRepos.init(repo)) {
                GitRepos.commit(git, Map.of("a.java", "x\n"), "First");
            }

            int exitCode = run(repo.toString(), "--rev", "release-9");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("revision 'release-9' does not name a commit");
        }

        @Test
        void unknownOptionExitsWithTwo() {
            int exitCode = run(sampleTree().toString(), "--colour");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("Unknown option: '--colour'");
        }

        @Test
        void invalidCostInputExitsWithTwo() {
            int exitCode = run(sampleTree().toString(), "--salary", "-5");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--salary -5 is out of range");
        }

        @Test
        void missingPathArgumentExitsWithTwo() {
            int exitCode = run();

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
        }

        @Test
        void helpExitsWithZero() {
            int exitCode = run("--help");

            assertThat(exitCode).isZero();
            assertThat(out.toString()).contains("--rev=REV");
        }
    }
    @Nested
    class RevisionErrors {

        @Test
        void rejectsWorkingTreeWithRev() {
            Path repo = repositoryWithOneCommit();

            int exitCode = run(repo.toString(), "--working-tree", "--rev", "v1");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--working-tree and --rev cannot be combined");
        }

        @Test
        void rejectsEmptyRev() {
            Path repo = repositoryWithOneCommit();

            int exitCode = run(repo.toString(), "--rev=");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--rev is empty");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void namesRepositoryWithoutCommits() {
            Path repo = root.resolve("empty-repo");
            GitRepos.init(repo).close();

            int exitCode = run(repo.toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("this repository has no commits yet");
            assertThat(err.toString()).contains("--working-tree");
            assertThat(err.toString()).doesNotContain("does not name a commit");
        }

        @Test
        void rejectsTreeAsRevision() {
            Path repo = repositoryWithOneCommit();

            int exitCode = run(repo.toString(), "--rev", "HEAD^{tree}");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("names a tree or blob, not a commit");
            assertThat(err.toString()).doesNotContain("git fsck");
        }

        private Path repositoryWithOneCommit() {
            Path repo = root.resolve("repo");
            try (Git git = GitRepos.init(repo)) {
                GitRepos.commit(git, Map.of("a.java", "x\n"), "First");
            }
            return repo;
        }
    }

    @Nested
    class OptionErrors {

        @Test
        void helpShowsCocomoAsFourNumbers() {
            run("--help");

            assertThat(out.toString()).contains("--cocomo=A,B,C,D ");
            assertThat(out.toString()).doesNotContain("A,B,C,D[");
        }

        @Test
        void rejectsEightCocomoNumbers() {
            int exitCode = run(sampleTree().toString(), "--cocomo", "1,1,1,1,1,1,1,1");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--cocomo 1,1,1,1,1,1,1,1 is invalid: give 4 numbers");
        }

        @Test
        void rejectsRepeatedCocomo() {
            int exitCode = run(sampleTree().toString(), "--cocomo", "1,1,1,1", "--cocomo", "2,1,1,1");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).startsWith("codevault analyze: ").contains("--cocomo");
        }

        @Test
        void rejectsInfiniteCost() {
            int exitCode = run(sampleTree().toString(), "--salary=1e308", "--overhead=1e308");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--salary 1.0E308 is out of range");
            assertThat(err.toString()).contains("at most 1,000,000,000");
            assertThat(out.toString()).doesNotContain("Infinity");
        }

        @Test
        void rejectsOverheadAboveBound() {
            int exitCode = run(sampleTree().toString(), "--overhead=1000");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--overhead 1,000 is out of range").contains("at most 100");
        }

        @Test
        void rejectsUnknownCurrency() {
            int exitCode = run(sampleTree().toString(), "--currency=ZZZZ");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--currency ZZZZ is not an ISO 4217 currency code");
        }

        @Test
        void acceptsLowerCaseCurrency() {
            int exitCode = run(sampleTree().toString(), "--currency=eur");

            assertThat(exitCode).isZero();
            assertThat(out.toString()).contains("Cost (EUR)");
        }

        @Test
        void rejectsZeroThreads() {
            int exitCode = run(sampleTree().toString(), "--threads=0");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("codevault analyze: --threads 0 is out of range: give 1 or more.");
        }

        @Test
        void printsOneLineErrorAndHelpHint() {
            int exitCode = run(sampleTree().toString(), "--colour");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).startsWith("codevault analyze: Unknown option: '--colour'");
            assertThat(err.toString()).contains("Run 'codevault analyze --help'");
            assertThat(err.toString()).doesNotContain("Usage:");
        }
    }
}
