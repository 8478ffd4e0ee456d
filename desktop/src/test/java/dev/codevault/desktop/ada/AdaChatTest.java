package dev.codevault.desktop.ada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.codevault.common.ada.AdaQuestion;
import dev.codevault.common.ada.AnswerEnd;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerProblemException;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.testing.InlineBackground;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ada's chat stream over real HTTP, against a small server on loopback that sends the events the chat contract
 * describes, because the backend's Ada cannot answer yet.
 */
class AdaChatTest {

    private static final UUID VAULT = UUID.randomUUID();

    private HttpServer server;
    private ApplicationContext context;
    private final List<String> requestBodies = new ArrayList<>();
    private String stream;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/vaults/" + VAULT + "/ada/chat", this::answer);
        server.start();
        context = ApplicationContext.builder()
                .properties(Map.of("codevault.settings-dir", Files.createTempDirectory("codevault-ada").toString(),
                        "codevault.credential-store", "file"))
                .singletons(new StartupOptions(null, null), new InlineBackground())
                .start();
        context.getBean(CurrentServer.class).use(ServerUrlPolicy.check("http://127.0.0.1:"
                + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        context.close();
        server.stop(0);
    }

    @Test
    void handsOverChunksAsTheyArrive() throws Exception {
        stream = "event: chunk\ndata: {\"text\":\"Mostly \"}\n\n: keep-alive\n\n"
                + "event: chunk\ndata: {\"text\":\"Java.\"}\n\n"
                + "event: done\ndata: {\"followUpQuestions\":[\"Which files are the most complex?\"]}\n\n";
        List<String> chunks = new ArrayList<>();

        AnswerEnd end = context.getBean(AdaChat.class).ask(VAULT, new AdaQuestion("What is it?", List.of()),
                chunks::add);

        assertThat(chunks).containsExactly("Mostly ", "Java.");
        assertThat(end.followUpQuestions()).containsExactly("Which files are the most complex?");
        assertThat(requestBodies.get(0)).contains("\"question\":\"What is it?\"");
    }

    @Test
    void raisesProblemOfErrorEvent() {
        stream = "event: chunk\ndata: {\"text\":\"Mostly \"}\n\n"
                + "event: error\ndata: {\"type\":\"urn:codevault:problem:ada-failed\",\"title\":\"Ada failed\","
                + "\"status\":502,\"detail\":\"The AI service stopped answering. Ask again.\"}\n\n";

        ServerProblemException failure = catchThrowableOfType(ServerProblemException.class, () ->
                context.getBean(AdaChat.class).ask(VAULT, new AdaQuestion("What is it?", List.of()), chunk -> { }));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.problem().orElseThrow().detail()).isEqualTo("The AI service stopped answering. Ask again.");
    }

    @Test
    void rejectsStreamWithoutEnd() {
        stream = "event: chunk\ndata: {\"text\":\"Mostly \"}\n\n";

        IOException failure = catchThrowableOfType(IOException.class, () ->
                context.getBean(AdaChat.class).ask(VAULT, new AdaQuestion("What is it?", List.of()), chunk -> { }));

        assertThat(failure).hasMessageContaining("ended before its done event");
    }

    private void answer(HttpExchange exchange) throws IOException {
        requestBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            for (String line : stream.split("(?<=\n)")) {
                body.write(line.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        }
    }
}
