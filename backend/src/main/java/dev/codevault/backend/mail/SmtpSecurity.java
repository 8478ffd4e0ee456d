package dev.codevault.backend.mail;

/** Protection of the connection to the SMTP server. */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS, which the server must offer (usually port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS,
    /** No encryption; only for a relay on the same host or a test server. */
    NONE
}
