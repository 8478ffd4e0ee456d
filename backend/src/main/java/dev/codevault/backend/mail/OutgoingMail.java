package dev.codevault.backend.mail;

/**
 * A plain-text email to one recipient.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param text    the body; it may carry a passcode, so it is never logged
 */
public record OutgoingMail(String to, String subject, String text) {

    @Override
    public String toString() {
        return "OutgoingMail[to=" + to + ", subject=" + subject + "]";
    }
}
