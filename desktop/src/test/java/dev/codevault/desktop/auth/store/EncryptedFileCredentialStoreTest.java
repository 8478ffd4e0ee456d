package dev.codevault.desktop.auth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted file that keeps the refresh token where the system has no credential store. */
class EncryptedFileCredentialStoreTest {

    private static final String SECRET = "refresh-5b1d0c7e9a";

    @TempDir
    Path folder;

    @Test
    void readsWhatItWrote() {
        new EncryptedFileCredentialStore(folder).write("refresh-token@https://a.example.com", SECRET);

        assertThat(new EncryptedFileCredentialStore(folder).read("refresh-token@https://a.example.com"))
                .hasValue(SECRET);
    }

    @Test
    void keepsSecretOutOfFileText() throws Exception {
        new EncryptedFileCredentialStore(folder).write("key", SECRET);

        byte[] file = Files.readAllBytes(folder.resolve(EncryptedFileCredentialStore.FILE_NAME));

        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET).doesNotContain("key");
    }

    @Test
    void makesFilesPrivateToOwner() throws Exception {
        new EncryptedFileCredentialStore(folder).write("key", SECRET);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve(EncryptedFileCredentialStore.FILE_NAME)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve(EncryptedFileCredentialStore.KEY_FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void treatsTamperedFileAsEmpty() throws Exception {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder);
        store.write("key", SECRET);
        Path file = folder.resolve(EncryptedFileCredentialStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);

        assertThat(store.read("key")).isEmpty();
    }

    @Test
    void deletesOneKey() {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder);
        store.write("first", "one");
        store.write("second", "two");

        store.delete("first");

        assertThat(store.read("first")).isEmpty();
        assertThat(store.read("second")).hasValue("two");
    }
}
