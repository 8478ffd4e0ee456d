package dev.codevault.backend.results;

import dev.codevault.backend.analysis.cost.CostEstimate;
import dev.codevault.backend.analysis.cost.CostFigures;
import dev.codevault.backend.analysis.cost.CostInputs;
import dev.codevault.backend.analysis.lang.LineCounts;
import dev.codevault.backend.analysis.result.AnalysisDetail;
import dev.codevault.backend.analysis.result.AnalysisSummary;
import dev.codevault.backend.analysis.result.CategorySummary;
import dev.codevault.backend.analysis.result.ComplexitySummary;
import dev.codevault.backend.analysis.result.FileResult;
import dev.codevault.backend.analysis.result.FunctionResult;
import dev.codevault.backend.analysis.result.LanguageSummary;
import dev.codevault.backend.analysis.result.Totals;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.CategoryStats;
import dev.codevault.common.report.ComplexityStats;
import dev.codevault.common.report.CostStats;
import dev.codevault.common.report.FileTypeStats;
import dev.codevault.common.report.LanguageStats;
import dev.codevault.common.report.LineStats;
import dev.codevault.common.report.ReportTotals;
import java.time.Instant;

/** Turns the engine's result into the API's report and details. */
final class ReportMapper {

    private ReportMapper() {
    }

    /** Returns the aggregates of a result, which name no path, file or function. */
    static AnalysisReport report(AnalysisSummary summary, int version, String commitId, Instant analysedAt) {
        return new AnalysisReport(version, commitId, analysedAt, totals(summary.totals()),
                summary.languages().stream().map(ReportMapper::language).toList(),
                summary.categories().stream().map(ReportMapper::category).toList(),
                summary.fileTypes().stream().map(type -> new FileTypeStats(type.extension(), type.files(),
                        type.bytes(), type.duplicateFiles(), type.duplicateBytes())).toList(),
                summary.duplicates().files(), summary.duplicates().bytes(),
                complexity(summary.complexity()), cost(summary.cost()));
    }

    /** Returns the parts of a result that reveal the tree's structure. */
    static AnalysisDetails details(AnalysisDetail detail, int version) {
        return new AnalysisDetails(version, detail.files().stream().map(ReportMapper::file).toList(),
                detail.mostComplexFunctions().stream().map(ReportMapper::function).toList());
    }

    private static ReportTotals totals(Totals totals) {
        return new ReportTotals(totals.files(), totals.bytes(), lines(totals.lines()), totals.complexity(),
                totals.treeFiles(), totals.treeBytes());
    }

    private static LanguageStats language(LanguageSummary language) {
        return new LanguageStats(language.name(), language.type().name(), language.files(), language.bytes(),
                lines(language.lines()), language.complexity(), language.functions());
    }

    private static CategoryStats category(CategorySummary category) {
        return new CategoryStats(category.category().name(), category.countsInLanguages(), category.files(),
                category.bytes(), lines(category.lines()));
    }

    private static ComplexityStats complexity(ComplexitySummary complexity) {
        return new ComplexityStats(complexity.functions(), complexity.estimatedFiles(), complexity.bands().stream()
                .map(band -> new ComplexityStats.Band(band.label(), band.min(), band.max(), band.functions()))
                .toList());
    }

    private static CostStats cost(CostEstimate cost) {
        CostInputs in = cost.inputs();
        CostStats.Inputs inputs = new CostStats.Inputs(in.model(), in.effortCoefficient(), in.effortExponent(),
                in.scheduleCoefficient(), in.scheduleExponent(), in.annualSalary(), in.overheadMultiplier(),
                in.currency(), in.lowFactor(), in.highFactor());
        return new CostStats(inputs, cost.sourceLinesOfCode(), figures(cost.low()), figures(cost.expected()),
                figures(cost.high()));
    }

    private static CostStats.Figures figures(CostFigures figures) {
        return new CostStats.Figures(figures.effortPersonMonths(), figures.scheduleMonths(), figures.people(),
                figures.cost());
    }

    private static AnalysisDetails.FileStats file(FileResult file) {
        return new AnalysisDetails.FileStats(file.path(), file.category().name(), file.language(), file.extension(),
                file.bytes(), file.duplicate(), lines(file.lines()), file.complexity(), file.complexityEstimated());
    }

    private static AnalysisDetails.FunctionStats function(FunctionResult function) {
        return new AnalysisDetails.FunctionStats(function.path(), function.language(), function.name(),
                function.startLine(), function.endLine(), function.complexity());
    }

    private static LineStats lines(LineCounts lines) {
        return new LineStats(lines.lines(), lines.code(), lines.comment(), lines.blank());
    }
}
