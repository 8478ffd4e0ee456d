package dev.codevault.backend.results;

import dev.codevault.backend.error.ConflictException;
import dev.codevault.backend.error.NotFoundException;
import dev.codevault.backend.vault.Vault;
import dev.codevault.backend.vault.VaultService;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.common.vault.VersionStatus;
import dev.codevault.common.vault.VersionView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Lists, reads and compares the analysed versions of a vault for members of its team. */
@Singleton
public class VersionService {

    private final VaultService vaults;
    private final AnalysisRunRepository runs;
    private final ResultStore results;

    VersionService(VaultService vaults, AnalysisRunRepository runs, ResultStore results) {
        this.vaults = vaults;
        this.runs = runs;
        this.results = results;
    }

    /** Lists a vault's versions, newest first. */
    public List<VersionView> list(UUID userId, UUID vaultId) {
        vaults.get(userId, vaultId);
        return runs.findByVaultIdOrderByVersionNumberDesc(vaultId).stream().map(AnalysisRun::view).toList();
    }

    /** Returns the aggregates of an analysed version. */
    public AnalysisReport report(UUID userId, UUID vaultId, int version) {
        vaults.get(userId, vaultId);
        return results.report(readyRun(vaultId, version).id());
    }

    /** Returns the per-file part of an analysed version, opened with the vault's data key. */
    public AnalysisDetails details(UUID userId, UUID vaultId, int version) {
        Vault vault = vaults.get(userId, vaultId);
        return results.details(readyRun(vaultId, version), vault.sealedDataKey());
    }

    /** Compares two analysed versions. */
    public VersionComparison compare(UUID userId, UUID vaultId, int from, int to) {
        vaults.get(userId, vaultId);
        AnalysisReport older = results.report(readyRun(vaultId, from).id());
        AnalysisReport newer = results.report(readyRun(vaultId, to).id());
        return VersionComparator.compare(older, newer);
    }

    private AnalysisRun readyRun(UUID vaultId, int version) {
        AnalysisRun run = runs.findByVaultIdAndVersionNumber(vaultId, version)
                .orElseThrow(() -> new NotFoundException("version " + version + " of vault", vaultId));
        if (run.status() != VersionStatus.READY) {
            throw new ConflictException("Version " + version + " of vault " + vaultId + " is " + run.status()
                    .name().toLowerCase(Locale.ROOT) + ", so it has no results yet. Wait until it is "
                    + "ready.");
        }
        return run;
    }
}
