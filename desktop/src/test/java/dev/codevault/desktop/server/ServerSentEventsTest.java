package dev.codevault.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code text/event-stream} bodies. */
class ServerSentEventsTest {

    @Test
    void readsNamedEventsAndDefaultName() throws Exception {
        List<ServerSentEvent> events = read("event: chunk\ndata: {\"text\":\"Hel\"}\n\ndata: plain\n\n");

        assertThat(events).containsExactly(new ServerSentEvent("chunk", "{\"text\":\"Hel\"}"),
                new ServerSentEvent("message", "plain"));
    }

    @Test
    void joinsDataLinesWithLineFeeds() throws Exception {
        List<ServerSentEvent> events = read("data: first\r\ndata:second\r\n\r\n");

        assertThat(events).containsExactly(new ServerSentEvent("message", "first\nsecond"));
    }

    @Test
    void skipsCommentsAndUnknownFields() throws Exception {
        List<ServerSentEvent> events = read(": keep-alive\nid: 7\nretry: 1000\nevent: state\ndata: x\n\n");

        assertThat(events).containsExactly(new ServerSentEvent("state", "x"));
    }

    @Test
    void dropsEventWithoutBlankLineAtEnd() throws Exception {
        List<ServerSentEvent> events = read("data: complete\n\ndata: cut off");

        assertThat(events).containsExactly(new ServerSentEvent("message", "complete"));
    }

    private static List<ServerSentEvent> read(String body) throws Exception {
        List<ServerSentEvent> events = new ArrayList<>();
        ServerSentEvents.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), events::add);
        return events;
    }
}
