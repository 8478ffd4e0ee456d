package dev.codevault.backend.vault;

import dev.codevault.backend.project.ProjectService;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.Tenant;
import dev.codevault.backend.testing.TenantResourceFixture;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.GitCredentials;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.common.vault.ScheduleRequest;
import dev.codevault.common.vault.UpdateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the isolation test a project and a vault of each tenant, with one analysed version, so every vault and
 * version route has ids to try.
 */
@Singleton
class VaultIsolationFixture implements TenantResourceFixture {

    private static final byte[] ARCHIVE = Archives.zip(Map.of("src/App.java", "class App {\n}\n",
            "README.md", "# App\n"));

    private final ProjectService projects;
    private final VaultService vaults;
    private final ArchiveUploadService uploads;
    private final VaultRepository vaultRows;

    VaultIsolationFixture(ProjectService projects, VaultService vaults, ArchiveUploadService uploads,
                          VaultRepository vaultRows) {
        this.projects = projects;
        this.vaults = vaults;
        this.uploads = uploads;
        this.vaultRows = vaultRows;
    }

    @Override
    public Map<String, String> create(Tenant tenant) {
        UUID ownerId = tenant.owner().id();
        UUID projectId = projects.create(ownerId, tenant.team().id(), "Isolation").id();
        UUID vaultId = vaults.create(ownerId, projectId, "isolated", CodeSourceKind.ARCHIVE).id();
        uploads.upload(ownerId, vaultId, "app.zip", ARCHIVE.length, new ByteArrayInputStream(ARCHIVE));
        awaitReady(vaultId);
        return Map.of(
                "projectId", projectId.toString(),
                "vaultId", vaultId.toString(),
                "number", "1",
                "from", "1",
                "to", "1");
    }

    @Override
    public Map<Class<?>, Object> exampleBodies() {
        return Map.of(
                NameRequest.class, new NameRequest("Renamed"),
                CreateVaultRequest.class, new CreateVaultRequest("Another", CodeSourceKind.ARCHIVE),
                InputStream.class, ARCHIVE,
                GitCredentials.class, new GitCredentials("reader", "not-a-real-token"),
                ScheduleRequest.class, new ScheduleRequest(ReplicationSchedule.WEEKLY),
                UpdateVaultRequest.class, UpdateVaultRequest.rename("Renamed"));
    }

    private void awaitReady(UUID vaultId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (vaultRows.findById(vaultId).map(Vault::status).orElse(null) == VaultStatus.READY) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for vault " + vaultId, e);
            }
        }
        throw new AssertionError("vault " + vaultId + " did not become ready for the isolation test");
    }
}
