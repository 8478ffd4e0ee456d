package dev.codevault.backend.analysis.lang;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.codevault.backend.analysis.count.HeredocStyle;
import dev.codevault.backend.analysis.count.StringKind;
import dev.codevault.backend.analysis.count.StringRule;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageDefinitionsTest {

    @Nested
    class BundledDefinitions {

        private final LanguageDefinitions definitions = DefinitionsReader.readBundled();

        @Test
        void describeAtLeastTwoHundredLanguages() {
            assertThat(definitions.languages()).hasSizeGreaterThanOrEqualTo(200);
        }

        @Test
        void passEveryCatalogCheck() {
            LanguageCatalog catalog = LanguageCatalog.of(definitions);

            assertThat(catalog.entries()).hasSameSizeAs(definitions.languages());
        }

        @Test
        void haveUniqueNamesAndAliasesIgnoringCase() {
            Set<String> seen = new HashSet<>();

            for (LanguageDefinition language : definitions.languages()) {
                Set<String> own = new HashSet<>();
                own.add(language.name().toLowerCase(Locale.ROOT));
                language.aliases().forEach(alias -> own.add(alias.toLowerCase(Locale.ROOT)));
                for (String key : own) {
                    assertThat(seen.add(key)).as("name or alias '%s' of %s", key, language.name()).isTrue();
                }
            }
        }

        @Test
        void giveEveryLanguageAWayToBeFound() {
            for (LanguageDefinition language : definitions.languages()) {
                int ways = language.extensions().size() + language.fileNames().size()
                        + language.interpreters().size();
                assertThat(ways).as("extensions, file names or interpreters of %s", language.name()).isPositive();
            }
        }

        @Test
        void giveComplexityRulesToTheRequiredLanguages() {
            List<String> required = List.of("Java", "Kotlin", "C", "C++", "C#", "Go", "JavaScript", "TypeScript",
                    "Python", "Ruby", "PHP", "Rust", "Swift", "Scala");

            for (String name : required) {
                LanguageDefinition language = definitions.languages().stream()
                        .filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
                String rules = language.complexity();
                assertThat(rules).as("complexity rules of %s", name).isNotNull();
                assertThat(definitions.complexity().get(rules).functions()).as("function style of %s", name)
                        .isNotEqualTo(dev.codevault.backend.analysis.complexity.FunctionStyle.NONE);
            }
        }

        @Test
        void useOnlyDefinedSyntaxes() {
            for (LanguageDefinition language : definitions.languages()) {
                assertThat(definitions.syntaxes()).as("syntax of %s", language.name()).containsKey(language.syntax());
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void readsEnumsInAnyCase() {
            String json = """
                    {"syntaxes": {"s": {"strings": [{"kind": "Char", "open": "'"}], "heredoc": "PHP"}},
                     "languages": [{"name": "Foo", "type": "DATA", "extensions": ["foo"], "syntax": "s"}]}""";

            LanguageDefinitions definitions = read(json);

            assertThat(definitions.syntaxes().get("s").strings().get(0).kind()).isEqualTo(StringKind.CHAR);
            assertThat(definitions.syntaxes().get("s").heredoc()).isEqualTo(HeredocStyle.PHP);
            assertThat(definitions.languages().get(0).type()).isEqualTo(LanguageType.DATA);
        }

        @Test
        void readsMissingFieldsAsDefaults() {
            String json = """
                    {"syntaxes": {"s": {"strings": [{"open": "'"}]}},
                     "languages": [{"name": "Foo", "type": "data", "extensions": ["foo"], "syntax": "s"}]}""";

            LanguageDefinitions definitions = read(json);

            StringRule rule = definitions.syntaxes().get("s").strings().get(0);
            assertThat(rule.kind()).isEqualTo(StringKind.QUOTED);
            assertThat(rule.close()).isEqualTo("'");
            assertThat(rule.escape()).isNull();
            assertThat(rule.multiline()).isFalse();
            assertThat(definitions.languages().get(0).aliases()).isEmpty();
            assertThat(definitions.complexity()).isEmpty();
        }

        @Test
        void readsEscapesInStrings() {
            String json = """
                    {"syntaxes": {"s": {"lineComments": ["\\u00e9\\t\\"\\\\\\/"]}}}""";

            LanguageDefinitions definitions = read(json);

            assertThat(definitions.syntaxes().get("s").lineComments()).containsExactly("\u00e9\t\"\\/");
        }

        @Test
        void readsNullsAsAbsent() {
            String json = """
                    {"syntaxes": {"s": {"heredoc": null, "docstrings": null, "strings": null}}, "complexity": null}""";

            LanguageDefinitions definitions = read(json);

            assertThat(definitions.syntaxes().get("s").heredoc()).isNull();
            assertThat(definitions.syntaxes().get("s").docstrings()).isFalse();
            assertThat(definitions.syntaxes().get("s").strings()).isEmpty();
        }

        private LanguageDefinitions read(String json) {
            return DefinitionsReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Nested
    class BrokenDefinitions {

        @Test
        void rejectDuplicateName() {
            String json = definitions("""
                    {"name": "Foo", "type": "programming", "extensions": ["foo"], "syntax": "plain"},
                    {"name": "foo", "type": "programming", "extensions": ["bar"], "syntax": "plain"}""", "");

            assertThatThrownBy(() -> load(json)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'foo'").hasMessageContaining("keep it in one");
        }

        @Test
        void rejectUnknownSyntax() {
            String json = definitions("""
                    {"name": "Foo", "type": "programming", "extensions": ["foo"], "syntax": "missing"}""", "");

            assertThatThrownBy(() -> load(json)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unknown syntax 'missing'");
        }

        @Test
        void rejectSharedExtensionWithoutContentRule() {
            String json = definitions("""
                    {"name": "Foo", "type": "programming", "extensions": ["x"], "syntax": "plain"},
                    {"name": "Bar", "type": "programming", "extensions": ["x"], "syntax": "plain"}""", "");

            assertThatThrownBy(() -> load(json)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Extension 'x'").hasMessageContaining("without a content rule");
        }

        @Test
        void rejectContentRuleThatNeverPicksAClaimant() {
            String json = definitions("""
                    {"name": "Foo", "type": "programming", "extensions": ["x"], "syntax": "plain"},
                    {"name": "Bar", "type": "programming", "extensions": ["x"], "syntax": "plain"},
                    {"name": "Baz", "type": "programming", "extensions": ["x"], "syntax": "plain"}""",
                    """
                    {"extension": "x", "patterns": [{"language": "Foo", "pattern": "foo"}], "fallback": "Bar"}""");

            assertThatThrownBy(() -> load(json)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("never picks");
        }

        @Test
        void rejectIncompleteStringRule() {
            String json = """
                    {"syntaxes": {"bad": {"strings": [{"escape": "\\\\"}]}},
                     "languages": [{"name": "Foo", "type": "programming", "extensions": ["foo"], "syntax": "bad"}]}
                    """;

            assertThatThrownBy(() -> load(json)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Invalid syntax 'bad'").hasMessageContaining("Missing string open");
        }

        @Test
        void rejectUpperCaseExtension() {
            String json = definitions("""
                    {"name": "Foo", "type": "programming", "extensions": [".Foo"], "syntax": "plain"}""", "");

            assertThatThrownBy(() -> load(json)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("invalid extension '.Foo'");
        }

        @Test
        void rejectUnknownField() {
            String json = definitions("""
                    {"name": "Foo", "type": "programming", "extensions": ["foo"], "syntax": "plain", "colour": 1}""",
                    "");

            assertThatThrownBy(() -> load(json)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("unknown field 'colour' in languages[0]");
        }

        @Test
        void rejectUnknownEnumValue() {
            String json = definitions("""
                    {"name": "Foo", "type": "programmable", "extensions": ["foo"], "syntax": "plain"}""", "");

            assertThatThrownBy(() -> load(json)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("invalid type 'programmable' in languages[0]")
                    .hasMessageContaining("programming");
        }

        @Test
        void rejectWrongFieldType() {
            String json = """
                    {"syntaxes": {"bad": {"lineComments": "#"}}}""";

            assertThatThrownBy(() -> load(json)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("field 'lineComments' in syntaxes.bad must be a JSON array");
        }

        @Test
        void rejectInvalidJson() {
            String json = "{\"syntaxes\": {\"plain\": {}},\n \"languages\": [}";

            assertThatThrownBy(() -> load(json)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Invalid JSON at line 2, column 16");
        }

        private LanguageEngine load(String json) {
            return LanguageEngines.fromDefinitions(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }

        private String definitions(String languages, String rules) {
            return "{\"syntaxes\": {\"plain\": {}}, \"languages\": [" + languages + "], \"contentRules\": [" + rules
                    + "]}";
        }
    }
}
