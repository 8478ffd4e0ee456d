package dev.codevault.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.backend.persistence.UuidBytesConverter;
import dev.codevault.backend.testing.AuthClient;
import dev.codevault.backend.testing.Failures;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.MutableClock;
import dev.codevault.backend.testing.PasskeyEmulator;
import dev.codevault.backend.testing.TempFolders;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.auth.AssertionCredential;
import dev.codevault.common.auth.PasskeyCreationChallenge;
import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.PasskeyRegistration;
import dev.codevault.common.auth.PasskeyRename;
import dev.codevault.common.auth.PasskeyRequestChallenge;
import dev.codevault.common.auth.PasskeySignIn;
import dev.codevault.common.auth.RegistrationCredential;
import dev.codevault.common.auth.SignInMethod;
import dev.codevault.common.auth.TokenResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Passkey registration and sign-in through the real endpoints and the real webauthn4j verifier, with emulated
 * authenticators, and every case the verifier must reject.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeySignInTest implements TestPropertyProvider {

    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", "test");
    /** Standard base64 with + and /, which base64url replaces with - and _. */
    private static final String NOT_BASE64URL = "c2VjcmV0+/x";
    /** A well-formed credential id that no passkey has. */
    private static final String UNKNOWN_ID = "dW5rbm93bi1jcmVkZW50aWFs";

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.serverProperties());
        properties.put("codevault.data-dir", TempFolders.create("codevault-passkey").toString());
        properties.put("codevault.test.mutable-clock", "true");
        properties.put("codevault.public-url", PasskeyEmulator.ORIGIN);
        return properties;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Nested
    class Registration {

        @Test
        void offersDiscoverableCredentialWithUserVerification() {
            PasskeyCreationChallenge challenge = creationOptions(tokenOf(accounts.createUser()));

            assertThat(challenge.publicKey().rp().id()).isEqualTo("localhost");
            assertThat(challenge.publicKey().authenticatorSelection().residentKey()).isEqualTo("required");
            assertThat(challenge.publicKey().authenticatorSelection().userVerification()).isEqualTo("required");
        }

        @Test
        void registersPasskey() {
            String token = tokenOf(accounts.createUser());

            PasskeyInfo passkey = register(token, PasskeyEmulator.create(), "Work laptop");

            assertThat(passkey.name()).isEqualTo("Work laptop");
            assertThat(passkeysOf(token)).extracting(PasskeyInfo::id).containsExactly(passkey.id());
        }

        @Test
        void excludesRegisteredPasskeysInOptions() {
            String token = tokenOf(accounts.createUser());
            register(token, PasskeyEmulator.create(), null);

            assertThat(creationOptions(token).publicKey().excludeCredentials()).hasSize(1);
        }

        @Test
        void rejectsWrongRpId() {
            String token = tokenOf(accounts.createUser());
            PasskeyCreationChallenge challenge = creationOptions(token);

            HttpClientResponseException failure = Failures.of(() -> post("/account/passkeys", token,
                    new PasskeyRegistration(challenge.ceremonyId(), null,
                            PasskeyEmulator.create().create(challenge.publicKey(), "evil.example"))));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).contains("RP id");
        }

        @Test
        void rejectsWrongOrigin() {
            String token = tokenOf(accounts.createUser());
            PasskeyCreationChallenge challenge = creationOptions(token);

            HttpClientResponseException failure = Failures.of(() -> post("/account/passkeys", token,
                    new PasskeyRegistration(challenge.ceremonyId(), null,
                            PasskeyEmulator.onOrigin("https://evil.example").create(challenge.publicKey()))));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).contains("origin");
        }

        @Test
        void namesAttestationObjectThatIsNotBase64url() {
            String token = tokenOf(accounts.createUser());
            PasskeyCreationChallenge challenge = creationOptions(token);
            RegistrationCredential created = PasskeyEmulator.create().create(challenge.publicKey());
            RegistrationCredential broken = new RegistrationCredential(created.id(), created.type(),
                    new RegistrationCredential.Response(created.response().clientDataJSON(), NOT_BASE64URL,
                            created.response().transports()));

            HttpClientResponseException failure = Failures.of(() -> post("/account/passkeys", token,
                    new PasskeyRegistration(challenge.ceremonyId(), null, broken)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).isEqualTo("The new passkey was not accepted: the field "
                    + "credential.response.attestationObject is not valid base64url (A-Z, a-z, 0-9, - and _). Try "
                    + "again.");
        }

        @Test
        void rejectsChallengeOfAnotherUser() {
            PasskeyCreationChallenge theirs = creationOptions(tokenOf(accounts.createUser()));
            String mine = tokenOf(accounts.createUser());

            HttpClientResponseException failure = Failures.of(() -> post("/account/passkeys", mine,
                    new PasskeyRegistration(theirs.ceremonyId(), null,
                            PasskeyEmulator.create().create(theirs.publicKey()))));

            assertThat(failure.code()).isEqualTo(400);
        }
    }

    @Nested
    class SignIn {

        @Test
        void signsInWithoutEmail() {
            User user = accounts.createUser();
            PasskeyEmulator authenticator = PasskeyEmulator.create();
            register(tokenOf(user), authenticator, null);
            PasskeyRequestChallenge challenge = auth.passkeyOptions();

            TokenResponse tokens = auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(),
                    authenticator.get(challenge.publicKey())));

            assertThat(accountOf(tokens.accessToken()).id()).isEqualTo(user.id());
        }

        @Test
        void recordsLastUse() {
            User user = accounts.createUser();
            String token = tokenOf(user);
            PasskeyEmulator authenticator = PasskeyEmulator.create();
            register(token, authenticator, null);

            signIn(authenticator);

            assertThat(passkeysOf(token)).singleElement()
                    .satisfies(passkey -> assertThat(passkey.lastUsedAt()).isNotNull());
        }

        @Test
        void rejectsReplayedAssertion() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            PasskeySignIn signIn = new PasskeySignIn(challenge.ceremonyId(), authenticator.get(challenge.publicKey()));
            auth.verifyPasskey(signIn);

            HttpClientResponseException failure = Failures.of(() -> auth.verifyPasskey(signIn));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("answered already");
        }

        @Test
        void rejectsAssertionForAnotherChallenge() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge signed = auth.passkeyOptions();
            PasskeyRequestChallenge other = auth.passkeyOptions();

            HttpClientResponseException failure = Failures.of(() -> auth.verifyPasskey(
                    new PasskeySignIn(other.ceremonyId(), authenticator.get(signed.publicKey()))));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("another challenge");
        }

        @Test
        void rejectsExpiredChallenge() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = authenticator.get(challenge.publicKey());
            clock.advance(Duration.ofMinutes(6));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), assertion)));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("expired");
        }

        @Test
        void rejectsWrongOrigin() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            authenticator.moveTo("https://evil.example");
            PasskeyRequestChallenge challenge = auth.passkeyOptions();

            HttpClientResponseException failure = Failures.of(() -> auth.verifyPasskey(
                    new PasskeySignIn(challenge.ceremonyId(), authenticator.get(challenge.publicKey()))));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("origin");
        }

        @Test
        void rejectsRegistrationResponseAtSignIn() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = withClientDataType(authenticator.get(challenge.publicKey()),
                    "webauthn.create");

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), assertion)));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).isEqualTo("The passkey was not accepted: it belongs to another "
                    + "step: a registration where a sign-in was expected, or the reverse.");
        }

        @Test
        void namesClientDataThatIsNotBase64url() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = authenticator.get(challenge.publicKey());
            AssertionCredential.Response response = assertion.response();
            AssertionCredential broken = new AssertionCredential(assertion.id(), assertion.type(),
                    new AssertionCredential.Response(NOT_BASE64URL, response.authenticatorData(), response.signature(),
                            response.userHandle()));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), broken)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).isEqualTo("The field credential.response.clientDataJSON is not "
                    + "valid base64url (A-Z, a-z, 0-9, - and _). Send the value that the browser returned, encoded as "
                    + "base64url.");
            assertThat(Failures.detailOf(failure)).doesNotContain(NOT_BASE64URL);
        }

        @Test
        void namesCredentialIdThatIsNotBase64url() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = authenticator.get(challenge.publicKey());
            AssertionCredential broken = new AssertionCredential(NOT_BASE64URL, assertion.type(), assertion.response());

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), broken)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).isEqualTo("The field credential.id is not valid base64url (A-Z, "
                    + "a-z, 0-9, - and _). Send the value that the browser returned, encoded as base64url.");
        }

        @Test
        void namesClientDataOfUnknownCredential() {
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = registeredAuthenticator().get(challenge.publicKey());
            AssertionCredential.Response response = assertion.response();
            AssertionCredential broken = new AssertionCredential(UNKNOWN_ID, assertion.type(),
                    new AssertionCredential.Response(NOT_BASE64URL, response.authenticatorData(), response.signature(),
                            response.userHandle()));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), broken)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).startsWith("The field credential.response.clientDataJSON is not "
                    + "valid base64url");
        }

        @Test
        void namesUserHandleOfUnknownCredential() {
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = registeredAuthenticator().get(challenge.publicKey());
            AssertionCredential.Response response = assertion.response();
            AssertionCredential broken = new AssertionCredential(UNKNOWN_ID, assertion.type(),
                    new AssertionCredential.Response(response.clientDataJSON(), response.authenticatorData(),
                            response.signature(), NOT_BASE64URL));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), broken)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).startsWith("The field credential.response.userHandle is not "
                    + "valid base64url");
        }

        @Test
        void namesTypeOfUnknownCredential() {
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = registeredAuthenticator().get(challenge.publicKey());
            AssertionCredential broken = new AssertionCredential(UNKNOWN_ID, "password", assertion.response());

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), broken)));

            assertThat(failure.code()).isEqualTo(400);
            assertThat(Failures.detailOf(failure)).isEqualTo("The field credential.type is 'password', but it must "
                    + "be public-key. Send the type that the browser returned for the passkey.");
        }

        @Test
        void keepsChallengeOfMalformedRequest() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = authenticator.get(challenge.publicKey());
            Failures.of(() -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(),
                    new AssertionCredential(NOT_BASE64URL, assertion.type(), assertion.response()))));

            TokenResponse tokens = auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), assertion));

            assertThat(tokens.accessToken()).isNotBlank();
        }

        @Test
        void rejectsMissingUserVerification() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();

            HttpClientResponseException failure = Failures.of(() -> auth.verifyPasskey(new PasskeySignIn(
                    challenge.ceremonyId(), authenticator.getWithoutUserVerification(challenge.publicKey()))));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("biometrics or a PIN");
        }

        @Test
        void rejectsCounterThatDoesNotIncrease() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            signIn(authenticator);
            authenticator.freezeCounter();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();

            HttpClientResponseException failure = Failures.of(() -> auth.verifyPasskey(
                    new PasskeySignIn(challenge.ceremonyId(), authenticator.get(challenge.publicKey()))));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("counter");
        }

        @Test
        void rejectsCredentialNamingAnotherUser() {
            PasskeyEmulator authenticator = registeredAuthenticator();
            User other = accounts.createUser();
            PasskeyRequestChallenge challenge = auth.passkeyOptions();
            AssertionCredential assertion = authenticator.get(challenge.publicKey());
            AssertionCredential claimingOther = new AssertionCredential(assertion.id(), assertion.type(),
                    new AssertionCredential.Response(assertion.response().clientDataJSON(),
                            assertion.response().authenticatorData(), assertion.response().signature(),
                            Base64.getUrlEncoder().withoutPadding()
                                    .encodeToString(UuidBytesConverter.toBytes(other.id()))));

            HttpClientResponseException failure = Failures.of(
                    () -> auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), claimingOther)));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("does not belong");
        }

        @Test
        void rejectsDeletedPasskey() {
            String token = tokenOf(accounts.createUser());
            PasskeyEmulator authenticator = PasskeyEmulator.create();
            PasskeyInfo passkey = register(token, authenticator, null);
            http.toBlocking().exchange(HttpRequest.DELETE("/account/passkeys/" + passkey.id()).bearerAuth(token));
            PasskeyRequestChallenge challenge = auth.passkeyOptions();

            HttpClientResponseException failure = Failures.of(() -> auth.verifyPasskey(
                    new PasskeySignIn(challenge.ceremonyId(), authenticator.get(challenge.publicKey()))));

            assertThat(failure.code()).isEqualTo(401);
            assertThat(Failures.detailOf(failure)).contains("not registered");
        }
    }

    @Nested
    class Management {

        @Test
        void renamesPasskey() {
            String token = tokenOf(accounts.createUser());
            PasskeyInfo passkey = register(token, PasskeyEmulator.create(), null);

            PasskeyInfo renamed = http.toBlocking().retrieve(HttpRequest.PATCH("/account/passkeys/" + passkey.id(),
                    new PasskeyRename("Phone")).bearerAuth(token), PasskeyInfo.class);

            assertThat(renamed.name()).isEqualTo("Phone");
        }

        @Test
        void namesUnnamedPasskeyByNumber() {
            String token = tokenOf(accounts.createUser());

            PasskeyInfo passkey = register(token, PasskeyEmulator.create(), " ");

            assertThat(passkey.name()).isEqualTo("Passkey 1");
        }
    }

    private PasskeyEmulator registeredAuthenticator() {
        PasskeyEmulator authenticator = PasskeyEmulator.create();
        register(tokenOf(accounts.createUser()), authenticator, null);
        return authenticator;
    }

    /** Returns the assertion with the type in its client data replaced, as a page that mixes up the steps sends. */
    private static AssertionCredential withClientDataType(AssertionCredential assertion, String type) {
        String clientData = new String(Base64.getUrlDecoder().decode(assertion.response().clientDataJSON()),
                StandardCharsets.UTF_8).replace("\"webauthn.get\"", "\"" + type + "\"");
        AssertionCredential.Response response = assertion.response();
        return new AssertionCredential(assertion.id(), assertion.type(), new AssertionCredential.Response(
                Base64.getUrlEncoder().withoutPadding().encodeToString(clientData.getBytes(StandardCharsets.UTF_8)),
                response.authenticatorData(), response.signature(), response.userHandle()));
    }

    private TokenResponse signIn(PasskeyEmulator authenticator) {
        PasskeyRequestChallenge challenge = auth.passkeyOptions();
        return auth.verifyPasskey(new PasskeySignIn(challenge.ceremonyId(), authenticator.get(challenge.publicKey())));
    }

    private PasskeyInfo register(String token, PasskeyEmulator authenticator, String name) {
        PasskeyCreationChallenge challenge = creationOptions(token);
        return post("/account/passkeys", token, new PasskeyRegistration(challenge.ceremonyId(), name,
                authenticator.create(challenge.publicKey())), PasskeyInfo.class);
    }

    private PasskeyCreationChallenge creationOptions(String token) {
        return post("/account/passkeys/options", token, "", PasskeyCreationChallenge.class);
    }

    private List<PasskeyInfo> passkeysOf(String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/account/passkeys").bearerAuth(token),
                Argument.listOf(PasskeyInfo.class));
    }

    private AccountInfo accountOf(String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/account").bearerAuth(token), AccountInfo.class);
    }

    private <T> T post(String path, String token, Object body, Class<T> type) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), type);
    }

    private void post(String path, String token, Object body) {
        http.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(token));
    }

    private String tokenOf(User user) {
        return sessions.start(user.id(), SignInMethod.PASSCODE, CLIENT).tokens().accessToken();
    }
}
