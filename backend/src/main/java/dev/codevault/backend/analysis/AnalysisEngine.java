package dev.codevault.backend.analysis;

import dev.codevault.backend.analysis.classify.GitAttributes;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.analysis.source.FileContent;
import dev.codevault.backend.analysis.source.SourceFile;
import dev.codevault.backend.analysis.source.SourceTree;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses a tree of files: languages, lines, complexity, file types, duplicates, the files reported apart and the
 * cost to write the code again. The calling thread walks the tree while worker threads read and measure the files;
 * at most a few files per worker are in memory at once.
 *
 * <p>Thread-safe: one engine can run several analyses at once.
 */
public final class AnalysisEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisEngine.class);

    private final LanguageEngine languages;
    private final AnalysisOptions options;

    /** Creates an engine; nothing is read until {@link #analyze}. */
    public AnalysisEngine(LanguageEngine languages, AnalysisOptions options) {
        this.languages = languages;
        this.options = options;
    }

    /**
     * Analyses every file of the tree.
     *
     * @throws dev.codevault.backend.analysis.source.SourceException when the tree or a file cannot be read
     * @throws FileAnalysisException                                 when the language engine fails on a file
     */
    public AnalysisResult analyze(SourceTree tree) {
        long started = System.nanoTime();
        GitAttributes attributes = new GitAttributes();

        Map<String, FileRecord> records = measure(tree, path -> true, attributes);
        remeasureLateLanguageOverrides(tree, attributes, records);

        long durationMillis = (System.nanoTime() - started) / 1_000_000;
        AnalysisResult result = new ResultAssembler(options).assemble(tree.info(), records.values(), attributes,
                durationMillis);
        LOG.debug("Analysed {} files of a {} tree in {} ms", records.size(), tree.info().kind(), durationMillis);
        return result;
    }

    private Map<String, FileRecord> measure(SourceTree tree, Predicate<String> pathFilter, GitAttributes attributes) {
        Map<String, FileRecord> records = new ConcurrentHashMap<>();
        FileAnalyzer analyzer = new FileAnalyzer(languages, options.maxFileBytes());
        try (WorkerPool pool = new WorkerPool(options.threads())) {
            tree.walk(pathFilter, file -> {
                if (GitAttributes.isAttributesFile(file.path())) {
                    addAttributes(file, attributes);
                }
                String languageOverride = attributes.resolve(file.path()).language();
                pool.submit(() -> records.put(file.path(), analyzer.analyze(file, languageOverride)));
            });
            pool.awaitAll();
        }
        return records;
    }

    private void addAttributes(SourceFile file, GitAttributes attributes) {
        if (file.read(options.maxFileBytes()) instanceof FileContent.Whole whole) {
            attributes.add(file.path(), whole.bytes());
        }
    }

    /**
     * Measures again the files whose {@code linguist-language} came from a {@code .gitattributes} that the walk
     * reached after them, which happens in archives only.
     */
    private void remeasureLateLanguageOverrides(SourceTree tree, GitAttributes attributes,
                                                Map<String, FileRecord> records) {
        Set<String> stale = records.values().stream()
                .filter(rec -> !attributes.resolve(rec.path()).language().equals(rec.languageOverride()))
                .map(FileRecord::path)
                .collect(Collectors.toSet());
        if (stale.isEmpty()) {
            return;
        }
        LOG.debug("Measuring {} files again for a late linguist-language attribute", stale.size());
        records.putAll(measure(tree, stale::contains, attributes));
    }
}
