package dev.codevault.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One copy of the app per settings folder: a second process is refused while the first holds the lock. */
class InstanceLockTest {

    @TempDir
    Path settings;

    @Test
    void refusesSecondProcess() throws Exception {
        assertThat(InstanceLock.acquire(settings)).isTrue();

        assertThat(probe(settings)).isEqualTo("held");
    }

    @Test
    void takesLockOfOtherFolder(@TempDir Path other) throws Exception {
        assertThat(probe(other)).isEqualTo("acquired");
    }

    /** Runs {@link InstanceLockProbe} in a new JVM and returns what it printed. */
    private static String probe(Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), InstanceLockProbe.class.getName(),
                folder.toString())).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return output.substring(output.lastIndexOf('\n') + 1);
    }
}
