package dev.codevault.backend.analysis.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathRulesTest {

    @Nested
    class Vendored {

        @ParameterizedTest
        @ValueSource(strings = {"node_modules/left-pad/index.js", "web/node_modules/a/b.js", "vendor/lib.go",
            "third_party/zlib/zlib.c", "src/third-party/x.c", "bower_components/a/a.js", "ios/Pods/AF/AF.m",
            "static/js/jquery.min.js", "static/js/jquery-3.7.1.js", "lib/bootstrap.bundle.min.js", "mvnw",
            ".mvn/wrapper/maven-wrapper.properties", "gradlew.bat", "Carthage/Checkouts/x/y.swift"})
        void dependencyFoldersAndBundledLibrariesAreVendored(String path) {
            assertThat(PathRules.isVendored(path)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"src/main/java/Vendors.java", "src/vendoring.py", "app/jqueryHelpers.ts",
            "src/main.js", "pods.txt"})
        void firstPartyPathsAreNotVendored(String path) {
            assertThat(PathRules.isVendored(path)).isFalse();
        }
    }

    @Nested
    class Documentation {

        @ParameterizedTest
        @ValueSource(strings = {"docs/guide.md", "doc/api.rst", "project-1.0/docs/index.html", "README",
            "README.md", "src/readme.txt", "CHANGELOG.md", "LICENSE", "CONTRIBUTING.md", "Documentation/x.txt",
            "examples/hello/Main.java", "LICENSE-MIT", "README_zh.rst"})
        void documentationFoldersAndFilesAreDocumentation(String path) {
            assertThat(PathRules.isDocumentation(path)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"src/main/java/com/acme/doc/Document.java", "readme_parser.py",
            "src/Changes.java", "lib/docs.js", "src/License.java"})
        void sourceWithSimilarNamesIsNotDocumentation(String path) {
            assertThat(PathRules.isDocumentation(path)).isFalse();
        }
    }

    @Nested
    class GeneratedNames {

        @ParameterizedTest
        @ValueSource(strings = {"package-lock.json", "web/yarn.lock", "Cargo.lock", "go.sum", "poetry.lock",
            "api/v1/service.pb.go", "api/service_grpc.pb.go", "proto/service_pb2.py", "proto/service_pb2_grpc.py",
            "gen/msg.pb.h", "gen/msg.pb.cc", "web/msg_pb.js", "Form1.Designer.cs", "app.js.map"})
        void lockFilesAndGeneratorOutputAreGenerated(String path) {
            assertThat(PathRules.isGeneratedName(path)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"package.json", "Cargo.toml", "main.go", "pb.go", "service.py"})
        void handWrittenNamesAreNotGenerated(String path) {
            assertThat(PathRules.isGeneratedName(path)).isFalse();
        }
    }

    @Nested
    class Extensions {

        @ParameterizedTest
        @CsvSource(value = {"src/Main.java,java", "a/b.TAR.GZ,gz", "Makefile,''", ".gitignore,''",
            "dir.d/file,''", "trailing.,''"})
        void extensionIsTheLowerCaseLastSuffix(String path, String extension) {
            assertThat(PathRules.extensionOf(path)).isEqualTo(extension);
        }
    }
}
