package dev.codevault.desktop.auth.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback where the system has no credential store: secrets in {@value #FILE_NAME}, sealed with AES-256-GCM
 * under a random key kept in {@value #KEY_FILE_NAME} beside it. Both files are readable by their owner only where
 * the file system supports POSIX permissions.
 *
 * <p>NOTE: this protects a copied or backed-up secrets file on its own, not against someone who can read all of the
 * user's files, because the key lies in the same folder. The system credential stores do better and are preferred.
 */
final class EncryptedFileCredentialStore implements CredentialStore {

    static final String FILE_NAME = "credentials.sealed";
    static final String KEY_FILE_NAME = "credentials.key";

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileCredentialStore.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    EncryptedFileCredentialStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public synchronized Optional<String> read(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    @Override
    public synchronized void write(String key, String secret) {
        Properties secrets = load();
        secrets.setProperty(key, secret);
        save(secrets);
    }

    @Override
    public synchronized void delete(String key) {
        Properties secrets = load();
        if (secrets.remove(key) != null) {
            save(secrets);
        }
    }

    @Override
    public String description() {
        return "an encrypted file in " + folder;
    }

    private Properties load() {
        Path file = folder.resolve(FILE_NAME);
        Properties secrets = new Properties();
        if (!Files.isRegularFile(file)) {
            return secrets;
        }
        try (Reader reader = new StringReader(new String(open(Files.readAllBytes(file)), StandardCharsets.UTF_8))) {
            secrets.load(reader);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // A damaged or foreign file must not stop the app: the person signs in again and a new file replaces it.
            LOG.warn("Ignoring the unreadable credentials file {}: {}", file, e.getClass().getSimpleName());
        }
        return secrets;
    }

    private void save(Properties secrets) {
        try {
            StringWriter text = new StringWriter();
            secrets.store(text, null);
            byte[] sealed = seal(text.toString().getBytes(StandardCharsets.UTF_8));
            Files.createDirectories(folder);
            Path partial = ownerOnly(Files.createTempFile(folder, ".credentials", ".tmp"));
            Files.write(partial, sealed);
            Files.move(partial, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new CredentialStoreException("Saving the sign-in in " + description() + " failed: "
                    + e.getMessage() + ". Check that the folder can be written.", e);
        }
    }

    private byte[] seal(byte[] plain) throws GeneralSecurityException, IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
        byte[] sealed = cipher.doFinal(plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    private byte[] open(byte[] sealed) throws GeneralSecurityException, IOException {
        if (sealed.length <= NONCE_BYTES) {
            throw new GeneralSecurityException("the file is too short to hold a secret");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private SecretKey key() throws IOException {
        Path file = folder.resolve(KEY_FILE_NAME);
        if (!Files.isRegularFile(file)) {
            byte[] fresh = new byte[KEY_BYTES];
            RANDOM.nextBytes(fresh);
            Files.createDirectories(folder);
            Path partial = ownerOnly(Files.createTempFile(folder, ".credentials", ".key"));
            Files.write(partial, fresh);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != KEY_BYTES) {
            throw new IOException("the key file " + file + " contains " + bytes.length + " bytes instead of "
                    + KEY_BYTES + "; delete it and " + FILE_NAME + ", then sign in again");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static Path ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows has no POSIX permissions; files under the user's profile folder are private to the user there.
        }
        return file;
    }
}
