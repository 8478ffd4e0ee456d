package dev.codevault.backend.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail through Jakarta Mail on one background thread. Each server gets its own {@link Session} from
 * {@link Session#getInstance}, not the JVM-wide default session, so two servers in one JVM (as in tests) never
 * share SMTP settings. Created at start-up, so a wrong sender address stops the server at once.
 */
@Context
class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final long FAILURE_MEMORY_SECONDS = 10;
    private static final String SETTINGS_ADVICE = "Check that the server runs and that CODEVAULT_MAIL_SMTP_HOST, "
            + "CODEVAULT_MAIL_SMTP_PORT and CODEVAULT_MAIL_SMTP_SECURITY name it, and CODEVAULT_MAIL_SMTP_USERNAME and "
            + "CODEVAULT_MAIL_SMTP_PASSWORD its login";

    private final MailSettings.Smtp smtp;
    private final Clock clock;
    @Nullable
    private final Session session;
    @Nullable
    private final InternetAddress from;
    private final Object checking = new Object();
    @Nullable
    private FailedCheck lastFailure;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "codevault-mail");
        thread.setDaemon(true);
        return thread;
    });

    SmtpMailer(MailSettings settings, Clock clock) {
        this.smtp = settings.smtp();
        this.clock = clock;
        boolean configured = smtp.host() != null && !smtp.host().isBlank();
        this.session = configured ? Session.getInstance(sessionProperties(smtp)) : null;
        this.from = configured ? MailSenderAddress.parse(settings.from()) : null;
    }

    @Override
    public boolean isConfigured() {
        return session != null;
    }

    /**
     * {@inheritDoc} One check runs at a time, and a failed check is the result of every check in the next
     * {@value #FAILURE_MEMORY_SECONDS} seconds without a new connection. So while the server is down or silent, the
     * requests that arrive at once wait for one attempt instead of each waiting out the timeout, and the log gets one
     * error per attempt.
     */
    @Override
    public void checkConnection() {
        if (session == null) {
            throw new IllegalStateException("no SMTP server is configured, so there is no connection to check");
        }
        synchronized (checking) {
            if (lastFailure != null
                    && clock.instant().isBefore(lastFailure.at().plusSeconds(FAILURE_MEMORY_SECONDS))) {
                throw unavailable(lastFailure.cause());
            }
            try (Transport transport = session.getTransport()) {
                connect(transport);
                lastFailure = null;
            } catch (MessagingException e) {
                lastFailure = new FailedCheck(clock.instant(), e);
                LOG.error("The SMTP server {}:{} cannot be reached, or it rejected the connection or the login: {}. {}",
                        smtp.host(), smtp.port(), reasonOf(e), SETTINGS_ADVICE);
                throw unavailable(e);
            }
        }
    }

    private MailServerUnavailableException unavailable(MessagingException cause) {
        return new MailServerUnavailableException("The SMTP server " + smtp.host() + ":" + smtp.port()
                + " cannot be reached, or it rejected the connection or the login", cause);
    }

    @Override
    public void sendInBackground(OutgoingMail mail) {
        if (session == null) {
            LOG.info("Mail '{}' to {} was not sent: no SMTP server is configured (CODEVAULT_MAIL_SMTP_HOST)",
                    mail.subject(), mail.to());
            return;
        }
        sender.execute(() -> send(mail));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Mail still queued at shutdown was dropped");
            sender.shutdownNow();
        }
    }

    private void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            message.saveChanges();
            try (Transport transport = session.getTransport()) {
                connect(transport);
                transport.sendMessage(message, message.getAllRecipients());
            }
            LOG.debug("Mail '{}' sent to {}", mail.subject(), mail.to());
        } catch (MessagingException | RuntimeException e) {
            LOG.error("Sending mail '{}' to {} through the SMTP server {}:{} failed: {}. {}", mail.subject(),
                    mail.to(), smtp.host(), smtp.port(), reasonOf(e), SETTINGS_ADVICE, e);
        }
    }

    private void connect(Transport transport) throws MessagingException {
        if (hasLogin()) {
            transport.connect(smtp.username(), smtp.password());
        } else {
            transport.connect();
        }
    }

    private boolean hasLogin() {
        return smtp.username() != null && !smtp.username().isBlank();
    }

    /** Returns the message of the failure and of its innermost cause, such as "Connection refused". */
    private static String reasonOf(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getMessage() + ")";
    }

    private static Properties sessionProperties(MailSettings.Smtp smtp) {
        String timeout = Long.toString(smtp.timeout().toMillis());
        String protocol = smtp.security() == SmtpSecurity.TLS ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", smtp.host());
        properties.put("mail." + protocol + ".port", Integer.toString(smtp.port()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(smtp.username() != null));
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        if (smtp.security() == SmtpSecurity.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.security() != SmtpSecurity.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** A connection check that failed, and when. */
    private record FailedCheck(Instant at, MessagingException cause) {
    }
}
