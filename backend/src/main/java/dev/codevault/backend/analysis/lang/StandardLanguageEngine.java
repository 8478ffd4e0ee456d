package dev.codevault.backend.analysis.lang;

import dev.codevault.backend.analysis.complexity.ComplexityResult;
import dev.codevault.backend.analysis.count.LineCounter;
import dev.codevault.backend.analysis.count.MaskedCode;
import dev.codevault.backend.analysis.count.SourceText;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The engine over a checked {@link LanguageCatalog}. Immutable and safe to share between threads. */
final class StandardLanguageEngine implements LanguageEngine {

    private final LanguageCatalog catalog;
    private final LanguageDetector detector;
    private final List<Language> languages;

    StandardLanguageEngine(LanguageCatalog catalog) {
        this.catalog = catalog;
        this.detector = new LanguageDetector(catalog);
        this.languages = catalog.entries().stream().map(LanguageEntry::language).toList();
    }

    @Override
    public Optional<Language> detect(String path, byte[] content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        return detector.detect(path, content).map(LanguageEntry::language);
    }

    @Override
    public Optional<Language> byName(String nameOrAlias) {
        Objects.requireNonNull(nameOrAlias, "nameOrAlias");
        return catalog.byName(nameOrAlias).map(LanguageEntry::language);
    }

    @Override
    public FileMeasure measure(Language language, byte[] content) {
        Objects.requireNonNull(content, "content");
        LanguageEntry entry = entryOf(language);
        SourceText text = SourceText.of(content);
        if (entry.complexity() == null || language.type() != LanguageType.PROGRAMMING) {
            LineCounts counts = LineCounter.count(entry.syntax(), text);
            return new FileMeasure(counts, 0, false, List.of());
        }
        MaskedCode masked = LineCounter.countAndMask(entry.syntax(), text);
        ComplexityResult complexity = entry.complexity().analyze(masked.code());
        return new FileMeasure(masked.counts(), complexity.total(), complexity.estimated(), complexity.functions());
    }

    @Override
    public Collection<Language> languages() {
        return languages;
    }

    private LanguageEntry entryOf(Language language) {
        Objects.requireNonNull(language, "language");
        LanguageEntry entry = catalog.byName(language.name()).orElseThrow(() -> new IllegalArgumentException(
                "Unknown language '" + language.name() + "'; take languages from detect, byName or languages"));
        if (!entry.language().equals(language)) {
            throw new IllegalArgumentException("Language '" + language.name() + "' has type " + language.type()
                    + " but the definitions say " + entry.language().type() + "; take languages from the engine");
        }
        return entry;
    }
}
