package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.NetworkPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.JDKHttpConnection;
import org.eclipse.jgit.transport.HttpTransport;

/**
 * JGit's HTTP connection factory for this process, installed once. Connections opened while
 * {@link #withRules(ConnectionRules, Callable)} runs on the same thread follow those rules: https sockets check
 * the address they connect to, and TLS verification cannot be turned off by git configuration. Connections
 * opened on other threads follow {@link NetworkPolicy#STRICT}.
 */
final class GuardedConnectionFactory implements HttpConnectionFactory {

    private static final ThreadLocal<ConnectionRules> RULES = new ThreadLocal<>();
    private static final Object INSTALL_LOCK = new Object();

    private GuardedConnectionFactory() {
    }

    /** Makes JGit open every HTTP connection of this process through this factory. */
    static void install() {
        synchronized (INSTALL_LOCK) {
            if (!(HttpTransport.getConnectionFactory() instanceof GuardedConnectionFactory)) {
                HttpTransport.setConnectionFactory(new GuardedConnectionFactory());
            }
        }
    }

    /** Runs the work with the rules applying to every JGit connection it opens on this thread. */
    static <T> T withRules(ConnectionRules rules, Callable<T> work) throws Exception {
        ConnectionRules outer = RULES.get();
        RULES.set(rules);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                RULES.remove();
            } else {
                RULES.set(outer);
            }
        }
    }

    @Override
    public HttpConnection create(URL url) throws IOException {
        return create(url, null);
    }

    @Override
    public HttpConnection create(URL url, Proxy proxy) throws IOException {
        ConnectionRules rules = RULES.get();
        if (rules == null) {
            rules = new ConnectionRules(NetworkPolicy.STRICT, HttpsURLConnection.getDefaultSSLSocketFactory());
        }
        String protocol = url.getProtocol();
        if (protocol.equals("https")) {
            return new GuardedConnection(new URL(null, url.toString(), new GuardedHttpsHandler(rules)), proxy);
        }
        if (protocol.equals("http") && rules.policy().allowHttp()) {
            requireAllowedAddresses(url.getHost(), rules.policy());
            return new GuardedConnection(url, proxy);
        }
        throw new IOException("the " + protocol + " connection to " + url.getHost() + " is not allowed; only https "
                + "is");
    }

    /**
     * Checks the addresses of a plain http host before the JDK resolves it again.
     * NOTE: plain http is only for servers an administrator allowed, and its check runs before the JDK connects,
     * not on the socket itself as for https; the JDK's address cache (30 s by default) usually returns the same
     * answer.
     */
    private static void requireAllowedAddresses(String host, NetworkPolicy policy) throws IOException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            policy.requireAllowed(host, address);
        }
    }

    /** Opens https connections whose sockets come from a {@link GuardedSocketFactory}. */
    private static final class GuardedHttpsHandler extends URLStreamHandler {

        private final ConnectionRules rules;

        GuardedHttpsHandler(ConnectionRules rules) {
            this.rules = rules;
        }

        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            return openConnection(url, null);
        }

        @Override
        protected URLConnection openConnection(URL url, Proxy proxy) throws IOException {
            URL plain = new URL(url.toString());
            URLConnection connection = proxy == null ? plain.openConnection() : plain.openConnection(proxy);
            HttpsURLConnection https = (HttpsURLConnection) connection;
            https.setSSLSocketFactory(new GuardedSocketFactory(rules.policy(), rules.tls()));
            return https;
        }
    }

    /**
     * JGit's JDK connection, with TLS verification that configuration cannot switch off and no fallback to git's
     * dumb HTTP protocol. JGit 7.8 reads a server that sends its refs as a plain file with its walk fetch, which
     * fails in ls-remote and has not been checked against the size limit, so such a server is rejected here.
     */
    private static final class GuardedConnection extends JDKHttpConnection {

        private static final String ADVERTISEMENT = "application/x-git-upload-pack-advertisement";

        GuardedConnection(URL url, Proxy proxy) throws IOException {
            super(url, proxy == null ? Proxy.NO_PROXY : proxy);
        }

        @Override
        public InputStream getInputStream() throws IOException {
            if (isRefsRequest() && getResponseCode() == HttpURLConnection.HTTP_OK && !isAdvertisement()) {
                throw new DumbHttpException(getURL().getHost());
            }
            return super.getInputStream();
        }

        /** Returns whether this is the first request of a fetch, to which a smart server replies with its ref advertisement. */
        private boolean isRefsRequest() {
            String query = getURL().getQuery();
            return getURL().getPath().endsWith("/info/refs") && query != null
                    && query.contains("service=git-upload-pack");
        }

        private boolean isAdvertisement() {
            String type = getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith(ADVERTISEMENT);
        }

        @Override
        public void configure(KeyManager[] keyManagers, TrustManager[] trustManagers, SecureRandom random) {
            // JGit calls this only to trust every certificate when http.sslVerify is false: mirrors always verify.
        }

        @Override
        public void setHostnameVerifier(HostnameVerifier verifier) {
            // Called for the same reason as configure: the JDK's host name check stays on.
        }
    }
}
