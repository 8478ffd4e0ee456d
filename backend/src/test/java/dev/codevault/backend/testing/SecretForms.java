package dev.codevault.backend.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte patterns a leaked git login could take in a file, a dump or a log: the token as UTF-8 and UTF-16, in
 * hex and base64, and the Basic authentication value of {@code user:token} in base64 (standard and URL-safe, with
 * and without padding) or inside a URL.
 */
public final class SecretForms {

    private SecretForms() {
    }

    /** Returns every form by a short description. */
    public static Map<String, byte[]> of(String username, String token) {
        String login = username + ":" + token;
        byte[] loginBytes = login.getBytes(StandardCharsets.UTF_8);
        byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> forms = new LinkedHashMap<>();
        forms.put("token", tokenBytes);
        forms.put("token in UTF-16LE", token.getBytes(StandardCharsets.UTF_16LE));
        forms.put("token in UTF-16BE", token.getBytes(StandardCharsets.UTF_16BE));
        forms.put("token in hex", utf8(HexFormat.of().formatHex(tokenBytes)));
        forms.put("token in upper-case hex", utf8(HexFormat.of().withUpperCase().formatHex(tokenBytes)));
        forms.put("token in base64", utf8(Base64.getEncoder().withoutPadding().encodeToString(tokenBytes)));
        forms.put("user:token in base64", utf8(Base64.getEncoder().withoutPadding().encodeToString(loginBytes)));
        forms.put("user:token in URL-safe base64",
                utf8(Base64.getUrlEncoder().withoutPadding().encodeToString(loginBytes)));
        forms.put("user:token in hex", utf8(HexFormat.of().formatHex(loginBytes)));
        forms.put("user:token@ in a URL", utf8(URLEncoder.encode(username, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "@"));
        return forms;
    }

    /** Returns the descriptions of the forms that occur in the bytes. */
    public static List<String> foundIn(byte[] haystack, Map<String, byte[]> forms) {
        return forms.entrySet().stream().filter(form -> indexOf(haystack, form.getValue()) >= 0)
                .map(Map.Entry::getKey).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[start + i] != needle[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
