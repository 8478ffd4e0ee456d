package dev.codevault.backend.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.codevault.backend.crypto.MasterKey;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;

/**
 * Signs and verifies access tokens with HMAC-SHA256 under a key derived from the master key. Every node that shares
 * the master key accepts the tokens of the others, and no second secret has to be configured or kept. As the only
 * signature configured, it also makes the server reject unsigned tokens.
 */
@Singleton
@Named("generator")
class AccessTokenSignature implements SignatureGeneratorConfiguration {

    private static final String LABEL = "codevault access token signing key v1";

    private final SecretSignature signature;

    AccessTokenSignature(MasterKey masterKey) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(Base64.getEncoder().encodeToString(derive(masterKey)));
        this.signature = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return signature.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return signature.supports(algorithm);
    }

    @Override
    public boolean verify(SignedJWT token) throws JOSEException {
        return signature.verify(token);
    }

    private static byte[] derive(MasterKey masterKey) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(masterKey.secretKey());
            return hmac.doFinal(LABEL.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
