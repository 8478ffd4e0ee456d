package dev.codevault.backend.analysis.result;

import dev.codevault.backend.analysis.classify.FileCategory;
import dev.codevault.backend.analysis.lang.LineCounts;

/**
 * What the analysis found in one file.
 *
 * @param path                the path inside the tree
 * @param category            where the file is counted
 * @param language            the language name, or an empty string when no language fits or the file is binary
 * @param extension           the extension in lower case, or an empty string
 * @param bytes               the size in bytes
 * @param md5                 the MD5 digest of the content, in lower-case hex, to tell identical files apart
 * @param duplicate           whether an earlier file of the tree has the same content
 * @param lines               lines by kind; zero when the file was not measured
 * @param complexity          the file's cyclomatic complexity
 * @param complexityEstimated whether the complexity is a per-file estimate without functions
 * @param functions           functions found
 */
public record FileResult(String path, FileCategory category, String language, String extension, long bytes,
                         String md5, boolean duplicate, LineCounts lines, int complexity,
                         boolean complexityEstimated, int functions) {
}
