package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.config.DataFolders;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.report.AnalysisReport;
import dev.codevault.common.report.LanguageStats;
import dev.codevault.common.report.VersionComparison;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.common.vault.VersionStatus;
import dev.codevault.common.vault.VersionView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;

/**
 * The main job end to end through HTTP against MariaDB: a real source archive uploaded, imported, analysed, read,
 * then a second release uploaded and compared with the first.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaultPipelineTest implements TestPropertyProvider {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    @Client("/")
    SseClient sse;

    @Inject
    TestAccounts accounts;

    @Inject
    VaultRepository vaults;

    @Inject
    DataFolders folders;

    private Api api;
    private String token;
    private UUID projectId;

    @Override
    public Map<String, String> getProperties() {
        return PipelineSettings.on(database);
    }

    @BeforeAll
    void signInAndCreateProject() {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Acquisitions");
        accounts.addMember(team, user, TeamRole.ADMIN);
        token = accounts.accessToken(user);
        api = new Api(http.toBlocking(), token);
        projectId = api.post("/teams/" + team.id() + "/projects", new NameRequest("Due diligence"),
                ProjectView.class).body().id();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void analysesRealArchiveAndComparesReleases() throws IOException {
        UUID vaultId = createVault("commons-lang");

        VaultView first = uploadAndAwait(vaultId, Archives.realSources("commons-lang3-3.16.0-sources.jar"));
        AnalysisReport version1 = api.get("/vaults/" + vaultId + "/versions/1", AnalysisReport.class);
        VaultView second = uploadAndAwait(vaultId, Archives.realSources("commons-lang3-3.17.0-sources.jar"));
        AnalysisReport version2 = api.get("/vaults/" + vaultId + "/versions/2", AnalysisReport.class);
        VersionComparison comparison = api.get("/vaults/" + vaultId + "/comparison?from=1&to=2",
                VersionComparison.class);

        assertThat(first.latestVersion()).isEqualTo(1);
        assertThat(second.latestVersion()).isEqualTo(2);
        assertThat(java(version1).files()).isEqualTo(javaFilesIn("commons-lang3-3.16.0-sources.jar"));
        assertThat(java(version2).files()).isEqualTo(javaFilesIn("commons-lang3-3.17.0-sources.jar"));
        assertThat(version1.totals().lines().code()).isGreaterThan(20_000);
        assertThat(comparison.totals().files()).isEqualTo(version2.totals().files() - version1.totals().files());
        assertThat(comparison.totals().code())
                .isEqualTo(version2.totals().lines().code() - version1.totals().lines().code());
        assertThat(api.getList("/vaults/" + vaultId + "/versions", VersionView.class))
                .extracting(VersionView::number, VersionView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionStatus.READY),
                        org.assertj.core.groups.Tuple.tuple(1, VersionStatus.READY));
    }

    @Test
    void opensPerFileDetailsForMembers() throws IOException {
        UUID vaultId = createVault("details");
        uploadAndAwait(vaultId, Archives.realSources("commons-lang3-3.17.0-sources.jar"));

        AnalysisDetails details = api.get("/vaults/" + vaultId + "/versions/1/details", AnalysisDetails.class);

        assertThat(details.files()).anySatisfy(file -> {
            assertThat(file.path()).isEqualTo("org/apache/commons/lang3/StringUtils.java");
            assertThat(file.language()).isEqualTo("Java");
            assertThat(file.lines().code()).isGreaterThan(1000);
        });
        assertThat(details.mostComplexFunctions()).isNotEmpty();
    }

    @Test
    void streamsStateUntilReady() throws IOException {
        UUID vaultId = createVault("streamed");
        Flux<VaultStatus> statuses = Flux.from(sse.eventStream(
                        HttpRequest.GET("/vaults/" + vaultId + "/state/events").bearerAuth(token), VaultState.class))
                .map(event -> event.getData().status())
                .takeUntil(status -> status == VaultStatus.READY || status == VaultStatus.FAILED)
                .replay()
                .autoConnect();
        VaultStatus before = statuses.blockFirst(Duration.ofSeconds(10));

        Path archive = Archives.realSources("commons-lang3-3.17.0-sources.jar");
        api.upload("/vaults/" + vaultId + "/archives?name=lang.zip", Files.readAllBytes(archive), VaultView.class);
        List<VaultStatus> seen = statuses.collectList().block(READY_TIMEOUT);

        assertThat(before).isEqualTo(VaultStatus.EMPTY);
        assertThat(seen).startsWith(VaultStatus.EMPTY).endsWith(VaultStatus.READY);
    }

    @Test
    void deletesRepositoryWithVault() throws IOException {
        UUID vaultId = createVault("short-lived");
        uploadAndAwait(vaultId, Archives.realSources("commons-lang3-3.17.0-sources.jar"));
        Path repository = folders.storageDir().resolve("repositories")
                .resolve(vaults.findById(vaultId).orElseThrow().repositoryName());
        boolean existedBefore = Files.isDirectory(repository);

        api.delete("/vaults/" + vaultId);

        assertThat(existedBefore).isTrue();
        assertThat(repository).doesNotExist();
        assertThat(api.failure(HttpRequest.GET("/vaults/" + vaultId)).code()).isEqualTo(404);
        assertThat(api.failure(HttpRequest.GET("/vaults/" + vaultId + "/versions/1")).code())
                .isEqualTo(404);
    }

    UUID createVault(String name) {
        return api.post("/projects/" + projectId + "/vaults", new CreateVaultRequest(name, CodeSourceKind.ARCHIVE),
                VaultView.class).body().id();
    }

    VaultView uploadAndAwait(UUID vaultId, Path archive) throws IOException {
        api.upload("/vaults/" + vaultId + "/archives?name=" + archive.getFileName(), Files.readAllBytes(archive),
                VaultView.class);
        return awaitSettled(api, vaultId);
    }

    /** Polls the vault until it is READY or FAILED, and fails the test when it is FAILED or takes too long. */
    static VaultView awaitSettled(Api api, UUID vaultId) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        VaultView vault = api.get("/vaults/" + vaultId, VaultView.class);
        while (Instant.now().isBefore(deadline)) {
            vault = api.get("/vaults/" + vaultId, VaultView.class);
            if (vault.state().status() == VaultStatus.READY || vault.state().status() == VaultStatus.FAILED) {
                break;
            }
            sleep(100);
        }
        assertThat(vault.state().status()).as("state of vault %s: %s", vaultId, vault.state())
                .isEqualTo(VaultStatus.READY);
        return vault;
    }

    private static LanguageStats java(AnalysisReport report) {
        return report.languages().stream().filter(language -> language.name().equals("Java")).findFirst()
                .orElseThrow(() -> new AssertionError("no Java in " + report.languages()));
    }

    private static long javaFilesIn(String archiveName) throws IOException {
        try (ZipFile zip = new ZipFile(Archives.realSources(archiveName).toFile())) {
            return Collections.list(zip.entries()).stream()
                    .filter(entry -> !entry.isDirectory() && entry.getName().endsWith(".java"))
                    .count();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
