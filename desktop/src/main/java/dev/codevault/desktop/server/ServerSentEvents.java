package dev.codevault.desktop.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a {@code text/event-stream} body as the HTML standard describes it: {@code event:} and {@code data:} fields,
 * a blank line ends an event, lines starting with a colon are comments, other fields are ignored.
 */
public final class ServerSentEvents {

    private static final String DEFAULT_NAME = "message";

    private ServerSentEvents() {
    }

    /**
     * Reads events until the stream ends and hands each to the consumer on the calling thread.
     *
     * @throws IOException when reading fails, for example because the connection was closed
     */
    public static void read(InputStream body, Consumer<ServerSentEvent> consumer) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String name = DEFAULT_NAME;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    consumer.accept(new ServerSentEvent(name, data.toString()));
                }
                name = DEFAULT_NAME;
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("event")) {
                name = value;
            } else if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
    }
}
