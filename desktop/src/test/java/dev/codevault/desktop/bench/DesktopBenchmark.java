package dev.codevault.desktop.bench;

import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.auth.AuthClient;
import dev.codevault.desktop.auth.Session;
import dev.codevault.desktop.newvault.ArchiveUploader;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.TeamClient;
import dev.codevault.desktop.vaults.VaultClient;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The desktop benchmark: starts the real backend, fills a vault with a made-up code base of FILES files through the
 * API, then launches the app RUNS times as its own process with the benchmark measurements on. Each launch signs in
 * silently with the saved session, opens the vault's dashboard, reports and quits. Prints the app's
 * {@code BENCHMARK} lines of each run.
 *
 * <p>Usage: {@code DesktopBenchmark FILES RUNS APP_CLASSPATH [JVM_OPTION...]}, run by {@code bench/desktop-bench.sh}.
 */
public final class DesktopBenchmark {

    private static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(15);

    private DesktopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        String appClasspath = args[2];
        List<String> jvmOptions = List.of(args).subList(3, args.length);
        Path work = Files.createTempDirectory("codevault-desktop-bench");
        Path settings = work.resolve("settings");

        try (BackendProcess backend = BackendProcess.start()) {
            UUID vaultId = prepareVault(backend, settings, work, files);
            List<String> measured = jvmOptions;
            String archive = System.getProperty("codevault.bench.cds-archive");
            if (archive != null) {
                System.out.println("== warm-up run that writes the class data archive " + archive);
                launchApp(backend, settings, vaultId, appClasspath, with(jvmOptions,
                        "-XX:ArchiveClassesAtExit=" + archive));
                measured = with(jvmOptions, "-XX:SharedArchiveFile=" + archive);
            }
            for (int run = 1; run <= runs; run++) {
                System.out.println("== run " + run);
                launchApp(backend, settings, vaultId, appClasspath, measured);
            }
        }
    }

    private static List<String> with(List<String> options, String extra) {
        List<String> all = new ArrayList<>(options);
        all.add(extra);
        return all;
    }

    private static UUID prepareVault(BackendProcess backend, Path settings, Path work, int files) throws Exception {
        Map<String, Object> properties = Map.of("codevault.settings-dir", settings.toString(),
                "codevault.credential-store", "file",
                "codevault.admin-config", work.resolve("no-admin.properties").toString());
        try (ApplicationContext context = ApplicationContext.builder().properties(properties)
                .singletons(new StartupOptions(backend.url().toString(), null), new InlineBackground()).start()) {
            context.getBean(CurrentServer.class).use(ServerUrlPolicy.check(backend.url().toString()));
            String email = "bench-" + UUID.randomUUID() + "@example.com";
            AuthClient auth = context.getBean(AuthClient.class);
            UUID attempt = auth.requestPasscode(new PasscodeRequest(email)).attemptId();
            TokenResponse tokens = auth.verifyPasscode(new PasscodeVerification(attempt,
                    backend.awaitPasscodeFor(email)));
            context.getBean(Session.class).start(context.getBean(CurrentServer.class).address().orElseThrow(),
                    tokens);

            TeamSummary team = context.getBean(TeamClient.class).teams().get(0);
            UUID projectId = context.getBean(ProjectClient.class).createProject(team.id(),
                    new NameRequest("Benchmark")).body().id();
            VaultView vault = context.getBean(VaultClient.class).createVault(projectId,
                    new CreateVaultRequest("large-" + files, CodeSourceKind.ARCHIVE)).body();
            Path archive = LargeVaultArchive.write(work.resolve("large.zip"), files);
            System.out.println("Uploading " + files + " files, " + Files.size(archive) + " bytes");
            context.getBean(ArchiveUploader.class).upload(vault.id(), archive, (sent, total) -> { });
            awaitReady(context.getBean(VaultClient.class), vault.id());
            return vault.id();
        }
    }

    private static void awaitReady(VaultClient vaults, UUID vaultId) throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(ANALYSIS_TIMEOUT) < 0) {
            VaultStatus status = vaults.getVault(vaultId).state().status();
            if (status == VaultStatus.READY) {
                System.out.println("Analysed in " + Duration.between(start, Instant.now()).toSeconds() + " s");
                return;
            }
            if (status == VaultStatus.FAILED) {
                throw new IllegalStateException("the analysis failed: " + vaults.getVault(vaultId).state().reason());
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the analysis did not finish within " + ANALYSIS_TIMEOUT);
    }

    private static void launchApp(BackendProcess backend, Path settings, UUID vaultId, String classpath,
                                  List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dcodevault.benchmark=true", "-Dcodevault.benchmark.exit=true",
                "-Dcodevault.benchmark.vault=" + vaultId, "-Dcodevault.settings-dir=" + settings,
                "-Dcodevault.credential-store=file", "-Dcodevault.admin-config=" + settings.resolve("none"),
                "-cp", classpath, "dev.codevault.desktop.DesktopLauncher", "--server-url=" + backend.url()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            output.lines().filter(line -> line.contains("BENCHMARK")).forEach(System.out::println);
        }
        if (!app.waitFor(2, TimeUnit.MINUTES)) {
            app.destroyForcibly();
            throw new IllegalStateException("the app did not quit within two minutes");
        }
    }
}
