package dev.codevault.desktop.testing;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.CategoryStats;
import dev.codevault.common.report.ComplexityStats;
import dev.codevault.common.report.CostStats;
import dev.codevault.common.report.FileTypeStats;
import dev.codevault.common.report.LanguageStats;
import dev.codevault.common.report.LineStats;
import dev.codevault.common.report.ReportTotals;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionStatus;
import dev.codevault.common.vault.VersionView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Values of the API contract for view-model tests. */
public final class TestData {

    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private TestData() {
    }

    public static TeamSummary team(String name, MemberRole role) {
        return new TeamSummary(UUID.randomUUID(), name, false, role, NOW);
    }

    public static ProjectView project(TeamSummary team, String name) {
        return new ProjectView(UUID.randomUUID(), team.id(), name, NOW, NOW);
    }

    public static VaultView vault(ProjectView project, String name, VaultStatus status) {
        return new VaultView(UUID.randomUUID(), project.id(), name, CodeSourceKind.ARCHIVE, state(status),
                status == VaultStatus.READY ? 1 : null, NOW);
    }

    public static VaultState state(VaultStatus status) {
        return new VaultState(status, status == VaultStatus.FAILED ? "The archive is corrupt. Upload it again."
                : null, null, NOW);
    }

    public static VersionView version(int number, VersionStatus status) {
        return new VersionView(number, "c0ffee" + number, status, null, NOW, status == VersionStatus.READY ? NOW
                : null);
    }

    /** Returns the cost inputs of the server's default estimate. */
    public static CostStats.Inputs costInputs() {
        return new CostStats.Inputs("Basic COCOMO, organic", 2.4, 1.05, 2.5, 0.38, 120_000, 2.4, "USD", 0.5, 2.0);
    }

    /** Returns a report of one Java and one Python language with the given code lines. */
    public static AnalysisReport report(int version, long javaCode, long pythonCode) {
        LineStats java = new LineStats(javaCode + 20, javaCode, 15, 5);
        LineStats python = new LineStats(pythonCode + 10, pythonCode, 6, 4);
        LineStats total = new LineStats(java.lines() + python.lines(), javaCode + pythonCode, 21, 9);
        return new AnalysisReport(version, "c0ffee" + version, NOW,
                new ReportTotals(12, 40_000, total, 95, 14, 45_000),
                List.of(new LanguageStats("Java", "PROGRAMMING", 8, 30_000, java, 70, 40),
                        new LanguageStats("Python", "PROGRAMMING", 4, 10_000, python, 25, 12)),
                List.of(new CategoryStats("SOURCE", true, 12, 40_000, total)),
                List.of(new FileTypeStats("java", 8, 30_000, 0, 0), new FileTypeStats("py", 4, 10_000, 0, 0),
                        new FileTypeStats("png", 2, 5_000, 0, 0)),
                0, 0,
                new ComplexityStats(52, 0, List.of(new ComplexityStats.Band("1-5", 1, 5, 40),
                        new ComplexityStats.Band("6-10", 6, 10, 9), new ComplexityStats.Band("11-20", 11, 20, 1),
                        new ComplexityStats.Band("21-50", 21, 50, 2),
                        new ComplexityStats.Band("over 50", 51, Integer.MAX_VALUE, 0))),
                new CostStats(costInputs(), javaCode + pythonCode, new CostStats.Figures(1, 1, 1, 1000),
                        new CostStats.Figures(2, 2, 1, 2000), new CostStats.Figures(4, 3, 1.3, 4000)));
    }

    /** Returns details with the given number of files and three functions. */
    public static AnalysisDetails details(int version, int files) {
        List<AnalysisDetails.FileStats> fileStats = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            fileStats.add(new AnalysisDetails.FileStats("src/module" + (i % 10) + "/File" + i + ".java", "SOURCE",
                    "Java", "java", 1000, false, new LineStats(40, 30, 6, 4), 3, false));
        }
        return new AnalysisDetails(version, fileStats, List.of(
                new AnalysisDetails.FunctionStats("src/Billing.java", "Java", "Billing.settle", 10, 90, 31),
                new AnalysisDetails.FunctionStats("src/Ledger.java", "Java", "Ledger.post", 5, 40, 12),
                new AnalysisDetails.FunctionStats("tools/report.py", "Python", "render", 1, 20, 7)));
    }
}
