package dev.codevault.backend.sources;

import dev.codevault.backend.crypto.SealedValueException;
import dev.codevault.backend.crypto.SealedValues;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Seals and opens the credentials of git code sources under the master key. The associated data is the code
 * source's id, so a sealed credential copied to another row does not open; the key id in front of each value lets
 * the master key rotate.
 */
@Singleton
public class SourceCredentials {

    private static final String PURPOSE = "codevault git credential\n";
    private static final int FORMAT = 1;

    private final SealedValues sealedValues;

    SourceCredentials(SealedValues sealedValues) {
        this.sealedValues = sealedValues;
    }

    /** Seals a credential for the code source with the given id. */
    public byte[] seal(UUID codeSourceId, GitCredential credential) {
        byte[] plaintext = encode(credential);
        try {
            return sealedValues.seal(plaintext, associatedData(codeSourceId));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * Opens the sealed credential of a code source.
     *
     * @throws SealedValueException when it was changed, belongs to another code source, or its master key is not
     *                              configured
     */
    public GitCredential open(UUID codeSourceId, byte[] sealed) {
        byte[] plaintext = sealedValues.open(sealed, associatedData(codeSourceId), describe(codeSourceId));
        try {
            return decode(plaintext, codeSourceId);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Returns the credential sealed under the current master key, or the same bytes when it already is. */
    public byte[] reseal(UUID codeSourceId, byte[] sealed) {
        if (sealedValues.isSealedUnderCurrentKey(sealed, describe(codeSourceId))) {
            return sealed;
        }
        return seal(codeSourceId, open(codeSourceId, sealed));
    }

    private static String describe(UUID codeSourceId) {
        return "the credential of code source " + codeSourceId;
    }

    private static byte[] associatedData(UUID codeSourceId) {
        return (PURPOSE + codeSourceId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] encode(GitCredential credential) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(credential.username());
            out.writeUTF(credential.secret());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static GitCredential decode(byte[] plaintext, UUID codeSourceId) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new SealedValueException(describe(codeSourceId) + " has the unknown format " + format);
            }
            return new GitCredential(in.readUTF(), in.readUTF());
        } catch (IOException e) {
            throw new SealedValueException(describe(codeSourceId) + " is damaged", e);
        }
    }
}
