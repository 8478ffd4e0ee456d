package dev.codevault.backend.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codevault.backend.sources.NetworkPolicy;
import dev.codevault.backend.sources.ReadContext;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import dev.codevault.backend.testing.SelfSignedCertificate;
import dev.codevault.backend.testing.ServedRepository;
import dev.codevault.backend.testing.StaticHttpsServer;
import dev.codevault.backend.testing.TempFolders;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A git remote that speaks only git's dumb HTTP protocol: a bare repository after {@code git update-server-info},
 * served as plain files over https on loopback. Both ls-remote and a fetch into a repository must reject it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumbHttpRemoteTest {

    private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(10), Duration.ofMinutes(1),
            100L * 1024 * 1024);
    private static final NetworkPolicy LOOPBACK = new NetworkPolicy(true, false);

    private final Path folder = TempFolders.create("codevault-dumb-http");
    private StaticHttpsServer server;
    private GitRemote remote;
    private RemoteUrl url;

    @BeforeAll
    void startServer() throws Exception {
        Path files = Files.createDirectories(folder.resolve("files"));
        try (ServedRepository repository = ServedRepository.create(files.resolve("app.git"))) {
            repository.commit("main", Map.of("App.java", "class App {}\n"), "Main");
        }
        Process process = new ProcessBuilder("git", "update-server-info").directory(files.resolve("app.git")
                .toFile()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(process.waitFor()).isZero();

        SelfSignedCertificate certificate = SelfSignedCertificate.create(folder);
        server = StaticHttpsServer.start(files, certificate.serverContext());
        SSLSocketFactory tls = MirrorTrust.socketFactory(certificate.writePem(folder.resolve("trusted.pem")));
        remote = new GitRemote(LOOPBACK, tls, Clock.systemUTC());
        url = new RemoteUrlPolicy(LOOPBACK).parse(server.url("app.git"));
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void listRefsNamesMissingSmartHttp() {
        MirrorFailure failure = catchThrowableOfType(
                () -> remote.listRefs(url, null, Duration.ofSeconds(10), ReadContext.ACCESS_CHECK),
                MirrorFailure.class);

        assertThat(failure.reason()).isEqualTo(MirrorFailure.Reason.UNSUPPORTED_PROTOCOL);
        assertThat(failure.getMessage()).contains("does not speak git's smart HTTP protocol");
        assertThat(failure.getMessage()).contains("the https URL that the hosting service shows for cloning");
    }

    @Test
    void fetchIntoRepositoryIsRejected() throws Exception {
        Path repositoryFolder = folder.resolve("mirror.git");
        try (Repository repository = FileRepositoryBuilder.create(repositoryFolder.toFile())) {
            repository.create(true);

            MirrorFailure failure = catchThrowableOfType(() -> remote.fetch(repository, repositoryFolder, url, null,
                    LIMITS, MirrorProgress.NONE, ReadContext.MIRROR_RUN), MirrorFailure.class);

            assertThat(failure.reason()).isEqualTo(MirrorFailure.Reason.UNSUPPORTED_PROTOCOL);
            assertThat(repository.getRefDatabase().hasRefs()).isFalse();
        }
    }
}
