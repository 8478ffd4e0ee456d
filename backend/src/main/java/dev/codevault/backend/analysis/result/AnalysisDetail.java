package dev.codevault.backend.analysis.result;

import java.util.List;

/**
 * The part of a result that reveals the tree's structure. Store it sealed.
 *
 * @param files                every file of the tree, by path
 * @param mostComplexFunctions the most complex functions of counted programming files, most complex first
 */
public record AnalysisDetail(List<FileResult> files, List<FunctionResult> mostComplexFunctions) {

    public AnalysisDetail {
        files = List.copyOf(files);
        mostComplexFunctions = List.copyOf(mostComplexFunctions);
    }
}
