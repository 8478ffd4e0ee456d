package dev.codevault.backend.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;

/**
 * A real git server over smart HTTP on loopback: git's own {@code git http-backend} behind the JDK's HTTP server,
 * with Basic authentication, over http or https. It serves the bare repositories under a folder, records every
 * request, and stops responding on request, to test timeouts.
 */
public final class GitHttpServer implements AutoCloseable {

    private static final String HTTP_BACKEND = "/usr/lib/git-core/git-http-backend";

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService executor;
    private final Path root;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String username;
    private volatile String password;
    private volatile boolean stalled;
    private final Map<String, Integer> fetches = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> heldFetches = new ConcurrentHashMap<>();
    private final Map<String, Integer> waitingFetches = new ConcurrentHashMap<>();
    private final AtomicInteger requestsWithLogin = new AtomicInteger();

    private GitHttpServer(Path root, HttpServer server, String scheme) {
        this.root = root;
        this.server = server;
        this.scheme = scheme;
        this.executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts a server for the repositories under the folder, with a login that every request must send. */
    public static GitHttpServer start(Path root, String username, String password) throws IOException {
        HttpServer plain = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        return started(new GitHttpServer(root, plain, "http"), username, password);
    }

    /** Starts a server like {@link #start} that speaks https with the key and certificate of the TLS context. */
    public static GitHttpServer startHttps(Path root, String username, String password, SSLContext tls)
            throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        return started(new GitHttpServer(root, https, "https"), username, password);
    }

    private static GitHttpServer started(GitHttpServer server, String username, String password) {
        server.requireLogin(username, password);
        server.server.start();
        return server;
    }

    /** Returns the URL of a repository under the root folder, such as {@code app.git}. */
    public String url(String repository) {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/" + repository;
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Changes the login the server accepts, as when a token is revoked. */
    public void requireLogin(String newUsername, String newPassword) {
        this.username = newUsername;
        this.password = newPassword;
    }

    /** Makes the server accept connections and then send nothing, or answer again. */
    public void stall(boolean stop) {
        this.stalled = stop;
    }

    /**
     * Makes fetches of a repository, such as {@code app.git}, wait before the server sends any object, until
     * {@link #releaseFetches} is called. The client has read the refs by then, so the run keeps that state.
     */
    public void holdFetches(String repository) {
        heldFetches.putIfAbsent(repository, new CountDownLatch(1));
    }

    /** Lets the held fetches of a repository go on, and the later ones pass. */
    public void releaseFetches(String repository) {
        CountDownLatch gate = heldFetches.remove(repository);
        if (gate != null) {
            gate.countDown();
        }
    }

    /** Returns how many fetches of a repository wait at the moment. */
    public int waitingFetches(String repository) {
        return waitingFetches.getOrDefault(repository, 0);
    }

    /** Returns how many fetches of a repository the server received: requests that name objects to send. */
    public int fetches(String repository) {
        return fetches.getOrDefault(repository, 0);
    }

    /** Returns how many requests so far carried an Authorization header, whether the login was right or not. */
    public int requestsWithLogin() {
        return requestsWithLogin.get();
    }

    /** Returns the method, path and query of every request so far. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        stalled = false;
        heldFetches.values().forEach(CountDownLatch::countDown);
        heldFetches.clear();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + (query == null ? "" : "?" + query));
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                requestsWithLogin.incrementAndGet();
            }
            if (stalled) {
                waitWhileStalled();
                return;
            }
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String fetched = fetchedRepository(exchange, body);
            if (fetched != null) {
                fetches.merge(fetched, 1, Integer::sum);
                waitWhileHeld(fetched);
            }
            runBackend(exchange, query, body);
        }
    }

    /**
     * Returns the repository that a request fetches objects from, or {@code null} for other requests. An
     * upload-pack request that lists {@code want} lines is a fetch, in protocol version 0 as in version 2, where
     * the listing of refs is a request of its own.
     */
    private static String fetchedRepository(HttpExchange exchange, byte[] body) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("POST") || !path.endsWith("/git-upload-pack")) {
            return null;
        }
        byte[] plain = body;
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                plain = in.readAllBytes();
            }
        }
        if (!new String(plain, StandardCharsets.ISO_8859_1).contains("want ")) {
            return null;
        }
        return path.substring(1, path.length() - "/git-upload-pack".length());
    }

    private void waitWhileHeld(String repository) {
        CountDownLatch gate = heldFetches.get(repository);
        if (gate == null) {
            return;
        }
        waitingFetches.merge(repository, 1, Integer::sum);
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waitingFetches.merge(repository, -1, Integer::sum);
        }
    }

    private void waitWhileStalled() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stalled && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    /** Runs git http-backend as a CGI program: request headers become its environment, its output the response. */
    private void runBackend(HttpExchange exchange, String query, byte[] body) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(HTTP_BACKEND);
        Map<String, String> env = builder.environment();
        env.put("GIT_PROJECT_ROOT", root.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("PATH_INFO", exchange.getRequestURI().getPath());
        env.put("QUERY_STRING", query == null ? "" : query);
        env.put("REQUEST_METHOD", exchange.getRequestMethod());
        env.put("REMOTE_USER", username);
        env.put("REMOTE_ADDR", "127.0.0.1");
        copyHeader(exchange, env, "Content-Type", "CONTENT_TYPE");
        copyHeader(exchange, env, "Content-Length", "CONTENT_LENGTH");
        copyHeader(exchange, env, "Content-Encoding", "HTTP_CONTENT_ENCODING");
        copyHeader(exchange, env, "Git-Protocol", "GIT_PROTOCOL");
        Process process = builder.start();
        Thread feeder = new Thread(() -> feed(new ByteArrayInputStream(body), process.getOutputStream()));
        feeder.start();
        try (InputStream output = new BufferedInputStream(process.getInputStream())) {
            respond(exchange, output);
        } finally {
            process.destroy();
        }
    }

    private static void copyHeader(HttpExchange exchange, Map<String, String> env, String header, String variable) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
            env.put(variable, value);
        }
    }

    private static void feed(InputStream body, OutputStream stdin) {
        try (body; stdin) {
            body.transferTo(stdin);
        } catch (IOException e) {
            // The backend stopped reading: its answer tells the client what went wrong.
        }
    }

    private static void respond(HttpExchange exchange, InputStream output) throws IOException {
        int status = 200;
        for (String line : readHeaderLines(output)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.substring(0, 3));
            } else {
                exchange.getResponseHeaders().add(name, value);
            }
        }
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            output.transferTo(body);
        }
    }

    private static List<String> readHeaderLines(InputStream output) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int read;
        while ((read = output.read()) >= 0) {
            if (read == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).replace("\r", "");
                if (text.isEmpty()) {
                    break;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(read);
            }
        }
        return lines;
    }
}
