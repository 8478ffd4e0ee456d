package dev.codevault.backend.crypto;

import io.micronaut.context.ApplicationContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The {@code codevault rotate-master-key} command: starts the server's database layer without the HTTP server or
 * the job worker, re-seals every credential and vault data key under the current master key
 * ({@code CODEVAULT_MASTER_KEY}), and removes the previous keys ({@code CODEVAULT_PREVIOUS_MASTER_KEYS}) from the
 * database's record. Exit code 0 on success, 1 when a value could not be re-sealed, 2 when the server's settings
 * are wrong.
 */
public final class RotateMasterKeyCommand {

    private RotateMasterKeyCommand() {
    }

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        System.exit(run(args));
    }

    /** Runs the rotation with the server's settings plus the given arguments and returns the exit code. */
    static int run(String[] args) {
        ApplicationContext context;
        try {
            context = ApplicationContext.builder()
                    .args(args)
                    .properties(Map.of("codevault.jobs.worker-enabled", "false"))
                    .start();
        } catch (RuntimeException e) {
            System.err.println("codevault rotate-master-key: the server's settings do not work: " + rootMessage(e));
            return 2;
        }
        try (context) {
            List<String> report = context.getBean(MasterKeyRotation.class).rotate();
            report.forEach(line -> System.out.println("codevault rotate-master-key: " + line));
            return 0;
        } catch (IllegalStateException | SealedValueException e) {
            System.err.println("codevault rotate-master-key: " + e.getMessage());
            return 1;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
