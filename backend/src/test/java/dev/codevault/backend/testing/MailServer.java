package dev.codevault.backend.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on a free loopback port, for tests that read the mail the server sends. */
public final class MailServer implements AutoCloseable {

    private static final Pattern PASSCODE = Pattern.compile("\\b([A-Z2-9]{4}-[A-Z2-9]{4})\\b");
    private static final long WAIT_MILLIS = 10_000;

    private final GreenMail greenMail;
    private final int port;
    private final Set<Message> seen = ConcurrentHashMap.newKeySet();
    private boolean running = true;

    private MailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts a server. */
    public static MailServer start() {
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    /** Returns the server settings that send CodeVault's mail here. */
    public Map<String, String> serverProperties() {
        return Map.of(
                "codevault.mail.smtp.host", "127.0.0.1",
                "codevault.mail.smtp.port", Integer.toString(port),
                "codevault.mail.smtp.security", "NONE",
                "codevault.mail.from", "CodeVault <codevault@example.com>");
    }

    /**
     * Waits for the oldest mail to an address that no earlier call returned, and returns its body.
     *
     * @throws AssertionError when none arrives within ten seconds
     */
    public String awaitMailTo(String address) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<Message> matching = messagesTo(address);
            if (!matching.isEmpty()) {
                Message message = matching.get(0);
                seen.add(message);
                return GreenMailUtil.getBody(message);
            }
            greenMail.waitForIncomingEmail(200, 1);
        }
        throw new AssertionError("no mail to " + address + " arrived within " + WAIT_MILLIS + " ms");
    }

    /** Waits for the passcode mailed to an address. */
    public String awaitPasscodeFor(String address) {
        Matcher matcher = PASSCODE.matcher(awaitMailTo(address));
        if (!matcher.find()) {
            throw new AssertionError("the mail to " + address + " holds no passcode");
        }
        return matcher.group(1);
    }

    /** Returns whether any mail to an address that no await returned arrived, after waiting a moment. */
    public boolean receivedMailTo(String address) {
        greenMail.waitForIncomingEmail(1_000, 1);
        return !messagesTo(address).isEmpty();
    }

    /** Returns the port the server listens on while it runs. */
    public int port() {
        return port;
    }

    /** Stops the server, so connections to its port are refused until {@link #restart}. */
    public void stop() {
        greenMail.stop();
        running = false;
    }

    /** Starts the server again on the same port after {@link #stop}; does nothing while it runs. */
    public void restart() {
        if (!running) {
            greenMail.start();
            running = true;
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private List<Message> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> !seen.contains(message) && isTo(message, address))
                .map(Message.class::cast)
                .toList();
    }

    private static boolean isTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("reading a received mail failed", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("finding a free port failed", e);
        }
    }
}
