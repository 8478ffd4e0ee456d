package dev.codevault.backend.security;

import dev.codevault.backend.crypto.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;

/**
 * Derives purpose-bound keys from the master key with HMAC-SHA256 over a label, so one key never serves two
 * purposes and every node that shares the master key derives the same keys.
 */
public final class DerivedKeys {

    private DerivedKeys() {
    }

    /**
     * Returns 32 bytes bound to the label.
     *
     * @param label a fixed text naming the purpose and its version, for example {@code "passcode hash key v1"}
     */
    public static byte[] derive(MasterKey masterKey, String label) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(masterKey.secretKey());
            return hmac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
