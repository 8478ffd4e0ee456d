package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The parts of one analysed version that reveal the tree's structure: per-file numbers and function names. The
 * server keeps them sealed with the vault's data key and opens them for team members only.
 *
 * @param version              the version number
 * @param files                every file, by path
 * @param mostComplexFunctions the most complex functions, most complex first
 */
@Serdeable
public record AnalysisDetails(int version, List<FileStats> files, List<FunctionStats> mostComplexFunctions) {

    /**
     * One file.
     *
     * @param path                the path inside the version
     * @param category            where the file is counted, for example {@code SOURCE} or {@code VENDORED}
     * @param language            the language name, or an empty string
     * @param extension           the extension in lower case, or an empty string
     * @param bytes               the size in bytes
     * @param duplicate           whether another file has the same content
     * @param lines               lines by kind
     * @param complexity          the file's cyclomatic complexity
     * @param complexityEstimated whether the complexity is a per-file estimate
     */
    @Serdeable
    public record FileStats(String path, String category, String language, String extension, long bytes,
                            boolean duplicate, LineStats lines, long complexity, boolean complexityEstimated) {
    }

    /**
     * One function.
     *
     * @param path       the path of its file
     * @param language   the file's language
     * @param name       the function name
     * @param startLine  its first line, counted from 1
     * @param endLine    its last line
     * @param complexity its cyclomatic complexity
     */
    @Serdeable
    public record FunctionStats(String path, String language, String name, int startLine, int endLine,
                                int complexity) {
    }
}
