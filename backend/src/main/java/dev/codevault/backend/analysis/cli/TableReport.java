package dev.codevault.backend.analysis.cli;

import dev.codevault.backend.analysis.classify.FileCategory;
import dev.codevault.backend.analysis.cost.CostEstimate;
import dev.codevault.backend.analysis.cost.CostFigures;
import dev.codevault.backend.analysis.cost.CostInputs;
import dev.codevault.backend.analysis.lang.LineCounts;
import dev.codevault.backend.analysis.result.AnalysisResult;
import dev.codevault.backend.analysis.result.AnalysisSummary;
import dev.codevault.backend.analysis.result.CategorySummary;
import dev.codevault.backend.analysis.result.FunctionResult;
import dev.codevault.backend.analysis.result.LanguageSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Prints a result as text tables in the manner of scc: languages, files reported apart, complexity and cost. */
final class TableReport {

    private static final String LANGUAGE_ROW = "%-22s %8s %10s %9s %9s %10s %11s%n";
    private static final String APART_ROW = "%-22s %8s %10s %9s %9s %10s %11s%n";
    private static final String COST_ROW = "%-26s %16s %16s %16s%n";
    private static final int WIDTH = 86;
    private static final int FUNCTIONS_SHOWN = 5;

    private final PrintWriter out;

    TableReport(PrintWriter out) {
        this.out = out;
    }

    void print(String input, AnalysisResult result) {
        AnalysisSummary summary = result.summary();
        printHeading(input, summary);
        printLanguages(summary);
        printReportedApart(summary);
        printComplexity(summary, result.detail().mostComplexFunctions());
        printCost(summary.cost());
        out.flush();
    }

    private void printHeading(String input, AnalysisSummary summary) {
        String revision = summary.source().revision().isEmpty() ? "" : " at commit " + summary.source().revision();
        out.printf("%s%s: %s, %s, analysed in %s ms%n", input, revision,
                count(summary.totals().treeFiles(), "file"), count(summary.totals().treeBytes(), "byte"),
                number(summary.durationMillis()));
    }

    private void printLanguages(AnalysisSummary summary) {
        rule();
        out.printf(LANGUAGE_ROW, "Language", "Files", "Lines", "Blanks", "Comments", "Code", "Complexity");
        rule();
        for (LanguageSummary language : summary.languages()) {
            languageRow(language.name(), language.files(), language.lines(), language.complexity());
        }
        rule();
        languageRow("Total", summary.totals().files(), summary.totals().lines(), summary.totals().complexity());
        rule();
    }

    private void languageRow(String name, long files, LineCounts lines, long complexity) {
        out.printf(LANGUAGE_ROW, name, number(files), number(lines.lines()), number(lines.blank()),
                number(lines.comment()), number(lines.code()), number(complexity));
    }

    private void printReportedApart(AnalysisSummary summary) {
        out.printf(APART_ROW, "Reported apart", "Files", "Lines", "Blanks", "Comments", "Code", "Bytes");
        rule();
        for (CategorySummary category : summary.categories()) {
            if (!category.countsInLanguages()) {
                LineCounts lines = category.lines();
                out.printf(APART_ROW, label(category.category()), number(category.files()), number(lines.lines()),
                        number(lines.blank()), number(lines.comment()), number(lines.code()),
                        number(category.bytes()));
            }
        }
        rule();
        CategorySummary documentation = summary.categories().stream()
                .filter(category -> category.category() == FileCategory.DOCUMENTATION)
                .findFirst().orElseThrow();
        out.printf("Documentation, counted in the totals above: %s, %s%n",
                count(documentation.files(), "file"), count(documentation.lines().lines(), "line"));
        out.printf("Duplicates (same content as an earlier file): %s, %s%n",
                count(summary.duplicates().files(), "file"), count(summary.duplicates().bytes(), "byte"));
    }

    private void printComplexity(AnalysisSummary summary, List<FunctionResult> mostComplex) {
        String bands = summary.complexity().bands().stream()
                .map(band -> band.label() + ": " + number(band.functions()))
                .collect(Collectors.joining(", "));
        out.printf("Functions by complexity: %s (%s", bands, count(summary.complexity().functions(), "function"));
        if (summary.complexity().estimatedFiles() > 0) {
            out.printf("; %s estimated per file", count(summary.complexity().estimatedFiles(), "file"));
        }
        out.printf(")%n");
        for (FunctionResult function : mostComplex.subList(0, Math.min(FUNCTIONS_SHOWN, mostComplex.size()))) {
            out.printf("  %5d  %s (%s:%d)%n", function.complexity(), printable(function.name()),
                    printable(function.path()), function.startLine());
        }
        rule();
    }

    /**
     * Replaces control characters with {@code ?}: names from an archive or repository are not trusted, and escape
     * sequences in them would otherwise drive the terminal.
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean control = Character.getType(codePoint) == Character.CONTROL
                    || Character.getType(codePoint) == Character.FORMAT;
            shown.appendCodePoint(control ? '?' : codePoint);
        });
        return shown.toString();
    }

    private void printCost(CostEstimate cost) {
        CostInputs inputs = cost.inputs();
        out.printf("Cost to replicate, %s, on %s of first-party code%n", inputs.model(),
                count(cost.sourceLinesOfCode(), "line"));
        out.printf(COST_ROW, "", "low", "expected", "high");
        costRow("Effort (person-months)", cost, CostFigures::effortPersonMonths, 1);
        costRow("Schedule (months)", cost, CostFigures::scheduleMonths, 1);
        costRow("People", cost, CostFigures::people, 1);
        costRow("Cost (" + inputs.currency() + ")", cost, CostFigures::cost, 0);
        out.printf("Inputs: salary %s %s a year, overhead x%s, effort %s * KSLOC^%s, schedule %s * effort^%s,"
                        + " range x%s to x%s%n",
                number(Math.round(inputs.annualSalary())), inputs.currency(), decimal(inputs.overheadMultiplier()),
                decimal(inputs.effortCoefficient()), decimal(inputs.effortExponent()),
                decimal(inputs.scheduleCoefficient()), decimal(inputs.scheduleExponent()),
                decimal(inputs.lowFactor()), decimal(inputs.highFactor()));
        rule();
    }

    private void costRow(String label, CostEstimate cost, ToDoubleFunction<CostFigures> figure,
                         int decimals) {
        out.printf(COST_ROW, label, fixed(figure.applyAsDouble(cost.low()), decimals),
                fixed(figure.applyAsDouble(cost.expected()), decimals),
                fixed(figure.applyAsDouble(cost.high()), decimals));
    }

    private void rule() {
        out.println("-".repeat(WIDTH));
    }

    private static String label(FileCategory category) {
        String lower = category.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Returns the count with the unit, singular for exactly one: "1 file", "2 files". */
    private static String count(long value, String unit) {
        return number(value) + " " + (value == 1 ? unit : unit + "s");
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%s", value).replaceAll("\\.0$", "");
    }
}
