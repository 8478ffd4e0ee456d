package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.ReadContext;

/**
 * The second half of a failure's message: what to do next, which differs by context. A mirror run is retried by
 * the server, a failed access check saved nothing, and the command line neither retries nor has settings pages.
 */
final class FailureAdvice {

    private FailureAdvice() {
    }

    /** Returns the advice after a failure that can pass by itself, such as a timeout or a refused connection. */
    static String tryAgain(ReadContext context) {
        return switch (context) {
            case MIRROR_RUN -> "CodeVault tries again later.";
            case ACCESS_CHECK -> "Nothing was saved. Check the URL and try again.";
            case COMMAND_LINE -> "Check the address and try again.";
        };
    }

    /** Returns the advice after a certificate or TLS handshake failure. */
    static String checkTrust(ReadContext context) {
        if (context == ReadContext.COMMAND_LINE) {
            return "If the server's certificate comes from a private certificate authority, pass that authority's "
                    + "certificates with --trusted-certificates or CODEVAULT_GIT_TRUSTED_CERTIFICATES.";
        }
        return "Ask your administrator to check the server's trust store.";
    }

    /** Returns the advice after the server rejected the credentials that were sent. */
    static String replaceCredentials(ReadContext context) {
        String causes = "The token may have expired, been revoked, or lack read access to the repository.";
        return switch (context) {
            case MIRROR_RUN -> causes + " Replace the token, then press Update code.";
            case ACCESS_CHECK -> causes + " Nothing was saved. Check the user name and token, and try again.";
            case COMMAND_LINE -> causes + " Check CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN.";
        };
    }

    /** Returns the advice after the server asked for a login and none was sent. */
    static String giveCredentials(ReadContext context) {
        if (context == ReadContext.COMMAND_LINE) {
            return "Set CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN to a user name and a token with read access.";
        }
        String nothingSaved = context == ReadContext.ACCESS_CHECK ? "Nothing was saved. " : "";
        return nothingSaved + "Enter a user name and a token with read access in the credentials fields.";
    }

    /** Returns the advice after an unexpected failure, whose details only the log of the server has. */
    static String unexpected(ReadContext context) {
        return switch (context) {
            case MIRROR_RUN -> "CodeVault tries again later; if it keeps failing, ask your administrator to check "
                    + "the server log.";
            case ACCESS_CHECK -> "Nothing was saved. Try again; if it keeps failing, ask your administrator to "
                    + "check the server log.";
            case COMMAND_LINE -> "Try again; if it keeps failing, check that the URL is the one the hosting "
                    + "service shows for cloning.";
        };
    }
}
