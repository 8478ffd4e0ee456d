package dev.codevault.backend.analysis.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final FileSignals PLAIN = new FileSignals(false, false, false, false, false, false, true);

    private static LinguistAttributes attributes(AttributeFlag vendored, AttributeFlag generated,
                                                 AttributeFlag documentation) {
        return new LinguistAttributes(vendored, generated, documentation, "");
    }

    @Nested
    class BuiltInRules {

        @Test
        void plainFileInALanguageIsSource() {
            assertThat(Classifier.categorize(PLAIN, LinguistAttributes.NONE)).isEqualTo(FileCategory.SOURCE);
        }

        @Test
        void binaryWinsOverEverything() {
            FileSignals signals = new FileSignals(true, false, true, true, false, true, false);

            assertThat(Classifier.categorize(signals, LinguistAttributes.NONE)).isEqualTo(FileCategory.BINARY);
        }

        @Test
        void vendoredWinsOverGenerated() {
            FileSignals signals = new FileSignals(false, false, true, true, true, false, true);

            assertThat(Classifier.categorize(signals, LinguistAttributes.NONE)).isEqualTo(FileCategory.VENDORED);
        }

        @Test
        void textWithoutLanguageIsUnrecognised() {
            FileSignals signals = new FileSignals(false, false, false, false, false, true, false);

            assertThat(Classifier.categorize(signals, LinguistAttributes.NONE))
                    .isEqualTo(FileCategory.UNRECOGNISED);
        }

        @Test
        void oversizedFileIsReportedApart() {
            FileSignals signals = new FileSignals(false, true, false, false, false, false, false);

            assertThat(Classifier.categorize(signals, LinguistAttributes.NONE)).isEqualTo(FileCategory.OVERSIZED);
        }
    }

    @Nested
    class Overrides {

        @Test
        void setVendoredAttributeVendorsAPlainFile() {
            LinguistAttributes set = attributes(AttributeFlag.SET, AttributeFlag.UNSPECIFIED,
                    AttributeFlag.UNSPECIFIED);

            assertThat(Classifier.categorize(PLAIN, set)).isEqualTo(FileCategory.VENDORED);
        }

        @Test
        void unsetVendoredAttributeKeepsAVendorFolderFile() {
            FileSignals vendorPath = new FileSignals(false, false, true, false, false, false, true);
            LinguistAttributes unset = attributes(AttributeFlag.UNSET, AttributeFlag.UNSPECIFIED,
                    AttributeFlag.UNSPECIFIED);

            assertThat(Classifier.categorize(vendorPath, unset)).isEqualTo(FileCategory.SOURCE);
        }

        @Test
        void unsetGeneratedAttributeKeepsAMinifiedFile() {
            FileSignals minified = new FileSignals(false, false, false, false, true, false, true);
            LinguistAttributes unset = attributes(AttributeFlag.UNSPECIFIED, AttributeFlag.UNSET,
                    AttributeFlag.UNSPECIFIED);

            assertThat(Classifier.categorize(minified, unset)).isEqualTo(FileCategory.SOURCE);
        }

        @Test
        void setDocumentationAttributeMarksDocumentation() {
            LinguistAttributes set = attributes(AttributeFlag.UNSPECIFIED, AttributeFlag.UNSPECIFIED,
                    AttributeFlag.SET);

            assertThat(Classifier.categorize(PLAIN, set)).isEqualTo(FileCategory.DOCUMENTATION);
        }

        @Test
        void unsetDocumentationAttributeMakesADocsFileSource() {
            FileSignals docsPath = new FileSignals(false, false, false, false, false, true, true);
            LinguistAttributes unset = attributes(AttributeFlag.UNSPECIFIED, AttributeFlag.UNSPECIFIED,
                    AttributeFlag.UNSET);

            assertThat(Classifier.categorize(docsPath, unset)).isEqualTo(FileCategory.SOURCE);
        }

        @Test
        void attributesCannotMakeBinaryCountable() {
            FileSignals binary = new FileSignals(true, false, false, false, false, false, false);
            LinguistAttributes unset = attributes(AttributeFlag.UNSET, AttributeFlag.UNSET, AttributeFlag.UNSET);

            assertThat(Classifier.categorize(binary, unset)).isEqualTo(FileCategory.BINARY);
        }
    }
}
