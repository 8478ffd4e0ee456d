package dev.codevault.backend.testing;

import dev.codevault.backend.Application;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The server started as its own process from the test class path, as an operator starts it. */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final List<String> arguments;
    private final Path stdout;
    private final Path stderr;

    private ServerProcess(Process process, List<String> arguments, Path stdout, Path stderr) {
        this.process = process;
        this.arguments = arguments;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the server with the given command-line arguments and returns at once. */
    public static ServerProcess start(String... arguments) throws IOException {
        return start(List.of(), arguments);
    }

    /** Starts the server with options for its JVM, such as a heap limit, and returns at once. */
    public static ServerProcess start(List<String> jvmOptions, String... arguments) throws IOException {
        return startMain(Application.class, Map.of(), jvmOptions, arguments);
    }

    /**
     * Starts the server with environment variables added to the test's, as an operator sets
     * {@code CODEVAULT_MASTER_KEY}, and returns at once.
     */
    public static ServerProcess start(Map<String, String> environment, String... arguments) throws IOException {
        return startMain(Application.class, environment, List.of(), arguments);
    }

    /**
     * Starts another command of the backend, such as the master key rotation, from the test class path with
     * environment variables added to the test's, and returns at once.
     */
    public static ServerProcess startMain(Class<?> mainClass, Map<String, String> environment,
                                          List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile("codevault-stdout", ".txt");
        Path stderr = Files.createTempFile("codevault-stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start(), List.of(arguments), stdout, stderr);
    }

    /**
     * Waits for the process to end.
     *
     * @return its exit code
     * @throws AssertionError when it runs longer than the timeout
     */
    public int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server neither started nor failed within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    /**
     * Returns the value of a {@code --key=value} argument the process was started with, the last one when the key
     * is given twice, or an empty string.
     */
    public String argument(String key) {
        return arguments.stream().filter(argument -> argument.startsWith("--" + key + "="))
                .map(argument -> argument.substring(key.length() + 3))
                .reduce((first, last) -> last)
                .orElse("");
    }

    /** Ends the process at once, as a crash or {@code kill -9} would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Returns whether the process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Returns what the process wrote to standard output so far. */
    public String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** Returns what the process wrote to standard error so far. */
    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
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
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
