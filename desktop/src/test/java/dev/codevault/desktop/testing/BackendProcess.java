package dev.codevault.desktop.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real backend, started as its own process on its embedded defaults with a fresh data folder and a free port,
 * the way {@code codevault start} runs it. Its jar comes from the backend module's build.
 */
public final class BackendProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI url;
    private final Path dataDir;
    private final Path log;

    private BackendProcess(Process process, URI url, Path dataDir, Path log) {
        this.process = process;
        this.url = url;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts the backend and waits until its health check answers. */
    public static BackendProcess start() throws IOException, InterruptedException {
        return start(List.of());
    }

    /**
     * Starts the backend with extra arguments, such as its SMTP settings, and waits until its health check answers.
     */
    public static BackendProcess start(List<String> arguments) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("codevault.backend.jar", "../backend/target/codevault-backend.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the backend jar " + jar.toAbsolutePath() + " is missing; build it with "
                    + "./mvnw -pl backend -am package -DskipTests");
        }
        int port = freePort();
        Path dataDir = Files.createTempDirectory("codevault-desktop-test");
        Path log = dataDir.resolve("backend.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--codevault.data-dir=" + dataDir, "--micronaut.server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        BackendProcess backend = new BackendProcess(process, URI.create("http://127.0.0.1:" + port), dataDir, log);
        backend.awaitHealthy();
        return backend;
    }

    /** Returns the base address of the running backend. */
    public URI url() {
        return url;
    }

    /** Returns the backend's data folder, so a test can break what the health check looks at. */
    public Path dataDir() {
        return dataDir;
    }

    /** Returns what the backend printed so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /**
     * Waits for the development-mode passcode the backend printed for an address, because a backend without SMTP
     * settings logs passcodes instead of mailing them.
     */
    public String awaitPasscodeFor(String email) throws IOException, InterruptedException {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("DEVELOPMENT MODE.*passcode for "
                + java.util.regex.Pattern.quote(email) + " is ([A-Z2-9]{4}-[A-Z2-9]{4})");
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            java.util.regex.Matcher matcher = line.matcher(output());
            String last = null;
            while (matcher.find()) {
                last = matcher.group(1);
            }
            if (last != null) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the backend printed no passcode for " + email + ":\n" + output());
    }

    /** Waits for a passcode for the address other than the previous one, which a new request printed. */
    public String awaitPasscodeAfter(String email, String previous) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            String latest = awaitPasscodeFor(email);
            if (!latest.equals(previous)) {
                return latest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the backend printed no new passcode for " + email);
    }

    /** Returns a port on loopback where nothing listens. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the backend stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet; try again shortly.
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the backend did not become healthy within " + START_TIMEOUT + ":\n"
                + Files.readString(log));
    }
}
