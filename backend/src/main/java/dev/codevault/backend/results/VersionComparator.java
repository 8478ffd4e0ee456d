package dev.codevault.backend.results;

import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.ComplexityStats;
import dev.codevault.common.report.LanguageStats;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.common.report.VersionComparison.BandChange;
import dev.codevault.common.report.VersionComparison.LanguageChange;
import dev.codevault.common.report.VersionComparison.TotalsChange;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Computes how one analysed version differs from another. */
final class VersionComparator {

    private VersionComparator() {
    }

    /** Returns the figures of {@code to} minus those of {@code from}. */
    static VersionComparison compare(AnalysisReport from, AnalysisReport to) {
        return new VersionComparison(from.version(), to.version(), totals(from, to), languages(from, to),
                bands(from.complexity(), to.complexity()));
    }

    private static TotalsChange totals(AnalysisReport from, AnalysisReport to) {
        return new TotalsChange(
                to.totals().files() - from.totals().files(),
                to.totals().lines().code() - from.totals().lines().code(),
                to.totals().lines().comment() - from.totals().lines().comment(),
                to.totals().lines().blank() - from.totals().lines().blank(),
                to.totals().complexity() - from.totals().complexity(),
                to.totals().treeFiles() - from.totals().treeFiles(),
                to.complexity().functions() - from.complexity().functions());
    }

    private static List<LanguageChange> languages(AnalysisReport from, AnalysisReport to) {
        Map<String, LanguageStats> before = byName(from.languages());
        Map<String, LanguageStats> after = byName(to.languages());
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        return names.stream()
                .map(name -> change(name, before.get(name), after.get(name)))
                .sorted(Comparator.comparingLong((LanguageChange change) -> Math.abs(change.code())).reversed()
                        .thenComparing(LanguageChange::name))
                .toList();
    }

    private static LanguageChange change(String name, LanguageStats before, LanguageStats after) {
        long files = count(after, LanguageStats::files) - count(before, LanguageStats::files);
        long code = count(after, stats -> stats.lines().code()) - count(before, stats -> stats.lines().code());
        long complexity = count(after, LanguageStats::complexity) - count(before, LanguageStats::complexity);
        return new LanguageChange(name, files, code, complexity, before == null, after == null);
    }

    private static List<BandChange> bands(ComplexityStats from, ComplexityStats to) {
        Map<String, Long> before = from.bands().stream()
                .collect(Collectors.toMap(ComplexityStats.Band::label, ComplexityStats.Band::functions));
        return to.bands().stream()
                .map(band -> new BandChange(band.label(), band.functions() - before.getOrDefault(band.label(), 0L)))
                .toList();
    }

    private static Map<String, LanguageStats> byName(List<LanguageStats> languages) {
        return languages.stream().collect(Collectors.toMap(LanguageStats::name, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    private static long count(LanguageStats stats, ToLongFunction<LanguageStats> figure) {
        return stats == null ? 0 : figure.applyAsLong(stats);
    }
}
