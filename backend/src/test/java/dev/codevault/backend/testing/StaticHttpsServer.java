package dev.codevault.backend.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;

/**
 * A plain file server over https on loopback: a GET returns the file under its root folder, and anything
 * else returns 404. Serving a bare repository after {@code git update-server-info} makes it a git remote that speaks
 * only git's dumb HTTP protocol, as a web server without git's smart HTTP backend does.
 */
public final class StaticHttpsServer implements AutoCloseable {

    private final HttpsServer server;
    private final Path root;

    private StaticHttpsServer(HttpsServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts a server for the files under the folder, with the key and certificate of the TLS context. */
    public static StaticHttpsServer start(Path root, SSLContext tls) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        StaticHttpsServer server = new StaticHttpsServer(https, root.toAbsolutePath().normalize());
        https.createContext("/", server::handle);
        https.start();
        return server;
    }

    /** Returns the https URL of a path under the root folder, such as {@code app.git}. */
    public String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!exchange.getRequestMethod().equals("GET") || !file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] content = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        }
    }
}
