package dev.codevault.backend.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PKCE with the S256 method (RFC 7636): the challenge is the base64url SHA-256 of the verifier. */
public final class Pkce {

    /** The only challenge method accepted; {@code plain} would let an intercepted challenge redeem the code. */
    public static final String S256 = "S256";

    private Pkce() {
    }

    /** Returns the S256 challenge of a verifier. */
    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Returns whether a verifier matches a challenge, comparing in constant time. */
    public static boolean matches(String verifier, String challenge) {
        return MessageDigest.isEqual(challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
