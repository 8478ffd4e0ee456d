package dev.codevault.backend.bench;

import dev.codevault.backend.testing.GitHttpServer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Serves the bare repositories under a folder over smart HTTP on loopback with the tests' {@link GitHttpServer},
 * for bench/mirror-vs-git.sh. Usage: {@code GitServerMain ROOT}, with the login in {@code BENCH_GIT_USER} and
 * {@code BENCH_GIT_TOKEN}. It prints {@code port=N} and serves until its standard input closes.
 */
public final class GitServerMain {

    private GitServerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: GitServerMain ROOT");
            System.exit(2);
        }
        try (GitHttpServer server = GitHttpServer.start(Path.of(args[0]).toAbsolutePath(),
                System.getenv("BENCH_GIT_USER"), System.getenv("BENCH_GIT_TOKEN"))) {
            System.out.println("port=" + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Serves until the script closes the pipe.
            }
        }
    }
}
