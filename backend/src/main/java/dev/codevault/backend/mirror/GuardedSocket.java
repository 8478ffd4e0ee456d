package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.NetworkPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * A plain socket that checks the address it is about to connect to against the network policy. The check runs on
 * the resolved address that the connection really uses, so a DNS answer that changed since the URL was accepted
 * cannot lead the server to a blocked network.
 */
final class GuardedSocket extends Socket {

    private final NetworkPolicy policy;

    GuardedSocket(NetworkPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress target)) {
            throw new IOException("only internet addresses can be connected to, not " + endpoint.getClass().getName());
        }
        InetSocketAddress resolved = target.isUnresolved()
                ? new InetSocketAddress(InetAddress.getByName(target.getHostString()), target.getPort())
                : target;
        policy.requireAllowed(target.getHostString(), resolved.getAddress());
        super.connect(resolved, timeout);
    }
}
