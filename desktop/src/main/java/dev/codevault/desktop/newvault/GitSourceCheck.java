package dev.codevault.desktop.newvault;

import dev.codevault.common.project.NameRequest;
import dev.codevault.common.text.PlainText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the git form as the user types, with the rules the server applies first, so most mistakes show at the
 * field before anything is sent. The server still decides: it also rejects hosts on private networks and checks
 * that the repository accepts the credentials.
 */
public final class GitSourceCheck {

    /** A form field that can be wrong. */
    public enum Field {
        NAME, URL, BRANCH, USERNAME, TOKEN
    }

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SSH_SHORTHAND = Pattern.compile("[^/@:]+@[^/:]+:.*");
    private static final Pattern BRANCH_CHARACTERS = Pattern.compile("[^\\p{Cntrl}\\s~^:?*\\[\\\\]+");

    private GitSourceCheck() {
    }

    /**
     * Checks every field for a server that accepts https remotes only. Returns a message for each wrong field in
     * form order, or an empty map when the form can be sent.
     */
    public static Map<Field, String> check(String name, String url, String branch, String username, String token) {
        return check(name, url, branch, username, token, false);
    }

    /**
     * Checks every field and returns a message for each wrong one, in form order; empty when the form can be sent.
     *
     * @param httpAllowed whether the server published that it accepts plain http remotes besides https
     */
    public static Map<Field, String> check(String name, String url, String branch, String username, String token,
                                           boolean httpAllowed) {
        Map<Field, String> errors = new LinkedHashMap<>();
        nameError(name).ifPresentPut(errors, Field.NAME);
        urlError(url, httpAllowed).ifPresentPut(errors, Field.URL);
        branchError(branch).ifPresentPut(errors, Field.BRANCH);
        credentialErrors(username, token, errors);
        return errors;
    }

    private static Message nameError(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return Message.of("Enter a name for the vault.");
        }
        if (PlainText.countCharacters(value) > NameRequest.MAX_LENGTH) {
            return Message.of("Use at most " + NameRequest.MAX_LENGTH + " characters for the name.");
        }
        return CONTROL.matcher(value).find() ? Message.of("Remove line breaks and other control characters from "
                + "the name.") : Message.NONE;
    }

    private static Message urlError(String url, boolean httpAllowed) {
        String value = url == null ? "" : url.strip();
        if (value.isEmpty()) {
            return Message.of("Enter the repository's https address, for example "
                    + "https://github.com/example/app.git.");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return Message.of("Remove spaces from the repository address.");
        }
        if (SSH_SHORTHAND.matcher(value).matches()) {
            return Message.of("'" + value + "' is an SSH address, but CodeVault reads repositories over https only. "
                    + "Copy the https address from the repository's page.");
        }
        return uriError(value, httpAllowed);
    }

    private static Message uriError(String value, boolean httpAllowed) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Message.of("'" + value + "' is not a valid address (" + e.getReason() + "). Copy the https "
                    + "address from the repository's page.");
        }

        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (httpAllowed && !scheme.equals("https") && !scheme.equals("http")) {
            return Message.of("CodeVault reads repositories over https or http only. Enter the address that starts "
                    + "with https:// or http://.");
        }
        if (!httpAllowed && !scheme.equals("https")) {
            return Message.of("CodeVault reads repositories over https only. Enter the address that starts with "
                    + "https://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Message.of("'" + value + "' names no server. Enter an address such as "
                    + "https://github.com/example/app.git.");
        }
        if (uri.getRawUserInfo() != null) {
            return Message.of("Remove the user name and password from the address and enter them in the fields "
                    + "below, where they are stored sealed.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Message.of("Remove the part after '?' or '#' from the repository address.");
        }
        if (value.length() > 2048) {
            return Message.of("Use a repository address of at most 2048 characters.");
        }
        return Message.NONE;
    }

    private static Message branchError(String branch) {
        String value = branch == null ? "" : branch.strip();
        if (value.isEmpty()) {
            return Message.NONE;
        }
        boolean valid = value.length() <= 255 && BRANCH_CHARACTERS.matcher(value).matches()
                && !value.startsWith("-") && !value.startsWith("/") && !value.endsWith("/") && !value.endsWith(".")
                && !value.endsWith(".lock") && !value.contains("..") && !value.contains("//")
                && !value.contains("@{") && !value.equals("@");
        return valid ? Message.NONE : Message.of("'" + value + "' is not a valid git branch name. Enter a name such "
                + "as main, or leave the field empty for the repository's default branch.");
    }

    private static void credentialErrors(String username, String token, Map<Field, String> errors) {
        String user = username == null ? "" : username.strip();
        String secret = token == null ? "" : token;
        if (user.isEmpty() && secret.isEmpty()) {
            return;
        }
        if (user.isEmpty()) {
            errors.put(Field.USERNAME, "Enter the user name that goes with the token.");
        } else if (user.length() > 255 || CONTROL.matcher(user).find()) {
            errors.put(Field.USERNAME, "Use a user name of at most 255 characters without control characters.");
        }
        if (secret.isBlank()) {
            errors.put(Field.TOKEN, "Enter the password or personal access token, or clear the user name for a "
                    + "public repository.");
        } else if (secret.length() > 4000 || CONTROL.matcher(secret).find()) {
            errors.put(Field.TOKEN, "Use a token of at most 4000 characters without line breaks.");
        }
    }

    /** A message, or none. */
    private record Message(String text) {

        static final Message NONE = new Message(null);

        static Message of(String text) {
            return new Message(text);
        }

        void ifPresentPut(Map<Field, String> errors, Field field) {
            if (text != null) {
                errors.put(field, text);
            }
        }
    }
}
