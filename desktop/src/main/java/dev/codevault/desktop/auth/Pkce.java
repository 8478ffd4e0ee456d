package dev.codevault.desktop.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE verifier and its S256 challenge (RFC 7636): the app sends the challenge when the sign-in starts and the
 * verifier when it exchanges the code, so a code intercepted on the way back is useless to anyone else.
 *
 * @param verifier  43 base64url characters from 256 random bits
 * @param challenge the base64url SHA-256 of the verifier
 */
public record Pkce(String verifier, String challenge) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** Returns a new random verifier with its challenge. */
    public static Pkce generate() {
        String verifier = randomToken();
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** Returns the S256 challenge of a verifier. */
    public static String challengeOf(String verifier) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Returns 256 random bits as 43 base64url characters, for verifiers and {@code state} values. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Pkce[challenge=" + challenge + "]";
    }
}
