package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.NetworkPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The TLS socket factory of mirror connections. The JDK's https client asks it for an unconnected socket, connects
 * that socket itself, and then asks for the TLS layer on top: the first socket is a {@link GuardedSocket}, so the
 * address check happens on the connection that is really made, and the TLS layer comes from the given factory with
 * its usual certificate and host name checks.
 */
final class GuardedSocketFactory extends SSLSocketFactory {

    private final NetworkPolicy policy;
    private final SSLSocketFactory tls;

    GuardedSocketFactory(NetworkPolicy policy, SSLSocketFactory tls) {
        this.policy = policy;
        this.tls = tls;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(policy);
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return tls.createSocket(socket, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return layered(connected(new InetSocketAddress(host, port)), host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return layered(connected(new InetSocketAddress(address, port)), address.getHostAddress(), port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return createSocket(address, port);
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return tls.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return tls.getSupportedCipherSuites();
    }

    private Socket connected(InetSocketAddress target) throws IOException {
        Socket socket = new GuardedSocket(policy);
        try {
            socket.connect(target);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private Socket layered(Socket connected, String host, int port) throws IOException {
        return tls.createSocket(connected, host, port, true);
    }
}
