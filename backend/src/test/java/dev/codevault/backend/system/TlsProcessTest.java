package dev.codevault.backend.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.testing.ServerProcess;
import dev.codevault.backend.testing.TempFolders;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** Serves https from a PKCS#12 key store with the settings the README gives. */
class TlsProcessTest {

    private static final String STORE_PASSWORD = "changeit";

    @Test
    void servesHealthOverHttpsOnly() throws Exception {
        Path folder = TempFolders.create("codevault-tls");
        Path keyStore = createKeyStore(folder.resolve("server.p12"));
        int httpsPort = ServerProcess.freePort();
        int httpPort = ServerProcess.freePort();

        try (ServerProcess server = ServerProcess.start("--codevault.data-dir=" + folder.resolve("data"),
                "--micronaut.server.port=" + httpPort,
                "--micronaut.server.ssl.enabled=true",
                "--micronaut.server.ssl.port=" + httpsPort,
                "--micronaut.server.ssl.key-store.path=file:" + keyStore,
                "--micronaut.server.ssl.key-store.password=" + STORE_PASSWORD,
                "--micronaut.server.ssl.key-store.type=PKCS12")) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore))
                    .connectTimeout(Duration.ofSeconds(2)).build();

            HttpResponse<String> health = awaitHealth(client, URI.create("https://localhost:" + httpsPort + "/health"),
                    server);

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(plainHttpRefused(client, httpPort)).isTrue();
        }
    }

    private static Path createKeyStore(Path keyStore) throws IOException, InterruptedException {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "codevault", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return keyStore;
    }

    private static SSLContext trusting(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore serverStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            serverStore.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("codevault", serverStore.getCertificate("codevault"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static HttpResponse<String> awaitHealth(HttpClient client, URI health, ServerProcess server)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + server.stderr() + server.stdout());
            }
            try {
                return client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("no answer on " + health + ": " + server.stdout());
    }

    private static boolean plainHttpRefused(HttpClient client, int httpPort) throws InterruptedException {
        try {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
