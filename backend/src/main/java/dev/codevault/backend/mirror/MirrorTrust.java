package dev.codevault.backend.mirror;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates that mirror connections trust: the JDK's default trust store, plus the certificates of an
 * optional PEM file for git servers whose certificate comes from a company's own certificate authority or is
 * self-signed. Certificates and host names are always verified.
 */
public final class MirrorTrust {

    /** The server's setting that names the file, for messages. */
    public static final String SETTING = "CODEVAULT_GIT_TRUSTED_CERTIFICATES (codevault.git.trusted-certificates)";

    private MirrorTrust() {
    }

    /**
     * Returns the TLS socket factory of the server's mirror connections, with the file named by {@link #SETTING}.
     *
     * @throws IllegalArgumentException when the file cannot be read or contains no certificate
     */
    public static SSLSocketFactory socketFactory(@Nullable Path extraCertificates) {
        return socketFactory(extraCertificates, SETTING);
    }

    /**
     * Returns the TLS socket factory of mirror connections.
     *
     * @param extraCertificates a PEM file with one or more certificates to trust besides the default ones, or
     *                          {@code null} for the default trust store alone
     * @param setting           the option or variable that named the file, for messages
     * @throws IllegalArgumentException when the file is missing or unreadable, or contains no certificate
     */
    public static SSLSocketFactory socketFactory(@Nullable Path extraCertificates, String setting) {
        if (extraCertificates == null) {
            return HttpsURLConnection.getDefaultSSLSocketFactory();
        }
        if (!Files.isRegularFile(extraCertificates) || !Files.isReadable(extraCertificates)) {
            throw new IllegalArgumentException("The trusted certificates file " + extraCertificates + " given by "
                    + setting + " is missing or not readable. Give the path of a readable PEM file with one or more "
                    + "certificates.");
        }
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (X509Certificate certificate : defaultTrustManager().getAcceptedIssuers()) {
                trusted.setCertificateEntry("default-" + index++, certificate);
            }
            index = 0;
            for (Certificate certificate : readPem(extraCertificates)) {
                trusted.setCertificateEntry("extra-" + index++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("The trusted certificates in " + extraCertificates + " given by "
                    + setting + " cannot be read: " + e.getMessage() + ". Give a PEM file with one or more "
                    + "certificates.", e);
        }
    }

    private static Collection<? extends Certificate> readPem(Path file) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new IOException("the file contains no certificate");
        }
        return certificates;
    }

    private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
    }
}
