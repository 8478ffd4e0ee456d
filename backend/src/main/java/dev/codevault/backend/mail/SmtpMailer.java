package dev.codevault.backend.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private static final long RESULT_MEMORY_SECONDS = 10;
    /**
     * The longest SMTP timeout that still lets a passcode request finish before the desktop app stops waiting for it
     * after 2 minutes ({@code codevault.passcode-request.read-timeout} in its settings), with time left for the rest
     * of the request.
     */
    private static final Duration MAX_TIMEOUT_FOR_DESKTOP = Duration.ofSeconds(110);
    private static final String SETTINGS_ADVICE = "Check that the SMTP server runs, that CODEVAULT_MAIL_SMTP_HOST, "
            + "CODEVAULT_MAIL_SMTP_PORT and CODEVAULT_MAIL_SMTP_SECURITY name it and how to connect to it, and that "
            + "CODEVAULT_MAIL_SMTP_USERNAME and CODEVAULT_MAIL_SMTP_PASSWORD are its login.";

    private final MailSettings.Smtp smtp;
    private final Clock clock;
    @Nullable
    private final Session session;
    @Nullable
    private final InternetAddress from;
    private final Object checking = new Object();
    @Nullable
    private CompletableFuture<CheckResult> runningCheck;
    private Instant runningCheckStarted = Instant.EPOCH;
    @Nullable
    private CheckResult lastCheck;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "codevault-mail-check");
        thread.setDaemon(true);
        return thread;
    });
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

    /** Logs a warning at start-up when the SMTP timeout lets passcode requests outlast the desktop app's wait. */
    @PostConstruct
    void warnAboutLongTimeout() {
        if (session == null || smtp.timeout().compareTo(MAX_TIMEOUT_FOR_DESKTOP) <= 0) {
            return;
        }
        LOG.warn("CODEVAULT_MAIL_SMTP_TIMEOUT (codevault.mail.smtp.timeout) is {} s, above {} s. A passcode request "
                + "waits for the SMTP check, which can take that long, but the desktop app stops waiting for the "
                + "response after 2 minutes and reports a failed request. Set it to {} s or less.",
                smtp.timeout().toSeconds(), MAX_TIMEOUT_FOR_DESKTOP.toSeconds(), MAX_TIMEOUT_FOR_DESKTOP.toSeconds());
    }

    @Override
    public boolean isConfigured() {
        return session != null;
    }

    /**
     * {@inheritDoc} The caller waits at most {@code codevault.mail.smtp.timeout} in all, not per network step, so a
     * server that keeps the connection busy without finishing the greeting and the login fails the check then. One
     * check runs at a time, and the checks that arrive meanwhile wait for its outcome. An outcome is also the result of
     * every check in the next {@value #RESULT_MEMORY_SECONDS} seconds, without a new connection, so an outage costs one
     * login and one log line per period, and a slow server does not slow every request.
     */
    @Override
    public void checkConnection() {
        if (session == null) {
            throw new IllegalStateException("no SMTP server is configured, so there is no connection to check");
        }
        Instant requestedAt = clock.instant();
        CompletableFuture<CheckResult> check;
        synchronized (checking) {
            if (lastCheck != null && requestedAt.isBefore(lastCheck.at().plusSeconds(RESULT_MEMORY_SECONDS))) {
                lastCheck.requireSuccess(requestedAt);
                return;
            }
            // A check that ended after its callers stopped waiting is stale, so a new one starts.
            if (runningCheck == null || runningCheck.isDone()) {
                runningCheck = CompletableFuture.supplyAsync(this::connectOnce, checker);
                runningCheckStarted = requestedAt;
            }
            check = runningCheck;
        }
        awaitCheck(check, requestedAt).requireSuccess(clock.instant());
    }

    /**
     * Waits for the check until the timeout. A check still running then stays the running one, so the checks after
     * the remembered failure wait for that connection again instead of opening more.
     */
    private CheckResult awaitCheck(CompletableFuture<CheckResult> check, Instant requestedAt) {
        CheckResult result;
        TimeoutException outOfTime = null;
        try {
            result = check.get(smtp.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outOfTime = e;
            result = null;
        } catch (ExecutionException e) {
            result = failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailServerUnavailableException("The check of the SMTP server was interrupted", e);
        }
        synchronized (checking) {
            if (result != null && runningCheck == check) {
                // The first caller to see the outcome records it. A failure is logged unless the check's time-out
                // was logged already.
                runningCheck = null;
                boolean timedOut = lastCheck != null && lastCheck.failure() != null
                        && !lastCheck.at().isBefore(runningCheckStarted);
                if (result.failure() == null || !timedOut) {
                    record(result);
                }
            } else if (result == null && (lastCheck == null || lastCheck.at().isBefore(requestedAt))) {
                // The first caller to run out of time records the failure, and the others waiting take it.
                record(failure(new MessagingException("the greeting and the login did not finish within "
                        + smtp.timeout().toSeconds() + " s", outOfTime)));
            }
            return result != null ? result : lastCheck;
        }
    }

    /** Connects and logs in, on the check thread. */
    private CheckResult connectOnce() {
        try (Transport transport = session.getTransport()) {
            connect(transport);
            return new CheckResult(clock.instant(), null);
        } catch (MessagingException | RuntimeException e) {
            return failure(e);
        }
    }

    private void record(CheckResult result) {
        lastCheck = result;
        if (result.failure() != null) {
            LOG.error("{}: {}. {}", result.failure().getMessage(), reasonOf((Exception) result.failure().getCause()),
                    SETTINGS_ADVICE);
        }
    }

    private CheckResult failure(Exception failure) {
        return new CheckResult(clock.instant(), new MailServerUnavailableException("The SMTP server " + smtp.host()
                + ":" + smtp.port() + " " + whatFailed(failure), failure));
    }

    /**
     * Returns what went wrong as the end of a sentence about the SMTP server, from the exception types in the cause
     * chain. Jakarta Mail wraps the socket's exception, so a time-out and a refused connection show there.
     */
    private String whatFailed(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
                return "timed out after " + smtp.timeout().toSeconds() + " s";
            }
            if (cause instanceof ConnectException) {
                return "refused the connection";
            }
            if (cause instanceof UnknownHostException) {
                return "has a host name that does not resolve";
            }
            if (cause instanceof AuthenticationFailedException) {
                return "rejected the login";
            }
        }
        return "cannot be reached, or it rejected the connection or the login";
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

    /**
     * Returns the message of the failure and of its innermost cause, such as "Connection refused", or the failure's
     * message alone when the cause has none.
     */
    private static String reasonOf(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure || root.getMessage() == null ? String.valueOf(failure.getMessage())
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

    /** The outcome of a connection check, and when it ended. */
    private record CheckResult(Instant at, @Nullable MailServerUnavailableException failure) {

        /**
         * Throws the failure if the check failed, with the time from {@code now} until the outcome expires and the next
         * check contacts the server.
         */
        void requireSuccess(Instant now) {
            if (failure != null) {
                Duration remembered = Duration.between(now, at.plusSeconds(RESULT_MEMORY_SECONDS));
                throw new MailServerUnavailableException(failure.getMessage(), failure.getCause(),
                        remembered.isNegative() ? Duration.ZERO : remembered);
            }
        }
    }
}
