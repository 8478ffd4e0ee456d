package dev.codevault.desktop.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's end of the browser sign-in (RFC 8252 section 7.3): a small HTTP server on {@code 127.0.0.1} and a free
 * port that waits for the sign-in page to send the browser back with {@code code} and {@code state}. A request
 * whose state is not the one this sign-in sent gets a 400 response and is ignored, so another page cannot inject a code.
 */
public final class LoopbackReceiver implements AutoCloseable {

    /** Path of the redirect URI. */
    public static final String CALLBACK_PATH = "/callback";

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackReceiver.class);

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private LoopbackReceiver(HttpServer server, String expectedState) {
        this.server = server;
        this.expectedState = expectedState;
    }

    /**
     * Starts listening on {@code 127.0.0.1} on a port the system picks.
     *
     * @param expectedState the {@code state} value this sign-in sent to the page
     */
    public static LoopbackReceiver start(String expectedState) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        LoopbackReceiver receiver = new LoopbackReceiver(server, expectedState);
        server.createContext(CALLBACK_PATH, receiver::handle);
        server.start();
        return receiver;
    }

    /** Returns the redirect URI to give the sign-in page. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + CALLBACK_PATH);
    }

    /**
     * Waits for the code.
     *
     * @throws TimeoutException     when the browser did not come back in time
     * @throws InterruptedException when the wait was cancelled
     * @throws SignInFailedException when the page reported an error instead of a code
     */
    public String awaitCode(Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SignInFailedException(e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String state = query.getOrDefault("state", "");
        if (!"GET".equals(exchange.getRequestMethod()) || !sameState(state)) {
            LOG.warn("Ignored a sign-in callback with a state that this sign-in did not send");
            respond(exchange, 400, "This sign-in link does not belong to the sign-in CodeVault started. Go back to "
                    + "the app and start again.");
            return;
        }
        // Each branch responds before it completes the code, because the waiting sign-in then stops this server,
        // which would cut off a response still being written.
        if (query.containsKey("error")) {
            try {
                respond(exchange, 400, "Sign-in failed. Go back to the app and try again.");
            } finally {
                code.completeExceptionally(new SignInFailedException("The sign-in page reported: "
                        + query.get("error"), null));
            }
            return;
        }
        String received = query.get("code");
        if (received == null || received.isBlank() || code.isDone()) {
            respond(exchange, 400, "This sign-in link carries no new code. Go back to the app and start again.");
            return;
        }
        try {
            respond(exchange, 200, "You are signed in to CodeVault. You can close this tab and return to the app.");
        } finally {
            code.complete(received);
        }
    }

    private boolean sameState(String state) {
        return MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CodeVault</title></head>"
                + "<body style=\"font-family:system-ui,sans-serif;margin:3em\"><h1>CodeVault</h1><p>" + text
                + "</p></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
