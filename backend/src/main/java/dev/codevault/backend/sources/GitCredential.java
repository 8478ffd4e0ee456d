package dev.codevault.backend.sources;

/**
 * A user name and password or token for a git remote, opened from its sealed form just before use. Its
 * {@link #toString()} hides the secret, so the record cannot leak it into a log line or message.
 *
 * @param username the user name sent with the secret
 * @param secret   the password or personal access token
 */
public record GitCredential(String username, String secret) {

    @Override
    public String toString() {
        return "GitCredential[username=" + username + ", secret=(hidden)]";
    }
}
