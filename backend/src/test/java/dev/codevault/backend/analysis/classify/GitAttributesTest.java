package dev.codevault.backend.analysis.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GitAttributesTest {

    private static GitAttributes withFiles(String... pathsAndContents) {
        GitAttributes attributes = new GitAttributes();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            attributes.add(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return attributes;
    }

    @Nested
    class Flags {

        @Test
        void setAttributeIsSet() {
            GitAttributes attributes = withFiles(".gitattributes", "lib/** linguist-vendored\n");

            assertThat(attributes.resolve("lib/a/b.js").vendored()).isEqualTo(AttributeFlag.SET);
        }

        @Test
        void minusPrefixUnsets() {
            GitAttributes attributes = withFiles(".gitattributes", "vendor/ours/** -linguist-vendored\n");

            assertThat(attributes.resolve("vendor/ours/x.go").vendored()).isEqualTo(AttributeFlag.UNSET);
        }

        @Test
        void falseValueUnsets() {
            GitAttributes attributes = withFiles(".gitattributes", "*.pb.go linguist-generated=false\n");

            assertThat(attributes.resolve("api/x.pb.go").generated()).isEqualTo(AttributeFlag.UNSET);
        }

        @Test
        void trueValueSets() {
            GitAttributes attributes = withFiles(".gitattributes", "site/** linguist-documentation=true\n");

            assertThat(attributes.resolve("site/index.html").documentation()).isEqualTo(AttributeFlag.SET);
        }

        @Test
        void exclamationResetsToUnspecified() {
            GitAttributes attributes = withFiles(".gitattributes",
                    "*.js linguist-generated\nsrc/*.js !linguist-generated\n");

            assertThat(attributes.resolve("src/app.js").generated()).isEqualTo(AttributeFlag.UNSPECIFIED);
        }

        @Test
        void pathWithoutRulesHasNone() {
            GitAttributes attributes = withFiles(".gitattributes", "*.js linguist-vendored\n");

            assertThat(attributes.resolve("src/Main.java")).isEqualTo(LinguistAttributes.NONE);
        }
    }

    @Nested
    class Precedence {

        @Test
        void laterLineOverridesEarlierLine() {
            GitAttributes attributes = withFiles(".gitattributes",
                    "*.js linguist-vendored\nsrc/*.js -linguist-vendored\n");

            assertThat(attributes.resolve("src/app.js").vendored()).isEqualTo(AttributeFlag.UNSET);
        }

        @Test
        void deeperFileOverridesRootFile() {
            GitAttributes attributes = withFiles(".gitattributes", "*.js linguist-vendored\n",
                    "web/.gitattributes", "*.js -linguist-vendored\n");

            assertThat(attributes.resolve("web/app.js").vendored()).isEqualTo(AttributeFlag.UNSET);
        }

        @Test
        void deeperFileDoesNotReachSiblingFolders() {
            GitAttributes attributes = withFiles("web/.gitattributes", "*.js linguist-vendored\n");

            assertThat(attributes.resolve("api/app.js").vendored()).isEqualTo(AttributeFlag.UNSPECIFIED);
        }

        @Test
        void patternWithSlashIsRelativeToItsFolder() {
            GitAttributes attributes = withFiles("web/.gitattributes", "/lib/*.js linguist-vendored\n");

            assertThat(attributes.resolve("web/lib/a.js").vendored()).isEqualTo(AttributeFlag.SET);
        }

        @Test
        void folderPatternDoesNotMatchFilesInside() {
            GitAttributes attributes = withFiles(".gitattributes", "lib/ linguist-vendored\n");

            assertThat(attributes.resolve("lib/a.js").vendored()).isEqualTo(AttributeFlag.UNSPECIFIED);
        }
    }

    @Nested
    class Language {

        @Test
        void languageOverrideCarriesTheName() {
            GitAttributes attributes = withFiles(".gitattributes", "*.inc linguist-language=PHP\n");

            assertThat(attributes.resolve("a/b.inc").language()).isEqualTo("PHP");
        }

        @Test
        void noOverrideIsEmpty() {
            GitAttributes attributes = withFiles(".gitattributes", "*.inc linguist-language=PHP\n");

            assertThat(attributes.resolve("a/b.php").language()).isEmpty();
        }
    }

    @Test
    void attributesFilesAreRecognisedByName() {
        assertThat(GitAttributes.isAttributesFile("a/.gitattributes")).isTrue();
        assertThat(GitAttributes.isAttributesFile("a/x.gitattributes")).isFalse();
    }
}
