package dev.codevault.backend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.codevault.backend.account.User;
import dev.codevault.backend.project.ProjectService;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.backend.vault.ArchiveUploadService;
import dev.codevault.backend.vault.VaultRepository;
import dev.codevault.backend.vault.VaultService;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.VaultStatus;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two workers on one MariaDB share the queue, and no job runs on both. */
class TwoWorkersTest {

    private static final int VAULTS = 8;

    private final ConcurrentLinkedQueue<Execution> executions = new ConcurrentLinkedQueue<>();

    @Test
    void runsEachJobOnce() throws Exception {
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            Map<String, Object> settings = new HashMap<>(PipelineSettings.on(database));
            try (ApplicationContext first = worker(settings, "first");
                 ApplicationContext second = worker(settings, "second")) {
                List<UUID> vaults = uploadToNewVaults(first);

                awaitReady(first, vaults);

                Map<String, List<Execution>> perJob = executions.stream()
                        .collect(Collectors.groupingBy(Execution::job));
                assertThat(perJob).as("executions: %s", executions).hasSize(VAULTS * 2);
                perJob.forEach((job, attempts) -> {
                    assertThat(attempts).as("successful runs of %s", job).filteredOn(Execution::succeeded)
                            .hasSize(1);
                    assertThat(overlapping(attempts)).as("overlapping runs of %s", job).isFalse();
                });
            }
        }
    }

    private ApplicationContext worker(Map<String, Object> settings, String name) {
        return ApplicationContext.builder().properties(settings)
                .singletons(new RecordingInterceptor(name, executions))
                .start();
    }

    private List<UUID> uploadToNewVaults(ApplicationContext context) {
        TestAccounts accounts = context.getBean(TestAccounts.class);
        User user = accounts.createUser();
        Team team = accounts.createTeam("Workers");
        accounts.addMember(team, user, TeamRole.ADMIN);
        UUID projectId = context.getBean(ProjectService.class).create(user.id(), team.id(), "Shared queue").id();
        VaultService vaultService = context.getBean(VaultService.class);
        ArchiveUploadService uploadService = context.getBean(ArchiveUploadService.class);

        List<UUID> vaults = new ArrayList<>();
        for (int i = 0; i < VAULTS; i++) {
            UUID vaultId = vaultService.create(user.id(), projectId, "vault " + i, CodeSourceKind.ARCHIVE).id();
            byte[] archive = Archives.zip(Map.of("src/Main" + i + ".java", "class Main" + i + " {\n}\n"));
            uploadService.upload(user.id(), vaultId, "app.zip", archive.length, new ByteArrayInputStream(archive));
            vaults.add(vaultId);
        }
        return vaults;
    }

    private static void awaitReady(ApplicationContext context, List<UUID> vaults) throws InterruptedException {
        VaultRepository repository = context.getBean(VaultRepository.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            boolean allReady = vaults.stream().allMatch(id -> repository.findById(id)
                    .map(vault -> vault.status() == VaultStatus.READY).orElse(false));
            if (allReady) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not every vault became ready: " + vaults.stream()
                .map(id -> repository.findById(id).map(vault -> vault.state().toString()).orElse("gone"))
                .toList());
    }

    private static boolean overlapping(List<Execution> attempts) {
        List<Execution> byStart = attempts.stream().sorted(Comparator.comparingLong(Execution::startNanos))
                .toList();
        for (int i = 1; i < byStart.size(); i++) {
            if (byStart.get(i).startNanos() < byStart.get(i - 1).endNanos()) {
                return true;
            }
        }
        return false;
    }

    /** One attempt of a job on a worker. */
    private record Execution(String worker, String job, long startNanos, long endNanos, boolean succeeded) {
    }

    /** Records which worker ran which job, when, and whether the attempt succeeded. */
    private record RecordingInterceptor(String worker, ConcurrentLinkedQueue<Execution> executions)
            implements ExecutionInterceptor {

        @Override
        public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
            boolean pipelineJob = Arrays.stream(JobKind.values())
                    .anyMatch(kind -> kind.taskName().equals(instance.getTaskName()));
            if (!pipelineJob) {
                return chain.proceed(instance, context);
            }
            String job = instance.getTaskName() + "/" + instance.getId();
            long start = System.nanoTime();
            try {
                CompletionHandler<?> result = chain.proceed(instance, context);
                executions.add(new Execution(worker, job, start, System.nanoTime(), true));
                return result;
            } catch (RuntimeException e) {
                executions.add(new Execution(worker, job, start, System.nanoTime(), false));
                throw e;
            }
        }
    }
}
