package dev.codevault.backend.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Base64;

/**
 * Signs and verifies access tokens with HMAC-SHA256 under the {@link TokenSigningKey}: by default a key derived from
 * the master key, so every node that shares the master key accepts the tokens of the others and no second secret
 * has to be kept, or the secret from {@code CODEVAULT_TOKEN_SECRET}. As the only signature configured, it also makes
 * the server reject unsigned tokens.
 */
@Singleton
@Named("generator")
class AccessTokenSignature implements SignatureGeneratorConfiguration {

    private final SecretSignature signature;

    AccessTokenSignature(TokenSigningKey key) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(Base64.getEncoder().encodeToString(key.material()));
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
}
