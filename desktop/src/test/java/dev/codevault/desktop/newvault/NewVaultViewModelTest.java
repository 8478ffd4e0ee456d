package dev.codevault.desktop.newvault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.project.ProjectView;
import dev.codevault.common.team.MemberRole;
import dev.codevault.common.team.TeamSummary;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.ReplicationSchedule;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.common.vault.VaultView;
import dev.codevault.desktop.errors.ErrorPresenter;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.newvault.GitSourceCheck.Field;
import dev.codevault.desktop.server.ServerLimits;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.vaults.FakeStates;
import dev.codevault.desktop.vaults.ProjectClient;
import dev.codevault.desktop.vaults.TeamClient;
import dev.codevault.desktop.vaults.VaultClient;
import dev.codevault.desktop.vaults.VaultItem;
import dev.codevault.desktop.vaults.VaultListActions;
import dev.codevault.desktop.vaults.VaultListViewModel;
import dev.codevault.desktop.workspace.Page;
import dev.codevault.desktop.workspace.Workspace;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-vault form's view model, tested without a window against fake APIs and a fake upload. */
class NewVaultViewModelTest {

    @TempDir
    Path folder;

    private final TeamSummary team = TestData.team("Acme", MemberRole.OWNER);
    private final ProjectView payments = TestData.project(team, "Payments");
    private final List<ProjectView> projects = new ArrayList<>(List.of(payments));
    private final List<CreateVaultRequest> created = new ArrayList<>();
    private final List<UUID> deletedProjects = new ArrayList<>();
    private final List<Double> progressSeen = new ArrayList<>();
    private final ErrorPresenter errors = new ErrorPresenter();
    private final Workspace workspace = new Workspace(errors);
    private final ServerLimits limits = new ServerLimits();
    private final VaultView createdVault = TestData.vault(payments, "app", VaultStatus.EMPTY);
    private RuntimeException vaultRejection;
    private Background background = new InlineBackground();
    private NewVaultViewModel viewModel;
    private VaultListViewModel vaultList;

    @BeforeEach
    void createViewModel() {
        viewModel = viewModel(new AdminSettings(folder.resolve("none.properties").toString()));
    }

    @Nested
    class Archive {

        @Test
        void rejectsWrongFileType() throws Exception {
            Path notes = Files.writeString(folder.resolve("notes.pdf"), "%PDF");

            boolean taken = viewModel.takeArchive(List.of(notes));

            assertThat(taken).isFalse();
            assertThat(viewModel.getArchive()).isNull();
            assertThat(viewModel.getArchiveError()).startsWith("'notes.pdf' is not an archive CodeVault can import");
            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Adding notes.pdf failed.");
            assertThat(viewModel.canSubmitBinding().get()).isFalse();
        }

        @Test
        void rejectsOversizeArchive() throws Exception {
            Path admin = Files.writeString(folder.resolve("admin.properties"), "maxArchiveBytes=1024\n");
            viewModel = viewModel(new AdminSettings(admin.toString()));
            Path big = Files.write(folder.resolve("app.zip"), new byte[2048]);

            boolean taken = viewModel.takeArchive(List.of(big));

            assertThat(taken).isFalse();
            assertThat(viewModel.getArchiveError()).isEqualTo("'app.zip' is 2.0 KiB, larger than the 1.0 KiB the "
                    + "server accepts. Leave build output and dependencies out of the archive, or ask your "
                    + "administrator to raise the limit.");
        }

        @Test
        void rejectsArchiveOverServerLimit() throws Exception {
            limits.publishedArchiveLimit(OptionalLong.of(1024));
            Path big = Files.write(folder.resolve("app.zip"), new byte[2048]);

            boolean taken = viewModel.takeArchive(List.of(big));

            assertThat(taken).isFalse();
            assertThat(viewModel.getArchiveError()).startsWith("'app.zip' is 2.0 KiB, larger than the 1.0 KiB");
        }

        @Test
        void keepsLowerLimitOfServerAndAdministrator() throws Exception {
            Path admin = Files.writeString(folder.resolve("admin.properties"), "maxArchiveBytes=4096\n");
            viewModel = viewModel(new AdminSettings(admin.toString()));
            limits.publishedArchiveLimit(OptionalLong.of(1024));
            Path big = Files.write(folder.resolve("app.zip"), new byte[2048]);

            assertThat(viewModel.takeArchive(List.of(big))).isFalse();

            limits.publishedArchiveLimit(OptionalLong.of(1024 * 1024));
            assertThat(viewModel.takeArchive(List.of(big))).isTrue();
        }

        @Test
        void takesArchiveAndNamesVaultAfterIt() throws Exception {
            Path archive = Files.write(folder.resolve("billing-2.1.tar.gz"), new byte[100]);

            boolean taken = viewModel.takeArchive(List.of(archive));

            assertThat(taken).isTrue();
            assertThat(viewModel.vaultNameProperty().get()).isEqualTo("billing-2.1");
            assertThat(workspace.getPage()).isEqualTo(Page.NEW_VAULT);
            assertThat(viewModel.canSubmitBinding().get()).isTrue();
        }

        @Test
        void uploadsWithDeterminateProgress() throws Exception {
            Path archive = Files.write(folder.resolve("app.zip"), new byte[100]);
            viewModel.takeArchive(List.of(archive));
            viewModel.progressProperty().addListener((observable, before, after) ->
                    progressSeen.add(after.doubleValue()));

            viewModel.submit();

            assertThat(created).extracting(CreateVaultRequest::name).containsExactly("app");
            assertThat(progressSeen).contains(0.5, 1.0);
            assertThat(viewModel.getProgressText()).startsWith("The server accepted it.");
            assertThat(workspace.getPage()).isEqualTo(Page.DASHBOARD);
            assertThat(workspace.getSelectedVault().id()).isEqualTo(createdVault.id());
        }

        @Test
        void cancelsUploadUnderWay() throws Exception {
            List<Boolean> cancelled = new ArrayList<>();
            boolean[] holding = {false};
            InlineBackground inline = new InlineBackground();
            background = new Background() {
                @Override
                public <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                    return holding[0] ? () -> cancelled.add(true) : inline.run(work, onSuccess, onFailure);
                }

                @Override
                public void onFxThread(Runnable update) {
                    update.run();
                }
            };
            viewModel = viewModel(new AdminSettings(folder.resolve("none.properties").toString()));
            viewModel.takeArchive(List.of(Files.write(folder.resolve("app.zip"), new byte[100])));
            holding[0] = true;
            viewModel.submit();
            boolean busyWhileUploading = viewModel.isBusy();

            viewModel.cancel();

            assertThat(busyWhileUploading).isTrue();
            assertThat(cancelled).containsExactly(true);
            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.getProgressText()).isEqualTo("Upload cancelled. The server kept nothing of it.");
        }
    }

    @Nested
    class Git {

        @Test
        void checksFieldsAsTyped() {
            viewModel.open(CodeSourceKind.GIT);

            viewModel.gitUrlProperty().set("http://git.example.com/app.git");

            assertThat(viewModel.getError(Field.URL)).contains("https only");
            assertThat(viewModel.getError(Field.NAME)).isEmpty();
            assertThat(viewModel.canSubmitBinding().get()).isFalse();
        }

        @Test
        void acceptsCompleteForm() {
            viewModel.open(CodeSourceKind.GIT);

            viewModel.vaultNameProperty().set("app");
            viewModel.gitUrlProperty().set("https://git.example.com/acme/app.git");
            viewModel.gitBranchProperty().set("release/2.1");

            assertThat(viewModel.getError(Field.URL)).isEmpty();
            assertThat(viewModel.canSubmitBinding().get()).isTrue();
        }

        @Test
        void asksForTokenWithUserName() {
            viewModel.open(CodeSourceKind.GIT);

            viewModel.gitUsernameProperty().set("ci-bot");

            assertThat(viewModel.getError(Field.TOKEN)).startsWith("Enter the password or personal access token");
        }

        @Test
        void sendsGitRequestAndClearsToken() {
            fillGitForm();

            viewModel.submit();

            assertThat(created).hasSize(1);
            assertThat(created.get(0).source()).isEqualTo(CodeSourceKind.GIT);
            assertThat(created.get(0).remoteUrl()).isEqualTo("https://git.example.com/acme/app.git");
            assertThat(created.get(0).credentials().username()).isEqualTo("ci-bot");
            assertThat(viewModel.gitTokenProperty().get()).isEmpty();
        }

        @Test
        void clearsTokenWhenPageIsLeft() {
            fillGitForm();

            workspace.show(Page.SETTINGS);

            assertThat(viewModel.gitTokenProperty().get()).isEmpty();
            assertThat(viewModel.gitUrlProperty().get()).isEqualTo("https://git.example.com/acme/app.git");
        }

        @Test
        void opensEmptyAfterPageWasLeft() {
            fillGitForm();
            viewModel.gitBranchProperty().set("release/2.1");
            viewModel.scheduleProperty().set(ReplicationSchedule.WEEKLY);
            workspace.show(Page.SETTINGS);

            viewModel.open(CodeSourceKind.GIT);

            assertThat(viewModel.vaultNameProperty().get()).isEmpty();
            assertThat(viewModel.gitUrlProperty().get()).isEmpty();
            assertThat(viewModel.gitBranchProperty().get()).isEmpty();
            assertThat(viewModel.gitUsernameProperty().get()).isEmpty();
            assertThat(viewModel.gitTokenProperty().get()).isEmpty();
            assertThat(viewModel.scheduleProperty().get()).isEqualTo(ReplicationSchedule.MANUAL);
            assertThat(viewModel.getError(Field.URL)).isEmpty();
            assertThat(viewModel.getError(Field.TOKEN)).isEmpty();
        }

        @Test
        void keepsFormWhileServerRejectsVault() {
            vaultRejection = new HttpClientResponseException("Bad Request", HttpResponse.badRequest());
            fillGitForm();

            viewModel.submit();

            assertThat(workspace.getPage()).isEqualTo(Page.NEW_VAULT);
            assertThat(viewModel.gitUrlProperty().get()).isEqualTo("https://git.example.com/acme/app.git");
            assertThat(viewModel.gitTokenProperty().get()).isEqualTo("secret-token");
        }

        @Test
        void keepsChosenNewProjectWhenListRefreshes() {
            fillGitForm();
            viewModel.targetProperty().set(new ProjectTarget(team, null));

            projects.add(TestData.project(team, "Billing"));
            vaultList.refresh();

            assertThat(viewModel.targetProperty().get()).isEqualTo(new ProjectTarget(team, null));
        }

        @Test
        void opensAtExistingProjectAfterNewOne() {
            fillGitForm();
            viewModel.targetProperty().set(new ProjectTarget(team, null));

            viewModel.open(CodeSourceKind.GIT);

            assertThat(viewModel.targetProperty().get()).isEqualTo(new ProjectTarget(team, payments));
        }

        @Test
        void removesNewProjectWhenServerRejectsVault() {
            vaultRejection = new HttpClientResponseException("Bad Request", HttpResponse.badRequest());
            fillGitForm();
            viewModel.targetProperty().set(new ProjectTarget(team, null));

            viewModel.submit();

            assertThat(deletedProjects).hasSize(1);
            assertThat(errors.getCurrent().whatFailed()).isEqualTo("Creating the vault app failed.");
            assertThat(viewModel.isBusy()).isFalse();
        }
    }

    @Nested
    class Title {

        private final VaultItem billing = new VaultItem(TestData.vault(payments, "billing", VaultStatus.READY));

        @Test
        void namesVaultForNewVersion() {
            workspace.select(billing);

            viewModel.open(CodeSourceKind.ARCHIVE);

            assertThat(viewModel.getTitle()).isEqualTo("Upload a new version of billing");
        }

        @Test
        void saysNewVaultWhenNewVersionIsUnticked() {
            workspace.select(billing);
            viewModel.open(CodeSourceKind.ARCHIVE);

            viewModel.asNewVersionProperty().set(false);

            assertThat(viewModel.getTitle()).isEqualTo("New vault");
        }

        @Test
        void saysNewVaultForGitForm() {
            workspace.select(billing);

            viewModel.open(CodeSourceKind.GIT);

            assertThat(viewModel.getTitle()).isEqualTo("New vault");
        }

        @Test
        void saysNewVaultWithoutSelectedVault() {
            viewModel.open(CodeSourceKind.ARCHIVE);

            assertThat(viewModel.getTitle()).isEqualTo("New vault");
        }
    }

    private void fillGitForm() {
        viewModel.open(CodeSourceKind.GIT);
        viewModel.vaultNameProperty().set("app");
        viewModel.gitUrlProperty().set("https://git.example.com/acme/app.git");
        viewModel.gitUsernameProperty().set("ci-bot");
        viewModel.gitTokenProperty().set("secret-token");
    }

    private NewVaultViewModel viewModel(AdminSettings admin) {
        VaultClient vaults = Fakes.of(VaultClient.class)
                .answer("createVault", args -> {
                    if (vaultRejection != null) {
                        throw vaultRejection;
                    }
                    created.add((CreateVaultRequest) args[1]);
                    return HttpResponse.created(createdVault);
                })
                .answer("listVaults", args -> List.of())
                .build();
        ProjectClient projectClient = Fakes.of(ProjectClient.class)
                .answer("listProjects", args -> projects)
                .answer("createProject", args -> HttpResponse.created(TestData.project(team, "New")))
                .answer("deleteProject", args -> {
                    deletedProjects.add((UUID) args[0]);
                    return HttpResponse.noContent();
                })
                .build();
        vaultList = new VaultListViewModel(new VaultListActions(
                Fakes.of(TeamClient.class).answer("teams", args -> List.of(team)).build(), projectClient, vaults,
                new FakeStates()), background, workspace, errors, (title, text) -> { });
        ArchiveUploader uploader = new ArchiveUploader(null) {
            @Override
            public VaultView upload(UUID vaultId, Path file, UploadProgress progress) {
                progress.sent(50, 100);
                progress.sent(100, 100);
                return createdVault;
            }
        };
        vaultList.refresh();
        return new NewVaultViewModel(new NewVaultActions(projectClient, vaults, uploader, admin, limits), background,
                vaultList, workspace, errors);
    }
}
