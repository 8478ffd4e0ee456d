package dev.codevault.backend.sources;

import java.io.IOException;
import java.net.InetAddress;

/**
 * A connection to a remote that was stopped because its host resolved to an address the network policy does not
 * allow. It is an {@link IOException} so it can leave a socket's {@code connect} and reach the mirror's error
 * handling through JGit.
 */
public class BlockedAddressException extends IOException {

    private final String host;

    public BlockedAddressException(String host, InetAddress address) {
        super("The host " + host + " resolves to " + address.getHostAddress() + ", a loopback, link-local or "
                + "private address, and this server does not read git remotes on such networks. Use a public "
                + "host, or ask your administrator to set codevault.git.allow-private-networks.");
        this.host = host;
    }

    /** Returns the host name that resolved to the blocked address. */
    public String host() {
        return host;
    }
}
