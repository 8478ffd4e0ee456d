package dev.codevault.backend.analysis.result;

/**
 * One function and where it is.
 *
 * @param path       the path of its file inside the tree
 * @param language   the file's language
 * @param name       the function name as the engine reports it
 * @param startLine  its first line, counted from 1
 * @param endLine    its last line
 * @param complexity its cyclomatic complexity
 */
public record FunctionResult(String path, String language, String name, int startLine, int endLine,
                             int complexity) {
}
