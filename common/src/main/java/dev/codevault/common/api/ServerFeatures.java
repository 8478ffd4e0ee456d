package dev.codevault.common.api;

/**
 * Names of the optional features and modes a server lists in {@link VersionInfo#features()}. A client ignores names
 * it does not know.
 */
public final class ServerFeatures {

    /** Sign-in with a one-time passcode sent by email. */
    public static final String PASSCODE_SIGN_IN = "passcode-sign-in";

    /** Sign-in with a passkey through the system browser. */
    public static final String PASSKEY_SIGN_IN = "passkey-sign-in";

    /**
     * Git remotes over plain {@code http} besides {@code https}, which an administrator allowed with
     * {@code codevault.git.allow-http}; without it the server accepts {@code https} remotes only.
     */
    public static final String GIT_HTTP_REMOTES = "git-http-remotes";

    /**
     * Development mode for mail: the server has no SMTP server set, so it sends no mail and writes each sign-in
     * passcode to its own log instead. A client tells the person signing in where the passcode went.
     */
    public static final String DEVELOPMENT_MAIL = "development-mail";

    private ServerFeatures() {
    }
}
