package dev.codevault.backend.analysis;

import dev.codevault.backend.analysis.classify.ContentRules;
import dev.codevault.backend.analysis.classify.FileSignals;
import dev.codevault.backend.analysis.classify.PathRules;
import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.source.FileContent;
import dev.codevault.backend.analysis.source.FileContents;
import dev.codevault.backend.analysis.source.SourceFile;
import java.util.HexFormat;
import java.util.Optional;

/** Reads, classifies and measures one file; runs on a worker thread. */
final class FileAnalyzer {

    private final LanguageEngine engine;
    private final long maxFileBytes;

    FileAnalyzer(LanguageEngine engine, long maxFileBytes) {
        this.engine = engine;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Analyses the file.
     *
     * @param languageOverride the {@code linguist-language} value known for the path, or an empty string
     */
    FileRecord analyze(SourceFile file, String languageOverride) {
        FileContent content = file.read(maxFileBytes);
        if (content instanceof FileContent.Oversized oversized) {
            return oversized(file.path(), oversized, languageOverride);
        }
        return whole(file.path(), ((FileContent.Whole) content).bytes(), languageOverride);
    }

    private FileRecord oversized(String path, FileContent.Oversized content, String languageOverride) {
        FileSignals signals = new FileSignals(ContentRules.isBinary(content.head()), true, PathRules.isVendored(path),
                PathRules.isGeneratedName(path), false, PathRules.isDocumentation(path), false);
        return new FileRecord(path, content.size(), hex(content.md5()), signals, Optional.empty(),
                languageOverride, FileRecord.NOT_MEASURED);
    }

    private FileRecord whole(String path, byte[] bytes, String languageOverride) {
        String md5 = hex(FileContents.md5(bytes));
        if (ContentRules.isBinary(bytes)) {
            FileSignals signals = new FileSignals(true, false, PathRules.isVendored(path),
                    PathRules.isGeneratedName(path), false, PathRules.isDocumentation(path), false);
            return new FileRecord(path, bytes.length, md5, signals, Optional.empty(), languageOverride,
                    FileRecord.NOT_MEASURED);
        }

        Optional<Language> language = languageOf(path, bytes, languageOverride);
        FileMeasure measure = language.map(known -> measure(path, known, bytes)).orElse(FileRecord.NOT_MEASURED);

        FileSignals signals = new FileSignals(false, false, PathRules.isVendored(path),
                PathRules.isGeneratedName(path) || ContentRules.hasGeneratorMarker(bytes),
                ContentRules.isMinified(bytes), PathRules.isDocumentation(path), language.isPresent());
        return new FileRecord(path, bytes.length, md5, signals, language, languageOverride, measure);
    }

    /**
     * Returns the language a {@code linguist-language} value names, trying it with hyphens read as spaces too, since
     * an attribute value cannot hold a space; otherwise the detected language.
     */
    private Optional<Language> languageOf(String path, byte[] bytes, String languageOverride) {
        if (!languageOverride.isEmpty()) {
            Optional<Language> named = engine.byName(languageOverride)
                    .or(() -> engine.byName(languageOverride.replace('-', ' ')));
            if (named.isPresent()) {
                return named;
            }
        }
        return engine.detect(path, bytes);
    }

    private FileMeasure measure(String path, Language language, byte[] bytes) {
        try {
            return engine.measure(language, bytes);
        } catch (RuntimeException e) {
            throw new FileAnalysisException(path, language.name(), e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
