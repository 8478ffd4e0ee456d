package dev.codevault.backend.auth;

import dev.codevault.backend.auth.token.IssuedTokens;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.testing.PasskeyEmulator;
import dev.codevault.backend.testing.Tenant;
import dev.codevault.backend.testing.TenantResourceFixture;
import dev.codevault.common.auth.PasskeyCreationChallenge;
import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.PasskeyRegistration;
import dev.codevault.common.auth.PasskeyRename;
import dev.codevault.common.auth.SignInMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Gives the isolation test a session and a passkey of each tenant's owner. The passkey is registered through the
 * API with an emulated authenticator, so the test server's public URL must be {@link PasskeyEmulator#ORIGIN}.
 */
@Singleton
class AuthIsolationFixture implements TenantResourceFixture {

    private final Sessions sessions;
    private final HttpClient http;

    AuthIsolationFixture(Sessions sessions, @Client("/") HttpClient http) {
        this.sessions = sessions;
        this.http = http;
    }

    @Override
    public Map<String, String> create(Tenant tenant) {
        IssuedTokens session = sessions.start(tenant.owner().id(), SignInMethod.PASSCODE,
                new ClientInfo("127.0.0.1", "isolation fixture"));
        PasskeyCreationChallenge challenge = http.toBlocking().retrieve(HttpRequest.POST("/account/passkeys/options",
                "").bearerAuth(tenant.accessToken()), PasskeyCreationChallenge.class);
        PasskeyInfo passkey = http.toBlocking().retrieve(HttpRequest.POST("/account/passkeys",
                new PasskeyRegistration(challenge.ceremonyId(), "Fixture",
                        PasskeyEmulator.create().create(challenge.publicKey())))
                .bearerAuth(tenant.accessToken()), PasskeyInfo.class);
        return Map.of(
                "sessionId", session.sessionId().toString(),
                "passkeyId", passkey.id().toString());
    }

    @Override
    public Map<Class<?>, Object> exampleBodies() {
        return Map.of(PasskeyRename.class, new PasskeyRename("Renamed"));
    }
}
