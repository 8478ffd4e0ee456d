package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.GitCredential;
import dev.codevault.backend.sources.GitSettings;
import dev.codevault.backend.sources.RemoteUrl;
import dev.codevault.backend.sources.RemoteUrlPolicy;
import dev.codevault.backend.storage.StorageFolders;
import dev.codevault.backend.storage.VaultStorage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;

/**
 * First mirrors of a remote with the server's own {@link RepositoryMirror}, timed, for bench/mirror-vs-git.sh.
 * Usage: {@code MirrorBenchmark URL STORAGE_FOLDER [COUNT]}, with the login in {@code BENCH_GIT_USER} and
 * {@code BENCH_GIT_TOKEN}. It mirrors COUNT times (default 1) into new repositories in the same JVM, so the later
 * ones run with compiled code as in a server that has run for a while. It prints one line per mirror: the wall time
 * in milliseconds, the heap pools' peak use so far, and the repository's size. Loopback and plain http are allowed,
 * as for the test server.
 */
public final class MirrorBenchmark {

    private MirrorBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Usage: MirrorBenchmark URL STORAGE_FOLDER [COUNT]");
            System.exit(2);
        }
        int count = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        GitSettings settings = new GitSettings(true, true, Duration.ofSeconds(60), Duration.ofHours(2),
                Duration.ofSeconds(30), Long.MAX_VALUE, null);
        GitRemote remote = new GitRemote(settings.networkPolicy(), HttpsURLConnection.getDefaultSSLSocketFactory(),
                Clock.systemUTC());
        VaultStorage storage = StorageFolders.at(Path.of(args[1]).toAbsolutePath());
        RepositoryMirror mirror = new RepositoryMirror(remote, storage, settings);
        RemoteUrl url = new RemoteUrlPolicy(settings.networkPolicy()).check(args[0]);
        GitCredential credential = new GitCredential(System.getenv("BENCH_GIT_USER"),
                System.getenv("BENCH_GIT_TOKEN"));

        for (int run = 1; run <= count; run++) {
            long started = System.nanoTime();
            MirrorResult result = mirror.mirror(VaultStorage.newRandomName(), url, null, credential,
                    MirrorProgress.NONE);
            long millis = (System.nanoTime() - started) / 1_000_000;

            System.out.printf("mirror_ms=%d peak_heap_mib=%.1f repository_bytes=%d%n", millis,
                    peakHeapBytes() / 1048576.0, result.repositoryBytes());
        }
    }

    /** Returns the sum of the heap pools' peak use, an upper bound of the heap's peak because pools peak apart. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
