package dev.codevault.desktop.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free loopback port in the test's JVM, where the backend process sends its
 * sign-in passcodes, so a window test reads them as a person reads their mail.
 */
public final class TestMailServer implements AutoCloseable {

    private static final Pattern PASSCODE = Pattern.compile("\\b([A-Z2-9]{4}-[A-Z2-9]{4})\\b");
    private static final long WAIT_MILLIS = 15_000;

    private final GreenMail greenMail;
    private final int port;

    private TestMailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts a server. */
    public static TestMailServer start() throws IOException {
        int port = BackendProcess.freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new TestMailServer(greenMail, port);
    }

    /** Returns the backend arguments that send its mail here. */
    public List<String> backendArguments() {
        return List.of("--codevault.mail.smtp.host=127.0.0.1", "--codevault.mail.smtp.port=" + port,
                "--codevault.mail.smtp.security=NONE", "--codevault.mail.from=CodeVault <codevault@example.com>");
    }

    /**
     * Waits for the newest passcode mailed to an address.
     *
     * @throws AssertionError when none arrives within fifteen seconds
     */
    public String awaitPasscodeFor(String address) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<Message> mails = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(message -> isTo(message, address))
                    .map(Message.class::cast)
                    .toList();
            if (!mails.isEmpty()) {
                Matcher matcher = PASSCODE.matcher(GreenMailUtil.getBody(mails.get(mails.size() - 1)));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no passcode mail to " + address + " arrived within " + WAIT_MILLIS + " ms");
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static boolean isTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("reading a received mail failed", e);
        }
    }
}
