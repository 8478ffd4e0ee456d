package dev.codevault.backend.sources;

import java.io.IOException;
import java.net.InetAddress;

/**
 * A connection to a remote that was stopped because its host resolved to an address the network policy does not
 * allow. It is an {@link IOException} so it can leave a socket's {@code connect} and reach the mirror's error
 * handling through JGit. Its message carries the server's advice; {@link #advisedFor(ReadContext)} gives the one
 * for another context.
 */
public class BlockedAddressException extends IOException {

    private final String host;
    private final String problem;

    public BlockedAddressException(String host, InetAddress address) {
        super(problem(host, address) + " this server does not read git remotes on such networks. Use a public "
                + "host, or ask your administrator to set codevault.git.allow-private-networks.");
        this.host = host;
        this.problem = problem(host, address);
    }

    /** Returns the host name that resolved to the blocked address. */
    public String host() {
        return host;
    }

    /** Returns the message with the advice that fits the context. */
    public String advisedFor(ReadContext context) {
        if (context != ReadContext.COMMAND_LINE) {
            return getMessage();
        }
        return problem + " such networks are off by default. Use a public host, or allow them with "
                + "--allow-private-networks or CODEVAULT_GIT_ALLOW_PRIVATE_NETWORKS=true.";
    }

    private static String problem(String host, InetAddress address) {
        return "The host " + host + " resolves to " + address.getHostAddress() + ", a loopback, link-local or "
                + "private address, and";
    }
}
