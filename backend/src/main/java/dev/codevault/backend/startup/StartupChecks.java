package dev.codevault.backend.startup;

import dev.codevault.backend.crypto.MasterKeyCheck;
import dev.codevault.backend.mail.MailSenderAddress;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/**
 * Checks the settings that can be checked before the server creates anything, so a start that fails on a bad
 * value, a bad master key or a taken port leaves the data folder as it was.
 */
public final class StartupChecks {

    private StartupChecks() {
    }

    /**
     * Runs every check.
     *
     * @param settings the started environment of the application context that has not started yet
     * @throws StartupProblem naming the first setting to change
     */
    public static void run(PropertyResolver settings) {
        SettingRules.check(settings);
        MailSenderAddress.check(settings);
        MasterKeyCheck.check(settings);
        requireFreePort(settings);
    }

    private static void requireFreePort(PropertyResolver settings) {
        int port = settings.get("micronaut.server.port", Integer.class).orElse(StartupSettings.DEFAULT_PORT);
        if (port <= 0) {
            return;
        }
        Optional<String> host = settings.get("micronaut.server.host", String.class);
        InetSocketAddress address = host.map(name -> new InetSocketAddress(name, port))
                .orElseGet(() -> new InetSocketAddress(port));
        if (address.isUnresolved()) {
            throw new StartupProblem("MICRONAUT_SERVER_HOST (micronaut.server.host) is '" + host.orElse("")
                    + "', which does not resolve to an address. Set it to an address of this machine, such as "
                    + "127.0.0.1, or to 0.0.0.0 for all interfaces.");
        }
        // NOTE: another program can still take the port between this probe and the bind, and then the database
        // already exists when StartupFailures explains the failure.
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(address);
        } catch (IOException e) {
            throw new StartupProblem(StartupFailures.portInUse(StartupSettings.of(settings), e), e);
        }
    }
}
