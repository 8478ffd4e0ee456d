package dev.codevault.desktop.ada;

import dev.codevault.common.ada.AdaApi;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.ada.AnswerChunk;
import dev.codevault.common.ada.AnswerEnd;
import dev.codevault.common.error.Problem;
import dev.codevault.desktop.server.ServerProblemException;
import dev.codevault.desktop.server.ServerSentEvents;
import dev.codevault.desktop.server.StreamingHttp;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Asks Ada a question and hands each piece of the streamed answer over as it arrives. */
@Singleton
public class AdaChat {

    private final StreamingHttp http;

    AdaChat(StreamingHttp http) {
        this.http = http;
    }

    /**
     * Sends the question and blocks until the answer is complete; interrupting the thread stops it.
     *
     * @param chunks gets each piece of the answer on the calling thread
     * @return the end of the answer
     * @throws ServerProblemException when the server rejects the question or the answer fails midway
     * @throws IOException            when the server cannot be reached or the stream breaks off
     */
    public AnswerEnd ask(UUID vaultId, AdaQuestion question, Consumer<String> chunks) throws IOException,
            InterruptedException {
        HttpRequest request = http.request(AdaApi.CHAT_PATH.replace("{vaultId}", vaultId.toString()))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream, " + Problem.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(http.writeJson(question)))
                .build();
        HttpResponse<InputStream> response = http.open(request);
        AtomicReference<AnswerEnd> end = new AtomicReference<>();
        try (InputStream body = response.body()) {
            ServerSentEvents.read(body, event -> {
                switch (event.name()) {
                    case AdaApi.CHUNK_EVENT -> chunks.accept(read(event.data(), AnswerChunk.class).text());
                    case AdaApi.DONE_EVENT -> end.set(read(event.data(), AnswerEnd.class));
                    case AdaApi.ERROR_EVENT -> {
                        Problem problem = read(event.data(), Problem.class);
                        throw new ServerProblemException(problem.status(), problem);
                    }
                    default -> {
                        // Events this version does not know are left out, so a newer server can add some.
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (end.get() == null) {
            throw new IOException("the answer stream ended before its " + AdaApi.DONE_EVENT + " event");
        }
        return end.get();
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return http.readJson(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
