package dev.codevault.backend.sources;

import io.micronaut.core.annotation.Nullable;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the URL of a git remote before a vault takes it: https only (plain http where an administrator allows
 * it), no credentials inside the URL, and a host that resolves to allowed addresses only. SSH, {@code git:},
 * {@code file:} and local paths are rejected with a message that says what to use instead. The mirror checks the
 * address again on every connection, because DNS can change between the two checks.
 */
public final class RemoteUrlPolicy {

    /** The {@code user@host:path} form that git reads as SSH; the user part may carry a password too. */
    private static final Pattern SCP_LIKE = Pattern.compile("[^/@]+@[^/:]+:.*");
    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private static final String EXAMPLE = "https://github.com/example/app.git";
    private static final int MAX_PORT = 65535;

    private final NetworkPolicy network;
    private final ReadContext context;

    /** Creates the server's policy, whose messages point to the vault's form and the administrator. */
    public RemoteUrlPolicy(NetworkPolicy network) {
        this(network, ReadContext.ACCESS_CHECK);
    }

    /** Creates a policy whose messages give the advice that fits the context. */
    public RemoteUrlPolicy(NetworkPolicy network, ReadContext context) {
        this.network = network;
        this.context = context;
    }

    /**
     * Parses and checks a URL, including the addresses its host resolves to now.
     *
     * @throws RemoteUrlException when the URL breaks a rule or its host cannot be resolved
     */
    public RemoteUrl check(String raw) {
        RemoteUrl url = parse(raw);
        requireAllowedAddresses(url);
        return url;
    }

    /**
     * Parses a URL and checks its form, without resolving the host.
     *
     * @throws RemoteUrlException when the URL breaks a rule
     */
    public RemoteUrl parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new RemoteUrlException("Enter the repository's https URL, for example "
                    + "https://github.com/example/app.git.");
        }
        rejectNonUrlForms(text, quotable(text));

        URI uri = toUri(text);
        String shown = quotable(text);
        if (uri.getScheme() == null) {
            throw new RemoteUrlException("'" + shown + "' is not a URL. Enter the repository's https URL.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        requireAllowedScheme(scheme, shown);
        if (uri.getRawUserInfo() != null) {
            throw new RemoteUrlException("The repository URL " + shown + " contains a user name or password before "
                    + "the host. " + credentialsAdvice());
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(shown, null);
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            throw new RemoteUrlException("The port " + uri.getPort() + " of the repository URL " + shown + " is "
                    + "invalid: a port is a number from 1 to " + MAX_PORT + ". Enter a URL such as " + EXAMPLE
                    + ", or give the port the hosting service uses.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new RemoteUrlException("The repository URL " + shown + " has a query or fragment (after '?' or "
                    + "'#'). Enter the plain repository URL.");
        }
        return new RemoteUrl(normalise(uri, scheme));
    }

    /**
     * Resolves the URL's host and checks every address it resolves to.
     *
     * @throws RemoteUrlException when the host is unknown or an address is not allowed
     */
    public void requireAllowedAddresses(RemoteUrl url) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.host());
        } catch (UnknownHostException e) {
            throw new RemoteUrlException("The host " + url.host() + " of the repository URL was not found. Check the "
                    + "spelling of the URL.", e);
        }
        for (InetAddress address : addresses) {
            try {
                network.requireAllowed(url.host(), address);
            } catch (BlockedAddressException e) {
                throw new RemoteUrlException(e.advisedFor(context), e);
            }
        }
    }

    /**
     * Returns the URL as it may appear in a message: without the query and fragment, where a token could be, and
     * without anything before the last {@code @} of the rest, where a user name and password would be. A password
     * may contain {@code /} or {@code :}, so the cut does not rely on the URL's syntax.
     */
    static String quotable(String text) {
        int end = text.length();
        for (char marker : new char[] {'?', '#'}) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String withoutQuery = text.substring(0, end);
        int schemeEnd = withoutQuery.indexOf("://");
        int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int lastAt = withoutQuery.lastIndexOf('@');
        if (lastAt < start) {
            return withoutQuery;
        }
        return withoutQuery.substring(0, start) + withoutQuery.substring(lastAt + 1);
    }

    private void rejectNonUrlForms(String text, String shown) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ssh://") || lower.startsWith("git+ssh://") || lower.startsWith("ssh+git://")
                || (!lower.contains("://") && SCP_LIKE.matcher(text).matches())) {
            throw new RemoteUrlException("SSH URLs such as " + shown + " are not supported: CodeVault reads "
                    + "repositories over https only. " + sshAdvice());
        }
        if (lower.startsWith("file:") || text.startsWith("/") || text.startsWith("./") || text.startsWith("../")
                || text.startsWith("~") || text.startsWith("\\\\") || WINDOWS_PATH.matcher(text).matches()) {
            throw new RemoteUrlException(localPathMessage(shown));
        }
        if (!lower.contains("://")) {
            throw new RemoteUrlException("'" + shown + "' is not a URL. Enter the repository's https URL, for "
                    + "example https://github.com/example/app.git.");
        }
    }

    private static URI toUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(quotable(text), e);
        }
    }

    /** Returns the failure of a URL that does not parse or has no host name that java.net.URI accepts. */
    private static RemoteUrlException invalid(String shown, @Nullable URISyntaxException cause) {
        String message = "The repository URL " + shown + " is not a valid URL with a host name. Enter the URL "
                + "that the hosting service shows for cloning, for example " + EXAMPLE + ".";
        return cause == null ? new RemoteUrlException(message) : new RemoteUrlException(message, cause);
    }

    private String credentialsAdvice() {
        if (context == ReadContext.COMMAND_LINE) {
            return "Remove them from the URL, and set CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN instead.";
        }
        return "Remove them from the URL and enter them as the credentials, which are stored sealed.";
    }

    private String sshAdvice() {
        if (context == ReadContext.COMMAND_LINE) {
            return "Use the repository's https URL, and for a private repository set CODEVAULT_GIT_USERNAME and "
                    + "CODEVAULT_GIT_TOKEN.";
        }
        return "Enter the repository's https URL with a user name and token.";
    }

    private String localPathMessage(String shown) {
        if (context == ReadContext.COMMAND_LINE) {
            return "file: URLs such as " + shown + " are not read as remotes. Pass the local path itself instead: "
                    + "the command reads folders, git repositories and archives.";
        }
        return "Local paths and file: URLs such as " + shown + " cannot be mirrored. Enter the repository's https "
                + "URL.";
    }

    private void requireAllowedScheme(String scheme, String shown) {
        if (scheme.equals("https") || (scheme.equals("http") && network.allowHttp())) {
            return;
        }
        if (scheme.equals("http")) {
            throw new RemoteUrlException("Plain http URLs such as " + shown + " are not accepted, because the token "
                    + "and the code would travel unencrypted. CodeVault reads repositories over https only (SSH is "
                    + "not supported); enter the https URL.");
        }
        throw new RemoteUrlException("The scheme " + scheme + ": of " + shown + " is not supported. CodeVault reads "
                + "repositories over https only (SSH is not supported); enter the repository's https URL.");
    }

    private static URI normalise(URI uri, String scheme) {
        try {
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), uri.getPath(), null,
                    null);
        } catch (URISyntaxException e) {
            throw new RemoteUrlException("The repository URL " + quotable(uri.toString()) + " is not valid: "
                    + e.getReason() + ".", e);
        }
    }
}
