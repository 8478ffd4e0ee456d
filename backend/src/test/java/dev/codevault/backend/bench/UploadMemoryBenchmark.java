package dev.codevault.backend.bench;

import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.ProcessApi;
import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TextArchives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads archives of several sizes to a server process with a small fixed heap and reports the peak heap from its
 * GC log, with the time to upload and the time until the version is analysed. A heap peak that does not grow with
 * the archive shows that upload and import stream instead of holding the archive.
 *
 * <p>Run: {@code ./mvnw -B -pl backend -am -Pbench-upload test-compile exec:exec -Dbench.sizes="100 500"}.
 */
public final class UploadMemoryBenchmark {

    private static final String HEAP = "-Xmx256m";
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private UploadMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"100", "500"} : String.join(" ", args).split("\\s+")) {
            sizes.add(Integer.parseInt(arg));
        }
        System.out.printf("%-8s %-12s %-12s %-16s %-14s%n", "MB", "upload s", "ready s", "upload MB/s",
                "peak heap MB");
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int megabytes) throws Exception {
        Path archive = TextArchives.zipOfMegabytes(megabytes);
        Path gcLog = Files.createTempFile("codevault-gc", ".log");
        try (MariaDbDatabase database = MariaDbDatabase.create()) {
            Map<String, String> settings = PipelineSettings.on(database);
            settings.put("codevault.jobs.max-attempts", "1");
            ProcessApi api = ProcessApi.newAdmin(settings);
            List<String> arguments = new ArrayList<>();
            settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
            // Last wins: the test settings pick a random port, but the client must know which one.
            arguments.add("--micronaut.server.port=" + ServerProcess.freePort());
            try (ServerProcess server = ServerProcess.start(List.of(HEAP, "-Xlog:gc:file=" + gcLog),
                    arguments.toArray(String[]::new))) {
                api.connect(server);
                String vaultId = api.createVault("bench-" + megabytes);

                long started = System.nanoTime();
                api.upload(vaultId, archive);
                long uploaded = System.nanoTime();
                api.awaitStatus(vaultId, "READY", Duration.ofMinutes(20));
                long ready = System.nanoTime();

                double uploadSeconds = (uploaded - started) / 1e9;
                System.out.printf(Locale.ROOT, "%-8d %-12.1f %-12.1f %-16.1f %-14d%n", megabytes, uploadSeconds,
                        (ready - uploaded) / 1e9, Files.size(archive) / 1e6 / uploadSeconds, peakHeap(gcLog));
            }
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    /** Returns the largest heap in use before a collection, in megabytes, from a unified-logging GC log. */
    private static long peakHeap(Path gcLog) throws Exception {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher matcher = GC_LINE.matcher(line);
            if (matcher.find()) {
                peak = Math.max(peak, Long.parseLong(matcher.group(1)));
            }
        }
        return peak;
    }
}
