package dev.codevault.backend.analysis.result;

import dev.codevault.backend.analysis.lang.LineCounts;

/**
 * Sums over the files counted in the language totals, and the size of the whole tree.
 *
 * @param files      counted files: source and documentation in a known language
 * @param bytes      their bytes
 * @param lines      their lines by kind
 * @param complexity the sum of their cyclomatic complexity
 * @param treeFiles  every file of the tree, the ones reported apart included
 * @param treeBytes  the bytes of every file of the tree
 */
public record Totals(long files, long bytes, LineCounts lines, long complexity, long treeFiles, long treeBytes) {
}
