package dev.codevault.backend.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.analysis.classify.FileCategory;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import dev.codevault.backend.analysis.lang.LineCounts;
import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.analysis.result.FileResult;
import dev.codevault.backend.analysis.result.LanguageSummary;
import dev.codevault.backend.analysis.source.ArchiveFormat;
import dev.codevault.backend.analysis.source.ArchiveSource;
import dev.codevault.backend.analysis.source.GitCommitSource;
import dev.codevault.backend.analysis.testing.Archives;
import dev.codevault.backend.analysis.testing.GitRepos;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline end to end on the standard language engine, from a git commit and from an archive. */
class StandardEngineAnalysisTest {

    private static final Map<String, String> TREE = new LinkedHashMap<>();

    static {
        TREE.put(".gitattributes", "*.tpl linguist-language=Python\nthird/** linguist-vendored\n");
        TREE.put("src/Main.java", "class Main {\n    // entry\n\n    void run() {}\n}\n");
        TREE.put("tools/build.tpl", "# helper\nx = 1\n");
        TREE.put("third/Lib.java", "class Lib {}\n");
        TREE.put("node_modules/pad/index.js", "module.exports = 1;\n");
    }

    @TempDir
    Path root;

    private final AnalysisEngine engine = new AnalysisEngine(LanguageEngines.standard(), AnalysisOptions.defaults());

    private static FileResult file(AnalysisResult result, String path) {
        return result.detail().files().stream().filter(each -> each.path().equals(path)).findFirst().orElseThrow();
    }

    private static LanguageSummary language(AnalysisResult result, String name) {
        return result.summary().languages().stream().filter(each -> each.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void gitCommitIsCountedByLanguage() {
        try (Git git = GitRepos.init(root)) {
            GitRepos.commit(git, TREE, "First");

            AnalysisResult result = engine.analyze(GitCommitSource.at(git.getRepository(), "repo", "HEAD"));

            assertThat(language(result, "Java").lines()).isEqualTo(new LineCounts(5, 3, 1, 1));
            assertThat(language(result, "Java").files()).isEqualTo(1);
            assertThat(file(result, "tools/build.tpl").language()).isEqualTo("Python");
            assertThat(file(result, "third/Lib.java").category()).isEqualTo(FileCategory.VENDORED);
            assertThat(file(result, "node_modules/pad/index.js").category()).isEqualTo(FileCategory.VENDORED);
        }
    }

    @Test
    void functionsOfTheEngineFillTheBands() {
        try (Git git = GitRepos.init(root)) {
            GitRepos.commit(git, Map.of("Checks.java", "class Checks {\n"
                    + "    int simple() { return 1; }\n"
                    + "    int branchy(int a, int b) {\n"
                    + "        if (a > 0 && b > 0) { return 1; }\n"
                    + "        for (int i = 0; i < a; i++) { if (i == b || i == a) { return i; } }\n"
                    + "        return a > b ? a : b;\n"
                    + "    }\n}\n"), "First");

            AnalysisResult result = engine.analyze(GitCommitSource.at(git.getRepository(), "repo", "HEAD"));

            assertThat(result.summary().complexity().functions()).isEqualTo(2);
            assertThat(result.summary().complexity().bands().get(0).functions()).isEqualTo(1);
            assertThat(result.summary().complexity().bands().get(1).functions()).isEqualTo(1);
            assertThat(result.detail().mostComplexFunctions().get(0).name()).contains("branchy");
        }
    }

    @Test
    void archiveGivesTheSameSummaryAsTheCommit() {
        byte[] archive = Archives.of(ArchiveFormat.TAR_GZ, TREE);
        AnalysisResult fromArchive = engine.analyze(new ArchiveSource("tree.tgz", ArchiveFormat.TAR_GZ,
                () -> new ByteArrayInputStream(archive), AnalysisOptions.DEFAULT_MAX_FILE_BYTES));
        AnalysisResult fromCommit;
        try (Git git = GitRepos.init(root)) {
            GitRepos.commit(git, TREE, "First");
            fromCommit = engine.analyze(GitCommitSource.at(git.getRepository(), "repo", "HEAD"));
        }

        assertThat(fromArchive.summary().languages()).isEqualTo(fromCommit.summary().languages());
        assertThat(fromArchive.summary().categories()).isEqualTo(fromCommit.summary().categories());
        assertThat(fromArchive.detail().files()).isEqualTo(fromCommit.detail().files());
    }
}
