package dev.codevault.backend.analysis.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codevault.backend.analysis.AnalysisEngine;
import dev.codevault.backend.analysis.AnalysisOptions;
import dev.codevault.backend.analysis.source.DirectorySource;
import dev.codevault.backend.analysis.testing.FakeLanguageEngine;
import dev.codevault.backend.analysis.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonTest {

    @TempDir
    Path root;

    private JsonNode json;

    @BeforeEach
    void analyse() throws Exception {
        Trees.write(root, Map.of("secret-folder/Main.java", "fn secretFunction 7\n", "vendor/a.js", "x\n"));
        AnalysisResult result = new AnalysisEngine(new FakeLanguageEngine(), AnalysisOptions.defaults())
                .analyze(new DirectorySource(root));
        json = new ObjectMapper().readTree(ResultJson.toJson(result));
    }

    @Test
    void topLevelHoldsSummaryAndDetail() {
        assertThat(fieldNames(json)).containsExactly("summary", "detail");
    }

    @Test
    void summaryHoldsTheAggregates() {
        assertThat(fieldNames(json.get("summary"))).containsExactly("source", "totals", "languages", "categories",
                "fileTypes", "duplicates", "complexity", "cost", "durationMillis");
    }

    @Test
    void summaryRevealsNoPathOrFunctionName() {
        String summary = json.get("summary").toString();

        assertThat(summary).doesNotContain("secret-folder", "Main.java", "secretFunction", "vendor/");
    }

    @Test
    void costShowsEveryInput() {
        JsonNode inputs = json.at("/summary/cost/inputs");

        assertThat(fieldNames(inputs)).containsExactly("model", "effortCoefficient", "effortExponent",
                "scheduleCoefficient", "scheduleExponent", "annualSalary", "overheadMultiplier", "currency",
                "lowFactor", "highFactor");
    }

    @Test
    void costRangeHasThreePoints() {
        assertThat(fieldNames(json.at("/summary/cost"))).contains("low", "expected", "high");
    }

    @Test
    void languageLinesAreNamedByKind() {
        JsonNode java = json.at("/summary/languages/0");

        assertThat(java.get("name").asText()).isEqualTo("Java");
        assertThat(fieldNames(java.get("lines"))).containsExactly("lines", "code", "comment", "blank");
    }

    @Test
    void categoriesAreWrittenByName() {
        assertThat(json.at("/summary/categories/0/category").asText()).isEqualTo("SOURCE");
    }

    @Test
    void detailNamesFilesAndFunctions() {
        assertThat(json.at("/detail/files/0/path").asText()).isEqualTo("secret-folder/Main.java");
        assertThat(json.at("/detail/mostComplexFunctions/0/name").asText()).isEqualTo("secretFunction");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
