package dev.codevault.desktop.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides which server addresses the app may talk to. Sign-in codes and tokens cross this connection, so a server
 * on another computer must use https; plain http is accepted for this computer only. The decision reads the address
 * as written and never looks a name up, so it cannot be tricked by DNS.
 */
public final class ServerUrlPolicy {

    private ServerUrlPolicy() {
    }

    /**
     * Checks a server address as the user typed it.
     *
     * @return the normalised address
     * @throws InvalidServerUrlException when the address is malformed or uses plain http to another computer
     */
    public static ServerAddress check(String text) throws InvalidServerUrlException {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidServerUrlException(trimmed, "Enter the address of your CodeVault server, for example "
                    + "https://codevault.example.com.");
        }
        URI uri = parse(trimmed);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidServerUrlException(trimmed, "'" + trimmed + "' is not a web address. Enter one that "
                    + "starts with https://, for example https://codevault.example.com.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidServerUrlException(trimmed, "'" + trimmed + "' names no server. Enter an address such "
                    + "as https://codevault.example.com.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidServerUrlException(trimmed, "The server address must not contain a user name or "
                    + "password; CodeVault signs you in separately. Remove the part before '@'.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidServerUrlException(trimmed, "The server address must not contain '?' or '#'. Enter "
                    + "only the address, for example https://codevault.example.com.");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidServerUrlException(trimmed, "CodeVault does not connect to " + trimmed + " because it "
                    + "uses plain http: your sign-in codes and tokens would cross the network unencrypted. Use "
                    + "https://" + trimmed.substring("http://".length()) + " instead; plain http is accepted only "
                    + "for a server on this computer.");
        }
        return new ServerAddress(normalise(uri, scheme));
    }

    /** Returns whether a host, as written, is this computer: {@code localhost}, 127.0.0.0/8 or {@code ::1}. */
    public static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equals("localhost") || name.equals("localhost.") || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        return isIpv4Loopback(name);
    }

    private static boolean isIpv4Loopback(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static URI parse(String text) throws InvalidServerUrlException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidServerUrlException(text, "'" + text + "' is not a valid address (" + e.getReason()
                    + "). Enter one such as https://codevault.example.com.");
        }
    }

    private static URI normalise(URI uri, String scheme) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path);
    }
}
