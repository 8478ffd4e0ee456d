package dev.codevault.backend.analysis;

import dev.codevault.backend.analysis.classify.Classifier;
import dev.codevault.backend.analysis.classify.FileCategory;
import dev.codevault.backend.analysis.classify.GitAttributes;
import dev.codevault.backend.analysis.classify.PathRules;
import dev.codevault.backend.analysis.cost.CocomoEstimator;
import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageType;
import dev.codevault.backend.analysis.lang.LineCounts;
import dev.codevault.backend.analysis.result.AnalysisDetail;
import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.analysis.result.AnalysisSummary;
import dev.codevault.backend.analysis.result.CategorySummary;
import dev.codevault.backend.analysis.result.DuplicateSummary;
import dev.codevault.backend.analysis.result.FileResult;
import dev.codevault.backend.analysis.result.FileTypeSummary;
import dev.codevault.backend.analysis.result.LanguageSummary;
import dev.codevault.backend.analysis.result.Totals;
import dev.codevault.backend.analysis.source.SourceInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the workers' file records into a result: classifies each file with the tree's final gitattributes, marks
 * duplicates in path order, and sums per language, category and extension.
 */
final class ResultAssembler {

    private final AnalysisOptions options;

    ResultAssembler(AnalysisOptions options) {
        this.options = options;
    }

    AnalysisResult assemble(SourceInfo source, Collection<FileRecord> unordered, GitAttributes attributes,
                            long durationMillis) {
        List<FileRecord> records = new ArrayList<>(unordered);
        records.sort(Comparator.comparing(FileRecord::path));

        Tally tally = new Tally(options.mostComplexFunctions());
        Set<String> seenContent = new HashSet<>();
        List<FileResult> files = new ArrayList<>(records.size());
        for (FileRecord rec : records) {
            FileCategory category = Classifier.categorize(rec.signals(), attributes.resolve(rec.path()));
            boolean duplicate = rec.bytes() > 0 && !seenContent.add(rec.md5());
            String extension = PathRules.extensionOf(rec.path());
            files.add(fileResult(rec, category, duplicate, extension));
            tally.add(rec, category, duplicate, extension);
        }

        AnalysisSummary summary = new AnalysisSummary(source, tally.totals(), languageSummaries(tally.perLanguage),
                categorySummaries(tally.perCategory), fileTypeSummaries(tally.perExtension),
                new DuplicateSummary(tally.duplicateFiles, tally.duplicateBytes), tally.complexity.summary(),
                CocomoEstimator.estimate(tally.sourceLinesOfCode, options.cost()), durationMillis);
        return new AnalysisResult(summary, new AnalysisDetail(files, tally.complexity.mostComplexFunctions()));
    }

    private static FileResult fileResult(FileRecord rec, FileCategory category, boolean duplicate, String extension) {
        FileMeasure measure = rec.measure();
        String language = rec.language().map(Language::name).orElse("");
        return new FileResult(rec.path(), category, language, extension, rec.bytes(), rec.md5(), duplicate,
                measure.lines(), measure.complexity(), measure.complexityEstimated(), measure.functions().size());
    }

    private static List<LanguageSummary> languageSummaries(Map<Language, LanguageSums> perLanguage) {
        return perLanguage.entrySet().stream()
                .map(entry -> entry.getValue().summary(entry.getKey()))
                .sorted(Comparator.comparingLong((LanguageSummary language) -> language.lines().code()).reversed()
                        .thenComparing(LanguageSummary::name))
                .toList();
    }

    private static List<CategorySummary> categorySummaries(Map<FileCategory, Sums> perCategory) {
        List<CategorySummary> categories = new ArrayList<>();
        for (FileCategory category : FileCategory.values()) {
            Sums sums = perCategory.getOrDefault(category, new Sums());
            categories.add(new CategorySummary(category, category.countsInLanguages(), sums.files, sums.bytes,
                    sums.lines));
        }
        return categories;
    }

    private static List<FileTypeSummary> fileTypeSummaries(Map<String, ExtensionSums> perExtension) {
        return perExtension.entrySet().stream()
                .map(entry -> new FileTypeSummary(entry.getKey(), entry.getValue().files, entry.getValue().bytes,
                        entry.getValue().duplicateFiles, entry.getValue().duplicateBytes))
                .sorted(Comparator.comparingLong(FileTypeSummary::bytes).reversed()
                        .thenComparing(FileTypeSummary::extension))
                .toList();
    }

    /** Running sums over the whole tree, per language, per category and per extension. */
    private static final class Tally {
        final Sums counted = new Sums();
        final Sums tree = new Sums();
        final Map<Language, LanguageSums> perLanguage = new HashMap<>();
        final Map<FileCategory, Sums> perCategory = new EnumMap<>(FileCategory.class);
        final Map<String, ExtensionSums> perExtension = new HashMap<>();
        final ComplexityTally complexity;
        long duplicateFiles;
        long duplicateBytes;
        long sourceLinesOfCode;

        Tally(int mostComplexFunctions) {
            this.complexity = new ComplexityTally(mostComplexFunctions);
        }

        void add(FileRecord rec, FileCategory category, boolean duplicate, String extension) {
            FileMeasure measure = rec.measure();
            tree.add(rec.bytes(), measure);
            perCategory.computeIfAbsent(category, unused -> new Sums()).add(rec.bytes(), measure);
            perExtension.computeIfAbsent(extension, unused -> new ExtensionSums()).add(rec.bytes(), duplicate);
            if (duplicate) {
                duplicateFiles++;
                duplicateBytes += rec.bytes();
            }
            if (category.countsInLanguages() && rec.language().isPresent()) {
                addCounted(rec, rec.language().get(), measure);
            }
        }

        /** Adds a file of the language totals; programming files also count towards complexity and cost. */
        private void addCounted(FileRecord rec, Language language, FileMeasure measure) {
            counted.add(rec.bytes(), measure);
            perLanguage.computeIfAbsent(language, unused -> new LanguageSums()).add(rec.bytes(), measure);
            if (language.type() == LanguageType.PROGRAMMING) {
                sourceLinesOfCode += measure.lines().code();
                complexity.addFile(rec.path(), language.name(), measure.complexityEstimated(), measure.functions());
            }
        }

        Totals totals() {
            return new Totals(counted.files, counted.bytes, counted.lines, counted.complexity, tree.files,
                    tree.bytes);
        }
    }

    /** Running sums over files. */
    private static class Sums {
        long files;
        long bytes;
        LineCounts lines = LineCounts.ZERO;
        long complexity;

        void add(long fileBytes, FileMeasure measure) {
            files++;
            bytes += fileBytes;
            lines = lines.plus(measure.lines());
            complexity += measure.complexity();
        }
    }

    /** Running sums over the files of one language. */
    private static final class LanguageSums extends Sums {
        long functions;

        @Override
        void add(long fileBytes, FileMeasure measure) {
            super.add(fileBytes, measure);
            functions += measure.functions().size();
        }

        LanguageSummary summary(Language language) {
            return new LanguageSummary(language.name(), language.type(), files, bytes, lines, complexity, functions);
        }
    }

    /** Running sums over the files of one extension. */
    private static final class ExtensionSums {
        long files;
        long bytes;
        long duplicateFiles;
        long duplicateBytes;

        void add(long fileBytes, boolean duplicate) {
            files++;
            bytes += fileBytes;
            if (duplicate) {
                duplicateFiles++;
                duplicateBytes += fileBytes;
            }
        }
    }
}
