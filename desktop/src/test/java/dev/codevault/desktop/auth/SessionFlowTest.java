package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codevault.common.ada.AdaApi;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.common.error.Problem;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.ada.AdaChat;
import dev.codevault.desktop.auth.store.CredentialStore;
import dev.codevault.desktop.newvault.ArchiveUploader;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerProblemException;
import dev.codevault.desktop.signin.SignInStage;
import dev.codevault.desktop.signin.SignInViewModel;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.SourceArchives;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.TeamClient;
import dev.codevault.desktop.vaults.VaultClient;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The session, the streaming calls and the credential store against the real backend, started as a process. Each
 * test starts the app's bean context like a launch of the app, and a second context over the same settings folder
 * stands for the next launch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionFlowTest {

    private BackendProcess backend;
    private final List<ApplicationContext> contexts = new ArrayList<>();
    private Path settingsFolder;

    @BeforeAll
    void startBackend() throws Exception {
        backend = BackendProcess.start(List.of("--codevault.auth.access-token-lifetime=10s"));
    }

    @AfterAll
    void stopBackend() throws Exception {
        backend.close();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(ApplicationContext::close);
        contexts.clear();
    }

    @Test
    void signsInSilentlyAtNextLaunch() throws Exception {
        settingsFolder = Files.createTempDirectory("codevault-session");
        ApplicationContext first = launch();
        signIn(first);

        SignInViewModel nextLaunch = launch().getBean(SignInViewModel.class);
        nextLaunch.useConfiguredServer();
        nextLaunch.resumeSession();

        assertThat(nextLaunch.getStage()).isEqualTo(SignInStage.SIGNED_IN);
        assertThat(nextLaunch.getSignInMessage()).startsWith("Signed in as session-");
    }

    @Test
    void keepsOnlyNewestRefreshToken() throws Exception {
        settingsFolder = Files.createTempDirectory("codevault-session");
        ApplicationContext context = launch();
        TokenResponse issued = signIn(context);

        context.getBean(Session.class).refresh();

        TokenResponse refreshed = context.getBean(SessionTokens.class).current().orElseThrow();
        assertThat(refreshed.refreshToken()).isNotEqualTo(issued.refreshToken());
        assertThat(storedRefreshToken(context)).isEqualTo(refreshed.refreshToken());
    }

    @Test
    void refreshesBeforeAccessTokenExpires() throws Exception {
        settingsFolder = Files.createTempDirectory("codevault-session");
        ApplicationContext context = launch();
        TokenResponse issued = signIn(context);
        SessionTokens tokens = context.getBean(SessionTokens.class);

        long deadline = System.currentTimeMillis() + 20_000;
        while (tokens.current().orElseThrow().refreshToken().equals(issued.refreshToken())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }

        assertThat(issued.expiresIn()).isEqualTo(10);
        assertThat(tokens.current().orElseThrow().refreshToken()).isNotEqualTo(issued.refreshToken());
        assertThat(storedRefreshToken(context)).isEqualTo(tokens.current().orElseThrow().refreshToken());
        assertThat(context.getBean(AccountClient.class).account().email()).startsWith("session-");
    }

    @Test
    void signOutForgetsSavedSession() throws Exception {
        settingsFolder = Files.createTempDirectory("codevault-session");
        ApplicationContext context = launch();
        signIn(context);
        List<String> endings = new ArrayList<>();
        context.getBean(Session.class).onEnd(endings::add);

        context.getBean(Session.class).signOut();

        assertThat(endings).containsExactly("You are signed out.");
        SignInViewModel nextLaunch = launch().getBean(SignInViewModel.class);
        nextLaunch.useConfiguredServer();
        nextLaunch.resumeSession();
        assertThat(nextLaunch.getStage()).isEqualTo(SignInStage.CHOOSE);
    }

    @Test
    void adaChatAnswersNotConfigured() throws Exception {
        settingsFolder = Files.createTempDirectory("codevault-session");
        ApplicationContext context = launch();
        signIn(context);
        VaultView vault = createVault(context);

        ServerProblemException failure = catchThrowableOfType(ServerProblemException.class, () ->
                context.getBean(AdaChat.class).ask(vault.id(), new AdaQuestion("What is this?", List.of()),
                        chunk -> { }));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.problem().map(Problem::type)).hasValue(Problem.TYPE_PREFIX
                + AdaApi.NOT_CONFIGURED_PROBLEM);
    }

    @Test
    void uploadsArchiveWithProgress() throws Exception {
        settingsFolder = Files.createTempDirectory("codevault-session");
        ApplicationContext context = launch();
        signIn(context);
        VaultView vault = createVault(context);
        Path archive = SourceArchives.zip(settingsFolder.resolve("common.zip"), Path.of("..").toAbsolutePath()
                .normalize(), List.of("common/src/main/java"));
        List<long[]> progress = new ArrayList<>();

        VaultView queued = context.getBean(ArchiveUploader.class).upload(vault.id(), archive,
                (sent, total) -> progress.add(new long[] {sent, total}));

        assertThat(queued.state().status()).isIn(VaultStatus.QUEUED, VaultStatus.IMPORTING, VaultStatus.ANALYSING,
                VaultStatus.READY);
        assertThat(progress.get(progress.size() - 1)).containsExactly(Files.size(archive), Files.size(archive));
    }

    private ApplicationContext launch() {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("codevault.settings-dir", settingsFolder.toString(),
                        "codevault.credential-store", "file",
                        "codevault.admin-config", settingsFolder.resolve("no-admin.properties").toString()))
                .singletons(new StartupOptions(backend.url().toString(), null), new InlineBackground())
                .start();
        contexts.add(context);
        return context;
    }

    private TokenResponse signIn(ApplicationContext context) throws Exception {
        context.getBean(SignInViewModel.class).useConfiguredServer();
        String email = "session-" + UUID.randomUUID() + "@example.com";
        AuthClient auth = context.getBean(AuthClient.class);
        UUID attempt = auth.requestPasscode(new PasscodeRequest(email)).attemptId();
        TokenResponse tokens = auth.verifyPasscode(new PasscodeVerification(attempt,
                backend.awaitPasscodeFor(email)));
        context.getBean(Session.class).start(context.getBean(CurrentServer.class).address().orElseThrow(),
                tokens);
        return tokens;
    }

    private String storedRefreshToken(ApplicationContext context) {
        String key = "refresh-token@" + context.getBean(CurrentServer.class).address().orElseThrow();
        return context.getBean(CredentialStore.class).read(key).orElseThrow();
    }

    private static VaultView createVault(ApplicationContext context) {
        TeamSummary team = context.getBean(TeamClient.class).teams().get(0);
        UUID projectId = context.getBean(ProjectClient.class).createProject(team.id(), new NameRequest("Flow"))
                .body().id();
        return context.getBean(VaultClient.class).createVault(projectId, new CreateVaultRequest("flow",
                CodeSourceKind.ARCHIVE)).body();
    }
}
