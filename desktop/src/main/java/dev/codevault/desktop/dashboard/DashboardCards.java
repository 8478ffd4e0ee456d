package dev.codevault.desktop.dashboard;

import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.ComplexityStats;
import dev.codevault.common.report.CostStats;
import dev.codevault.common.report.LanguageStats;
import dev.codevault.common.report.ReportTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the overview cards and the chart data from an analysis report. */
final class DashboardCards {

    /** Functions above this complexity count as hard to test and change. */
    static final int HIGH_COMPLEXITY = 20;

    private static final int MAX_SLICES = 8;
    private static final int MAX_BARS = 10;

    private DashboardCards() {
    }

    static List<Card> cards(AnalysisReport report, CostStats cost) {
        ReportTotals totals = report.totals();
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("lines-of-code", "Lines of code", Formats.count(totals.lines().code()),
                Formats.count(totals.lines().comment()) + " comment and " + Formats.count(totals.lines().blank())
                        + " blank lines besides", true));
        long apart = totals.treeFiles() - totals.files();
        cards.add(new Card("files", "Files", Formats.count(totals.files()),
                apart == 0 ? "Every file counts in the totals"
                        : Formats.count(apart) + " more reported apart (vendored, generated, binary...)", true));
        cards.add(new Card("languages", "Languages", Formats.count(report.languages().size()),
                topLanguage(report), true));
        cards.add(new Card("complexity", "Complexity", Formats.count(totals.complexity()),
                Formats.count(report.complexity().functions(), "function", "functions") + ", "
                        + Formats.count(highComplexity(report)) + " above " + HIGH_COMPLEXITY, true));
        cards.add(new Card("contributors", "Contributors", "Not analysed yet",
                "CodeVault does not analyse the commit history yet.", false));
        cards.add(new Card("security-issues", "Security issues", "Not analysed yet",
                "Security scanning is not available yet.", false));
        cards.add(new Card("licences", "Licences", "Not analysed yet",
                "Licence detection is not available yet.", false));
        cards.add(costCard(cost));
        return cards;
    }

    static Card costCard(CostStats cost) {
        String currency = cost.inputs().currency();
        return new Card("cost", "Cost to replicate", Formats.money(cost.low().cost(), currency) + " - "
                + Formats.money(cost.high().cost(), currency),
                "Expected " + Formats.money(cost.expected().cost(), currency) + ": "
                        + Formats.effort(cost.expected().people(), cost.expected().scheduleMonths()), true);
    }

    /** Returns the cost card while a cost input is invalid, so that it shows no range of older inputs. */
    static Card costCardWithoutEstimate() {
        return new Card("cost", "Cost to replicate", "Waiting for valid inputs",
                "Fix the invalid input on the Cost tab to see the estimate.", false);
    }

    static List<ChartEntry> languages(AnalysisReport report) {
        List<LanguageStats> byCode = report.languages().stream()
                .filter(language -> language.lines().code() > 0)
                .sorted(Comparator.comparingLong((LanguageStats language) -> language.lines().code()).reversed())
                .toList();
        List<ChartEntry> entries = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < byCode.size(); i++) {
            if (i < MAX_SLICES) {
                entries.add(new ChartEntry(byCode.get(i).name(), byCode.get(i).lines().code()));
            } else {
                other += byCode.get(i).lines().code();
            }
        }
        if (other > 0) {
            entries.add(new ChartEntry("Other", other));
        }
        return entries;
    }

    static List<ChartEntry> fileTypes(AnalysisReport report) {
        return report.fileTypes().stream()
                .sorted(Comparator.comparingLong(type -> -type.files()))
                .limit(MAX_BARS)
                .map(type -> new ChartEntry(type.extension().isEmpty() ? "(none)" : "." + type.extension(),
                        type.files()))
                .toList();
    }

    static List<ChartEntry> complexityBands(AnalysisReport report) {
        return report.complexity().bands().stream()
                .map(band -> new ChartEntry(band.label(), band.functions()))
                .toList();
    }

    private static long highComplexity(AnalysisReport report) {
        return report.complexity().bands().stream()
                .filter(band -> band.min() > HIGH_COMPLEXITY)
                .mapToLong(ComplexityStats.Band::functions)
                .sum();
    }

    private static String topLanguage(AnalysisReport report) {
        long code = report.totals().lines().code();
        return report.languages().stream()
                .max(Comparator.comparingLong(language -> language.lines().code()))
                .filter(language -> code > 0)
                .map(language -> "Most code: " + language.name() + " ("
                        + Formats.percent((double) language.lines().code() / code) + ")")
                .orElse("No code found");
    }
}
