package dev.codevault.desktop.server;

import dev.codevault.common.error.Problem;
import dev.codevault.desktop.auth.SessionTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The calls the declarative clients cannot make: uploads that report their progress and server-sent event streams.
 * It sends to {@link CurrentServer}, with the signed-in session's access token when that server issued it, like the
 * declarative clients.
 * Every method blocks, so call them off the JavaFX thread; interrupting the thread cancels the exchange.
 */
@Singleton
public class StreamingHttp {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final CurrentServer currentServer;
    private final SessionTokens tokens;
    private final JsonMapper json;
    private volatile HttpClient client;

    StreamingHttp(CurrentServer currentServer, SessionTokens tokens, JsonMapper json) {
        this.currentServer = currentServer;
        this.tokens = tokens;
        this.json = json;
    }

    /** Returns a request builder for a path of the current server, with the access token when that server issued it. */
    public HttpRequest.Builder request(String path) {
        URI target = URI.create(currentServer.requestUri() + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .header("User-Agent", ClientIdentity.userAgent());
        tokens.accessTokenFor(target).ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    /**
     * Sends a request and returns the response body as a stream when the status is a success.
     *
     * @throws ServerProblemException for an error status, with the problem body
     * @throws IOException            when the server cannot be reached or the exchange breaks off
     * @throws InterruptedException   when the calling thread was interrupted; the exchange is cancelled
     */
    public HttpResponse<InputStream> open(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = await(client().sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream()));
        if (response.statusCode() >= 400) {
            try (InputStream body = response.body()) {
                throw new ServerProblemException(response.statusCode(), readProblem(body.readAllBytes()));
            }
        }
        return response;
    }

    /** Reads a JSON body into the given type. */
    public <T> T readJson(InputStream body, Class<T> type) throws IOException {
        try (InputStream in = body) {
            return json.readValue(in.readAllBytes(), Argument.of(type));
        }
    }

    /** Reads a JSON text into the given type. */
    public <T> T readJson(String text, Class<T> type) throws IOException {
        return json.readValue(text, Argument.of(type));
    }

    /** Writes a value as JSON. */
    public byte[] writeJson(Object value) throws IOException {
        return json.writeValueAsBytes(value);
    }

    private Problem readProblem(byte[] body) {
        try {
            return body.length == 0 ? null : json.readValue(body, Argument.of(Problem.class));
        } catch (IOException | RuntimeException e) {
            // Not a problem body, for example a proxy's HTML page; the status alone is reported then.
            return null;
        }
    }

    private static <T> T await(CompletableFuture<T> pending) throws IOException, InterruptedException {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new InterruptedException("the request was cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
                }
                current = client;
            }
        }
        return current;
    }
}
