package dev.codevault.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.codevault.common.api.ServerFeatures;
import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.error.Problem;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.auth.AccountClient;
import dev.codevault.desktop.auth.AuthClient;
import dev.codevault.desktop.auth.BrowserLauncher;
import dev.codevault.desktop.auth.BrowserSignIn;
import dev.codevault.desktop.auth.PasscodeRequestClient;
import dev.codevault.desktop.auth.Session;
import dev.codevault.desktop.auth.SessionTokens;
import dev.codevault.desktop.auth.store.CredentialStore;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.server.ConnectionState;
import dev.codevault.desktop.server.ConnectionStatus;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.InvalidServerUrlException;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.settings.AdminSettings;
import dev.codevault.desktop.settings.UserSettings;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.Fakes;
import dev.codevault.desktop.testing.InlineBackground;
import dev.codevault.desktop.testing.ManualBackground;
import dev.codevault.desktop.testing.MapCredentialStore;
import dev.codevault.desktop.testing.NoBrowser;
import dev.codevault.desktop.testing.TestData;
import dev.codevault.desktop.testing.ThreadedBackground;
import dev.codevault.desktop.workspace.Navigator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.QueryStringDecoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in view model, tested without a window. */
class SignInViewModelTest {

    @TempDir
    Path settingsFolder;

    private final CurrentServer currentServer = new CurrentServer();
    private AdminSettings admin = new AdminSettings("/nonexistent/codevault/config.properties");

    @Nested
    class ConfiguredServer {

        @Test
        void acceptsLocalBackend() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));

            boolean accepted = viewModel.useConfiguredServer();

            assertThat(accepted).isTrue();
            assertThat(viewModel.getConnectionState()).isEqualTo(ConnectionState.CHECKING);
            assertThat(currentServer.address()).hasValueSatisfying(
                    address -> assertThat(address.toString()).isEqualTo("http://127.0.0.1:8080"));
        }

        @Test
        void refusesPlainHttpToAnotherComputer() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, "http://codevault.example.com"));

            boolean accepted = viewModel.useConfiguredServer();

            assertThat(accepted).isFalse();
            assertThat(viewModel.getConnectionState()).isEqualTo(ConnectionState.REFUSED);
            assertThat(viewModel.getServerUrlError()).contains("plain http");
            assertThat(currentServer.address()).isEmpty();
        }

        @Test
        void usesAdministratorsFixedAddress() throws Exception {
            Path file = settingsFolder.resolve("admin.properties");
            Files.writeString(file, "serverUrl=https://fixed.example.com\n");
            admin = new AdminSettings(file.toString());
            SignInViewModel viewModel = viewModel(new StartupOptions("https://cli.example.com", null));

            viewModel.useConfiguredServer();

            assertThat(viewModel.serverUrlProperty().get()).isEqualTo("https://fixed.example.com");
            assertThat(viewModel.isServerEditable()).isFalse();
        }

        @Test
        void showsCommandLineAddress() {
            SignInViewModel viewModel = viewModel(new StartupOptions("https://cli.example.com", null));

            viewModel.useConfiguredServer();

            assertThat(viewModel.serverUrlProperty().get()).isEqualTo("https://cli.example.com");
        }

        @Test
        void fixesCommandLineAddressForThisRun() {
            SignInViewModel viewModel = viewModel(new StartupOptions("https://cli.example.com", null));

            viewModel.useConfiguredServer();

            assertThat(viewModel.isServerEditable()).isFalse();
            assertThat(viewModel.getServerNote()).startsWith("Set by --server-url (or -Dcodevault.server-url) "
                    + "for this run.");
        }

        @Test
        void letsUserChangeSavedAddress() {
            settings().put(UserSettings.SERVER_URL, "https://saved.example.com");
            SignInViewModel viewModel = viewModel(new StartupOptions(null, "https://env.example.com"));

            viewModel.useConfiguredServer();

            assertThat(viewModel.isServerEditable()).isTrue();
            assertThat(viewModel.getServerNote()).isEmpty();
        }
    }

    @Nested
    class EnteredServer {

        @Test
        void savesAcceptedAddressForNextStart() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));
            viewModel.serverUrlProperty().set("https://codevault.example.com/");

            boolean accepted = viewModel.connectToEnteredServer();

            assertThat(accepted).isTrue();
            assertThat(settings().get(UserSettings.SERVER_URL)).hasValue("https://codevault.example.com");
        }

        @Test
        void ignoresEnteredAddressWhileCommandLineFixesIt() {
            SignInViewModel viewModel = viewModel(new StartupOptions("https://cli.example.com", null));
            viewModel.useConfiguredServer();
            viewModel.serverUrlProperty().set("https://other.example.com");

            boolean accepted = viewModel.connectToEnteredServer();

            assertThat(accepted).isFalse();
            assertThat(currentServer.address()).hasValueSatisfying(
                    address -> assertThat(address.toString()).isEqualTo("https://cli.example.com"));
            assertThat(settings().get(UserSettings.SERVER_URL)).isEmpty();
        }

        @Test
        void keepsSavedAddressWhenEnteredOneIsRefused() {
            settings().put(UserSettings.SERVER_URL, "https://saved.example.com");
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));
            viewModel.serverUrlProperty().set("http://codevault.example.com");

            boolean accepted = viewModel.connectToEnteredServer();

            assertThat(accepted).isFalse();
            assertThat(settings().get(UserSettings.SERVER_URL)).hasValue("https://saved.example.com");
        }
    }

    @Nested
    class SignInAvailability {

        @Test
        void waitsForConnection() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));

            viewModel.showStatus(ConnectionStatus.of(ConnectionState.UNREACHABLE, "Cannot reach the server."));

            assertThat(viewModel.passcodeSignInOfferedProperty().get()).isFalse();
            assertThat(viewModel.getSignInHint()).contains("once the app is connected");
        }

        @Test
        void explainsServerWithoutSignIn() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));

            viewModel.showStatus(new ConnectionStatus(ConnectionState.CONNECTED, "Connected.", Set.of()));

            assertThat(viewModel.passcodeSignInOfferedProperty().get()).isFalse();
            assertThat(viewModel.getSignInHint()).contains("does not offer sign-in yet");
        }

        @Test
        void offersPasscodeWhenServerDoes() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));

            viewModel.showStatus(new ConnectionStatus(ConnectionState.CONNECTED, "Connected.",
                    Set.of(ServerFeatures.PASSCODE_SIGN_IN)));

            assertThat(viewModel.passcodeSignInOfferedProperty().get()).isTrue();
            assertThat(viewModel.passkeySignInOfferedProperty().get()).isFalse();
            assertThat(viewModel.getSignInHint()).isEmpty();
        }

        @Test
        void validatesEmailAsTyped() {
            SignInViewModel viewModel = viewModel(new StartupOptions(null, null));

            viewModel.emailProperty().set("ada@example");
            boolean incomplete = viewModel.emailValidBinding().get();
            viewModel.emailProperty().set(" ada@example.com ");

            assertThat(incomplete).isFalse();
            assertThat(viewModel.emailValidBinding().get()).isTrue();
        }
    }

    @Nested
    class SavedSession {

        private final Map<String, String> saved = new HashMap<>();
        private RuntimeException refreshFailure = new HttpClientResponseException("Unauthorized",
                HttpResponse.status(HttpStatus.UNAUTHORIZED));
        private final AuthClient auth = Fakes.of(AuthClient.class)
                .answer("refresh", args -> {
                    throw refreshFailure;
                })
                .build();
        private SignInViewModel viewModel;

        @BeforeEach
        void createViewModel() throws Exception {
            currentServer.use(ServerUrlPolicy.check("https://vault.example.com"));
            Session session = new Session(new SessionTokens(), () -> new MapCredentialStore(saved), auth,
                    currentServer);
            viewModel = new SignInViewModel(currentServer, settings(), new StartupOptions(null, null),
                    new SignInActions(auth, null, null, null, session, new InlineBackground(), admin, null));
        }

        @Test
        void keepsEndedReasonWithoutSavedSession() {
            viewModel.showEndedReason("You are signed out.");

            viewModel.resumeSession();

            assertThat(viewModel.getSignInMessage()).isEqualTo("You are signed out.");
        }

        @Test
        void explainsRejectedSavedSession() {
            saved.put("refresh-token@https://vault.example.com", "expired-token");

            viewModel.resumeSession();

            assertThat(viewModel.getSignInMessage()).isEqualTo("Your saved session is no longer valid on the server "
                    + "(HTTP 401). Sign in again.");
            assertThat(saved).isEmpty();
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
        }

        @Test
        void keepsEndedReasonWhileServerUnreachable() {
            saved.put("refresh-token@https://vault.example.com", "saved-token");
            refreshFailure = new HttpClientException("Connection refused");
            viewModel.showEndedReason("Your session ended on the server. Sign in again.");

            viewModel.resumeSession();

            assertThat(viewModel.getSignInMessage()).isEqualTo("Your session ended on the server. Sign in again.");
            assertThat(saved).containsKey("refresh-token@https://vault.example.com");
        }
    }

    @Nested
    class WrongPasscodes {

        private final List<PasscodeRequest> requests = new ArrayList<>();
        private Problem rejection = Problem.of(AuthApi.PASSCODE_CLOSED_PROBLEM, "Passcode no longer valid", 401,
                "The passcode is wrong and no attempts are left. Request a new passcode.");
        private final PasscodeRequestClient passcodeRequests = Fakes.of(PasscodeRequestClient.class)
                .answer("requestPasscode", args -> {
                    requests.add((PasscodeRequest) args[0]);
                    return new PasscodeSent(UUID.randomUUID(), TestData.NOW.plusSeconds(600));
                })
                .build();
        private final AuthClient auth = Fakes.of(AuthClient.class)
                .answer("verifyPasscode", args -> {
                    throw new HttpClientResponseException("Unauthorized",
                            HttpResponse.status(HttpStatus.UNAUTHORIZED).body(rejection));
                })
                .build();
        private SignInViewModel viewModel;

        @BeforeEach
        void createViewModel() throws Exception {
            viewModel = signingInThrough(passcodeRequests, auth);
        }

        @Test
        void countsNewPasscodeSent() {
            submitWrongCode();

            viewModel.requestNewPasscode();

            assertThat(viewModel.passcodesSentProperty().get()).isEqualTo(2);
            assertThat(viewModel.isPasscodeClosed()).isFalse();
        }

        @Test
        void offersNewPasscodeAfterLastAttempt() {
            submitWrongCode();

            assertThat(viewModel.isPasscodeClosed()).isTrue();
            assertThat(viewModel.codeProperty().get()).isEmpty();
            assertThat(viewModel.getSignInError()).isEqualTo(rejection.detail());
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.ENTER_CODE);
        }

        @Test
        void dropsEnterHintOnceClosed() {
            submitWrongCode();

            assertThat(viewModel.getSignInMessage()).isEmpty();
        }

        @Test
        void sendsNewPasscodeToSameAddress() {
            submitWrongCode();

            viewModel.requestNewPasscode();

            assertThat(requests).extracting(PasscodeRequest::email)
                    .containsExactly("ada@example.com", "ada@example.com");
            assertThat(viewModel.isPasscodeClosed()).isFalse();
            assertThat(viewModel.getSignInError()).isEmpty();
            assertThat(viewModel.getSignInMessage()).isEqualTo("If ada@example.com may sign in, a new passcode is "
                    + "on its way. Enter it in the passcode field. Earlier passcodes no longer work.");
        }

        @Test
        void keepsPasscodeWhileAttemptsAreLeft() {
            rejection = Problem.of("sign-in-rejected", "Sign-in rejected", 401,
                    "The passcode is wrong. Check the mail and try again; 4 attempts are left.");

            submitWrongCode();

            assertThat(viewModel.isPasscodeClosed()).isFalse();
            assertThat(viewModel.codeProperty().get()).isEqualTo("AAAA-AAAA");
        }

        private void submitWrongCode() {
            viewModel.emailProperty().set("ada@example.com");
            viewModel.requestPasscode();
            viewModel.codeProperty().set("AAAA-AAAA");
            viewModel.submitPasscode();
        }
    }

    @Nested
    class MailUnavailable {

        private final Problem unavailable = Problem.of(AuthApi.MAIL_UNAVAILABLE_PROBLEM, "Passcode mail not sent", 503,
                "This server cannot send mail right now, so no passcode was sent. Try again in a few seconds.");
        private final PasscodeRequestClient passcodeRequests = Fakes.of(PasscodeRequestClient.class)
                .answer("requestPasscode", args -> {
                    throw new HttpClientResponseException("Service Unavailable",
                            HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(unavailable));
                })
                .build();
        private SignInViewModel viewModel;

        @BeforeEach
        void createViewModel() throws Exception {
            viewModel = signingInThrough(passcodeRequests, Fakes.of(AuthClient.class).build());
            viewModel.emailProperty().set("ada@example.com");
        }

        @Test
        void showsServerMessage() {
            viewModel.requestPasscode();

            assertThat(viewModel.getSignInError()).isEqualTo(unavailable.detail());
        }

        @Test
        void staysAtEmailAddress() {
            viewModel.requestPasscode();

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.passcodesSentProperty().get()).isZero();
            assertThat(viewModel.isBusy()).isFalse();
        }
    }

    /** A passcode request to a server in development mode, which prints passcodes in its log and sends no mail. */
    @Nested
    class DevelopmentMail {

        private final PasscodeRequestClient passcodeRequests = Fakes.of(PasscodeRequestClient.class)
                .answer("requestPasscode", args -> new PasscodeSent(UUID.randomUUID(), TestData.NOW.plusSeconds(600)))
                .build();
        private SignInViewModel viewModel;

        @BeforeEach
        void connectToDevelopmentServer() throws Exception {
            viewModel = signingInThrough(passcodeRequests, Fakes.of(AuthClient.class).build());
            viewModel.showStatus(new ConnectionStatus(ConnectionState.CONNECTED, "Connected.",
                    Set.of(ServerFeatures.PASSCODE_SIGN_IN, ServerFeatures.DEVELOPMENT_MAIL)));
            viewModel.emailProperty().set("ada@example.com");
        }

        @Test
        void pointsToServerLog() {
            viewModel.requestPasscode();

            assertThat(viewModel.getSignInMessage()).isEqualTo("This server runs in development mode and sends no "
                    + "mail. If ada@example.com may sign in, the server prints a passcode in its log instead of "
                    + "mailing it. Enter it in the passcode field.");
        }

        @Test
        void pointsToServerLogForNewPasscode() {
            viewModel.requestPasscode();

            viewModel.requestNewPasscode();

            assertThat(viewModel.getSignInMessage()).isEqualTo("This server runs in development mode and sends no "
                    + "mail. If ada@example.com may sign in, the server prints a new passcode in its log instead of "
                    + "mailing it. Enter it in the passcode field. Earlier passcodes no longer work.");
        }

        @Test
        void promisesMailAfterSwitchToMailingServer() {
            viewModel.showStatus(new ConnectionStatus(ConnectionState.CONNECTED, "Connected.",
                    Set.of(ServerFeatures.PASSCODE_SIGN_IN)));

            viewModel.requestPasscode();

            assertThat(viewModel.getSignInMessage()).isEqualTo("If ada@example.com may sign in, a passcode is on "
                    + "its way. Enter it in the passcode field.");
        }
    }

    /**
     * A passcode sign-in while the user enters another server address. The first server's passcode request and
     * verification are fakes whose outcome the test runs when it chooses, so the address changes between the start
     * of a request and its outcome.
     */
    @Nested
    class PasscodeWhileServerChanges {

        private static final String REQUEST_CANCELLED = "The server address changed, so the passcode request was "
                + "cancelled. Request a new passcode from this server.";

        private final ManualBackground background = new ManualBackground();
        private final Problem unavailable = Problem.of(AuthApi.MAIL_UNAVAILABLE_PROBLEM, "Passcode mail not sent", 503,
                "This server cannot send mail right now, so no passcode was sent. Try again in a few seconds.");
        private final Problem closed = Problem.of(AuthApi.PASSCODE_CLOSED_PROBLEM, "Passcode no longer valid", 401,
                "This passcode expired, was used already or was replaced by a newer one. Request a new passcode.");
        private final List<String> verifiedCodes = new ArrayList<>();
        private boolean mailWorks = true;
        private final PasscodeRequestClient passcodeRequests = Fakes.of(PasscodeRequestClient.class)
                .answer("requestPasscode", args -> {
                    if (!mailWorks) {
                        throw new HttpClientResponseException("Service Unavailable",
                                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(unavailable));
                    }
                    return new PasscodeSent(UUID.randomUUID(), TestData.NOW.plusSeconds(600));
                })
                .build();
        private final AuthClient auth = Fakes.of(AuthClient.class)
                .answer("verifyPasscode", args -> {
                    verifiedCodes.add(((PasscodeVerification) args[0]).code());
                    throw new HttpClientResponseException("Unauthorized",
                            HttpResponse.status(HttpStatus.UNAUTHORIZED).body(closed));
                })
                .build();

        @Test
        void cancelsPendingRequest() throws Exception {
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();

            enterServer(viewModel, "https://other.example.com");
            background.runAll();

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.getSignInMessage()).isEqualTo(REQUEST_CANCELLED);
            assertThat(viewModel.passcodesSentProperty().get()).isZero();
        }

        @Test
        void cancelsPendingNewPasscodeRequest() throws Exception {
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();
            background.runAll();
            viewModel.requestNewPasscode();

            enterServer(viewModel, "https://other.example.com");
            background.runAll();

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.getSignInMessage()).isEqualTo(REQUEST_CANCELLED);
            assertThat(viewModel.passcodesSentProperty().get()).isEqualTo(1);
        }

        @Test
        void hidesFailureOfCancelledRequest() throws Exception {
            mailWorks = false;
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();

            enterServer(viewModel, "https://other.example.com");
            background.runAll();

            assertThat(viewModel.getSignInError()).isEmpty();
        }

        @Test
        void dropsOutcomeArrivingAfterCancel() throws Exception {
            mailWorks = false;
            SignInViewModel viewModel = requestingThrough(new UncancellableBackground(background));
            viewModel.requestPasscode();

            enterServer(viewModel, "https://other.example.com");
            background.runAll();

            assertThat(viewModel.getSignInError()).isEmpty();
            assertThat(viewModel.getSignInMessage()).isEqualTo(REQUEST_CANCELLED);
        }

        @Test
        void clearsErrorOfFirstServer() throws Exception {
            mailWorks = false;
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();
            background.runAll();
            assertThat(viewModel.getSignInError()).isEqualTo(unavailable.detail());

            enterServer(viewModel, "https://other.example.com");

            assertThat(viewModel.getSignInError()).isEmpty();
        }

        @Test
        void leavesPasscodeStep() throws Exception {
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();
            background.runAll();
            viewModel.codeProperty().set("AAAA-AAAA");

            enterServer(viewModel, "https://other.example.com");

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.codeProperty().get()).isEmpty();
            assertThat(viewModel.getSignInMessage()).isEqualTo("The server address changed, so the passcode from "
                    + "the other server cannot be used here. Request a new passcode from this server.");
        }

        @Test
        void sendsNoPasscodeOfFirstServer() throws Exception {
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();
            background.runAll();
            enterServer(viewModel, "https://other.example.com");

            viewModel.codeProperty().set("AAAA-AAAA");
            viewModel.submitPasscode();
            background.runAll();

            assertThat(verifiedCodes).isEmpty();
            assertThat(viewModel.getSignInError()).isEmpty();
        }

        @Test
        void restartsWhenVerificationEndsAfterChange() throws Exception {
            SignInViewModel viewModel = requestingThrough(background);
            viewModel.requestPasscode();
            background.runAll();
            viewModel.codeProperty().set("AAAA-AAAA");
            viewModel.submitPasscode();

            enterServer(viewModel, "https://other.example.com");
            background.runAll();

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.getSignInError()).isEqualTo("The server address changed during the sign-in, so "
                    + "the sign-in on https://vault.example.com was not completed. Sign in again.");
        }

        @Test
        void keepsClearedErrorAcrossLaterChanges() throws Exception {
            mailWorks = false;
            SignInViewModel viewModel = requestingThrough(new UncancellableBackground(background));
            viewModel.requestPasscode();

            enterServer(viewModel, "https://other.example.com");
            enterServer(viewModel, "https://third.example.com");
            background.runAll();

            assertThat(viewModel.getSignInError()).isEmpty();
        }

        /** Returns a view model on https://vault.example.com with the email address typed. */
        private SignInViewModel requestingThrough(Background runner) throws InvalidServerUrlException {
            currentServer.use(ServerUrlPolicy.check("https://vault.example.com"));
            SignInViewModel viewModel = new SignInViewModel(currentServer, settings(),
                    new StartupOptions(null, null),
                    new SignInActions(auth, passcodeRequests, null, null, null, runner, admin, null));
            viewModel.serverUrlProperty().set("https://vault.example.com");
            viewModel.emailProperty().set("ada@example.com");
            return viewModel;
        }

        private void enterServer(SignInViewModel viewModel, String address) {
            viewModel.serverUrlProperty().set(address);
            assertThat(viewModel.connectToEnteredServer()).isTrue();
        }
    }

    /**
     * Runs work through another background, but its cancel handle does nothing, as when the outcome is already queued
     * on the JavaFX thread at the moment the user cancels.
     */
    private record UncancellableBackground(Background background) implements Background {

        @Override
        public <T> Runnable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            background.run(work, onSuccess, onFailure);
            return () -> { };
        }

        @Override
        public void onFxThread(Runnable update) {
            background.onFxThread(update);
        }
    }

    /**
     * A passcode request to a server on loopback that responds late, as a server does while it checks a slow SMTP
     * server. The read timeouts are set far below their defaults, so each test takes about a second at most.
     */
    @Nested
    class SlowPasscodeRequest {

        private static final String OTHER_REQUESTS_READ_TIMEOUT = "300ms";
        private static final Duration WAIT_FOR_OUTCOME = Duration.ofSeconds(10);

        private final ThreadedBackground background = new ThreadedBackground();
        private final CountDownLatch testEnds = new CountDownLatch(1);
        private final List<String> messagesShown = new ArrayList<>();
        private Duration responseDelay;
        private HttpServer authServer;
        private ApplicationContext context;

        @BeforeEach
        void startAuthServer() throws IOException {
            authServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            authServer.createContext(AuthApi.PASSCODE_REQUEST_PATH, this::respondLate);
            authServer.start();
        }

        @AfterEach
        void stopAuthServer() {
            testEnds.countDown();
            authServer.stop(0);
            if (context != null) {
                context.close();
            }
        }

        @Test
        void waitsLongerThanOtherRequests() throws Exception {
            responseDelay = Duration.ofSeconds(1);
            SignInViewModel viewModel = requestingWithReadTimeout("10s");

            viewModel.requestPasscode();
            background.runUntil(() -> !viewModel.isBusy(), WAIT_FOR_OUTCOME);

            assertThat(viewModel.getSignInError()).isEmpty();
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.ENTER_CODE);
        }

        @Test
        void showsRequestUntilServerResponds() throws Exception {
            responseDelay = Duration.ofSeconds(1);
            SignInViewModel viewModel = requestingWithReadTimeout("10s");
            viewModel.signInMessageProperty().addListener((property, before, shown) -> messagesShown.add(shown));

            viewModel.requestPasscode();
            background.runUntil(() -> !viewModel.isBusy(), WAIT_FOR_OUTCOME);

            assertThat(messagesShown).containsExactly("Requesting a passcode for ada@example.com. The server checks "
                    + "its mail server first, so this can take a while.", "If ada@example.com may sign in, a "
                    + "passcode is on its way. Enter it in the passcode field.");
        }

        @Test
        void explainsTimedOutRequest() throws Exception {
            responseDelay = WAIT_FOR_OUTCOME;
            SignInViewModel viewModel = requestingWithReadTimeout("300ms");

            viewModel.requestPasscode();
            background.runUntil(() -> !viewModel.isBusy(), WAIT_FOR_OUTCOME);

            assertThat(viewModel.getSignInError()).isEqualTo("The server did not respond to the passcode request in "
                    + "time, possibly because its mail (SMTP) server is slow to respond. Request a new passcode in "
                    + "a few minutes, because a passcode mail from this request cannot be used. If it happens again, "
                    + "ask your administrator to check the server's mail settings.");
        }

        @Test
        void returnsToEmailAfterTimeout() throws Exception {
            responseDelay = WAIT_FOR_OUTCOME;
            SignInViewModel viewModel = requestingWithReadTimeout("300ms");

            viewModel.requestPasscode();
            background.runUntil(() -> !viewModel.isBusy(), WAIT_FOR_OUTCOME);

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.getSignInMessage()).isEmpty();
        }

        /**
         * Returns a view model whose passcode request waits for the given read timeout, while the other requests
         * wait {@value #OTHER_REQUESTS_READ_TIMEOUT}, and whose email address is typed.
         */
        private SignInViewModel requestingWithReadTimeout(String passcodeRequestReadTimeout) throws Exception {
            context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .properties(Map.of("micronaut.http.client.read-timeout", OTHER_REQUESTS_READ_TIMEOUT,
                            "codevault.passcode-request.read-timeout", passcodeRequestReadTimeout))
                    .singletons(new StartupOptions(null, null), new NoBrowser())
                    .start();
            CurrentServer server = context.getBean(CurrentServer.class);
            server.use(ServerUrlPolicy.check("http://127.0.0.1:" + authServer.getAddress().getPort()));
            SignInViewModel viewModel = new SignInViewModel(server, settings(), new StartupOptions(null, null),
                    new SignInActions(context.getBean(AuthClient.class), context.getBean(PasscodeRequestClient.class),
                            null, null, null, background, admin, null));
            viewModel.emailProperty().set("ada@example.com");
            return viewModel;
        }

        /** Responds to the passcode request after the delay, or when the test ends. */
        private void respondLate(HttpExchange exchange) throws IOException {
            try {
                testEnds.await(responseDelay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"attemptId\":\"" + UUID.randomUUID() + "\",\"expiresAt\":\""
                    + TestData.NOW.plusSeconds(600) + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Nested
    class PasskeyWithoutBrowser {

        private final ThreadedBackground background = new ThreadedBackground();
        private ApplicationContext context;
        private SignInViewModel viewModel;

        @BeforeEach
        void startContext() throws Exception {
            context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .singletons(new StartupOptions(null, null), new NoBrowser())
                    .start();
            CurrentServer server = context.getBean(CurrentServer.class);
            server.use(ServerUrlPolicy.check("https://vault.example.com"));
            viewModel = new SignInViewModel(server, settings(), new StartupOptions(null, null),
                    new SignInActions(null, null, null, context.getBean(BrowserSignIn.class), null, background,
                            admin, null));
        }

        @AfterEach
        void stopContext() {
            viewModel.cancelBrowserSignIn();
            context.close();
        }

        @Test
        void showsPageToOpenByHand() throws Exception {
            viewModel.signInWithPasskey();

            background.runUntil(() -> !viewModel.getSignInPageAddress().isEmpty(), Duration.ofSeconds(10));

            assertThat(viewModel.getSignInPageAddress())
                    .startsWith("https://vault.example.com/sign-in?redirect_uri=http%3A%2F%2F127.0.0.1%3A");
            assertThat(viewModel.getSignInMessage()).isEqualTo(NoBrowser.REASON + " Open the address of the sign-in "
                    + "page in a browser on this computer. CodeVault waits here until you are signed in.");
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.IN_BROWSER);
            assertThat(viewModel.isBusy()).isTrue();
        }

        @Test
        void hidesPageWhenCancelled() throws Exception {
            viewModel.signInWithPasskey();
            background.runUntil(() -> !viewModel.getSignInPageAddress().isEmpty(), Duration.ofSeconds(10));

            viewModel.cancelBrowserSignIn();

            assertThat(viewModel.getSignInPageAddress()).isEmpty();
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
        }
    }

    /**
     * Returns a view model on https://vault.example.com that signs in through the given clients, running its
     * background work at once.
     */
    private SignInViewModel signingInThrough(PasscodeRequestClient passcodeRequests, AuthClient auth)
            throws InvalidServerUrlException {
        currentServer.use(ServerUrlPolicy.check("https://vault.example.com"));
        return new SignInViewModel(currentServer, settings(), new StartupOptions(null, null),
                new SignInActions(auth, passcodeRequests, null, null, null, new InlineBackground(), admin, null));
    }

    /**
     * A passkey sign-in that waits for the browser while the user enters another server address. The first server is
     * a fake auth server on loopback whose code exchange responds only when the test lets it.
     */
    @Nested
    class PasskeyWhileServerChanges {

        private final ThreadedBackground background = new ThreadedBackground();
        private final Map<String, String> saved = new HashMap<>();
        private final CountDownLatch exchangeArrived = new CountDownLatch(1);
        private final CountDownLatch exchangeAnswers = new CountDownLatch(1);
        private final List<String> screensShown = new ArrayList<>();
        private HttpServer authServer;
        private ApplicationContext context;
        private Session session;
        private SignInViewModel viewModel;

        @BeforeEach
        void waitForBrowser() throws Exception {
            authServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            authServer.createContext("/auth/token/code", this::answerExchange);
            authServer.start();
            context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .singletons(new StartupOptions(null, null), new NoBrowser())
                    .start();
            CurrentServer server = context.getBean(CurrentServer.class);
            server.use(ServerUrlPolicy.check("http://127.0.0.1:" + authServer.getAddress().getPort()));
            AuthClient auth = context.getBean(AuthClient.class);
            session = new Session(new SessionTokens(), () -> new MapCredentialStore(saved), auth, server);
            viewModel = new SignInViewModel(server, settings(), new StartupOptions(null, null),
                    new SignInActions(auth, null, null, context.getBean(BrowserSignIn.class), session, background,
                            admin, new RecordingNavigator(screensShown)));

            viewModel.signInWithPasskey();
            background.runUntil(() -> !viewModel.getSignInPageAddress().isEmpty(), Duration.ofSeconds(10));
        }

        @AfterEach
        void stopServers() {
            exchangeAnswers.countDown();
            viewModel.cancelBrowserSignIn();
            authServer.stop(0);
            context.close();
        }

        @Test
        void cancelsWaitForBrowser() throws Exception {
            enterOtherServer();

            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.getSignInPageAddress()).isEmpty();
            assertThat(viewModel.getSignInMessage()).isEqualTo("The server address changed, so the sign-in in the "
                    + "browser was cancelled. Sign in again.");
        }

        @Test
        void closesLoopbackReceiver() throws Exception {
            URI callback = callback(viewModel.getSignInPageAddress());

            enterOtherServer();
            background.runUntilIdle(Duration.ofSeconds(10));

            assertThatThrownBy(() -> returnFromBrowser(callback)).isInstanceOf(ConnectException.class);
            assertThat(exchangeArrived.await(0, TimeUnit.SECONDS)).as("a code exchange reached the first server")
                    .isFalse();
        }

        @Test
        void keepsNoTokensOfFirstServer() throws Exception {
            URI callback = callback(viewModel.getSignInPageAddress());
            returnFromBrowser(callback);
            assertThat(exchangeArrived.await(10, TimeUnit.SECONDS)).isTrue();

            enterOtherServer();
            exchangeAnswers.countDown();
            background.runUntilIdle(Duration.ofSeconds(10));

            assertThat(session.active()).isFalse();
            assertThat(saved).isEmpty();
            assertThat(screensShown).isEmpty();
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
        }

        private void enterOtherServer() throws Exception {
            viewModel.serverUrlProperty().set("http://127.0.0.1:" + BackendProcess.freePort());
            assertThat(viewModel.connectToEnteredServer()).isTrue();
        }

        /** Responds to the code exchange with tokens once the test lets it, as a slow server does. */
        private void answerExchange(HttpExchange exchange) throws IOException {
            exchangeArrived.countDown();
            try {
                exchangeAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"accessToken\":\"access\",\"tokenType\":\"Bearer\",\"expiresIn\":900,"
                    + "\"refreshToken\":\"refresh\",\"refreshTokenExpiresIn\":86400}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Sign-ins whose server address changes after the first server issued the tokens. The first server is a fake
     * auth server on loopback that responds at once. The second is a loopback port where nothing listens, or a fake
     * server that records the requests it receives. Each background step runs only when the test runs it, so the
     * test enters the address between two steps.
     */
    @Nested
    class ServerChangeAfterTokens {

        private static final String TOKENS = "{\"accessToken\":\"access\",\"tokenType\":\"Bearer\","
                + "\"expiresIn\":900,\"refreshToken\":\"refresh\",\"refreshTokenExpiresIn\":86400}";

        private final ManualBackground background = new ManualBackground();
        private final Map<String, String> saved = new HashMap<>();
        private final List<String> keysWritten = new ArrayList<>();
        private final List<String> screensShown = new ArrayList<>();
        private final List<String> otherServerPaths = new CopyOnWriteArrayList<>();
        private final List<String> otherServerAuthorizations = new CopyOnWriteArrayList<>();
        private HttpServer authServer;
        private HttpServer otherServer;
        private ApplicationContext context;
        private String firstServer;
        private Session session;
        private SignInViewModel viewModel;

        @BeforeEach
        void startFirstServer() throws Exception {
            authServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            authServer.createContext(AuthApi.PASSCODE_REQUEST_PATH, exchange -> respond(exchange,
                    "{\"attemptId\":\"" + UUID.randomUUID() + "\",\"expiresAt\":\""
                            + TestData.NOW.plusSeconds(600) + "\"}"));
            authServer.createContext("/auth/passcode/verify", exchange -> respond(exchange, TOKENS));
            authServer.createContext("/auth/token/code", exchange -> respond(exchange, TOKENS));
            authServer.createContext("/account", exchange -> respond(exchange,
                    "{\"id\":\"" + UUID.randomUUID() + "\",\"email\":\"ada@example.com\"}"));
            authServer.start();
            otherServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            otherServer.createContext("/", this::recordAtOtherServer);
            otherServer.start();
            context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .singletons(new StartupOptions(null, null), new ReturningBrowser())
                    .start();
            CurrentServer server = context.getBean(CurrentServer.class);
            firstServer = "http://127.0.0.1:" + authServer.getAddress().getPort();
            server.use(ServerUrlPolicy.check(firstServer));
            AuthClient auth = context.getBean(AuthClient.class);
            session = new Session(context.getBean(SessionTokens.class),
                    () -> new WriteRecordingStore(new MapCredentialStore(saved), keysWritten), auth, server);
            viewModel = new SignInViewModel(server, settings(), new StartupOptions(null, null),
                    new SignInActions(auth, context.getBean(PasscodeRequestClient.class),
                            context.getBean(AccountClient.class), context.getBean(BrowserSignIn.class), session,
                            background, admin, new RecordingNavigator(screensShown)));
        }

        @AfterEach
        void stopServers() {
            authServer.stop(0);
            otherServer.stop(0);
            context.close();
        }

        @Test
        void opensWorkspaceWhenServerStays() throws Exception {
            submitPasscode();

            background.runAll();

            assertThat(screensShown).containsExactly("workspace");
            assertThat(saved).containsOnlyKeys("refresh-token@" + firstServer);
        }

        @Test
        void dropsPasscodeTokensBeforeKeeping() throws Exception {
            submitPasscode();
            background.runNext();

            enterOtherServer();
            background.runAll();

            assertRestartedWithoutTokens();
        }

        @Test
        void dropsPasskeyTokensBeforeKeeping() throws Exception {
            viewModel.signInWithPasskey();
            background.runNext();

            enterOtherServer();
            background.runAll();

            assertRestartedWithoutTokens();
        }

        private void assertRestartedWithoutTokens() {
            assertThat(session.active()).isFalse();
            assertThat(keysWritten).isEmpty();
            assertThat(screensShown).isEmpty();
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.getSignInError()).isEqualTo(signInAgain());
        }

        @Test
        void dropsKeptTokensBeforeWorkspace() throws Exception {
            submitPasscode();
            background.runNext();
            background.runNext();
            assertThat(saved).containsOnlyKeys("refresh-token@" + firstServer);

            enterOtherServer();
            background.runAll();

            assertThat(session.active()).isFalse();
            assertThat(saved).isEmpty();
            assertThat(screensShown).isEmpty();
            assertThat(viewModel.getStage()).isEqualTo(SignInStage.CHOOSE);
            assertThat(viewModel.getSignInError()).isEqualTo(signInAgain());
        }

        @Test
        void sendsNoAccessTokenToOtherServer() throws Exception {
            submitPasscode();
            background.runNext();
            background.runNext();

            enterServer("http://127.0.0.1:" + otherServer.getAddress().getPort());
            background.runAll();

            assertThat(otherServerPaths).containsExactly("/account");
            assertThat(otherServerAuthorizations).isEmpty();
            assertThat(session.active()).isFalse();
        }

        /**
         * Requests a passcode and submits it. The verification stays held, so the next step is the first server's
         * response with the tokens.
         */
        private void submitPasscode() {
            viewModel.emailProperty().set("ada@example.com");
            viewModel.requestPasscode();
            background.runAll();
            viewModel.codeProperty().set("AAAA-AAAA");
            viewModel.submitPasscode();
        }

        private void enterOtherServer() throws Exception {
            enterServer("http://127.0.0.1:" + BackendProcess.freePort());
        }

        private void enterServer(String address) {
            viewModel.serverUrlProperty().set(address);
            assertThat(viewModel.connectToEnteredServer()).isTrue();
        }

        private void recordAtOtherServer(HttpExchange exchange) throws IOException {
            otherServerPaths.add(exchange.getRequestURI().getPath());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                otherServerAuthorizations.add(authorization);
            }
            respond(exchange, "{\"id\":\"" + UUID.randomUUID() + "\",\"email\":\"ada@example.com\"}");
        }

        private String signInAgain() {
            return "The server address changed during the sign-in, so the sign-in on " + firstServer
                    + " was not completed. Sign in again.";
        }

        private static void respond(HttpExchange exchange, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A browser in which the person signs in at once, so it returns to the app with a code as it opens the page. */
    private static final class ReturningBrowser implements BrowserLauncher {

        @Override
        public void open(URI address) {
            try {
                returnFromBrowser(callback(address.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the browser's return to the app was interrupted", e);
            }
        }
    }

    /** A credential store that records the keys written to it, so a test can tell that a secret was never saved. */
    private record WriteRecordingStore(CredentialStore store, List<String> keysWritten) implements CredentialStore {

        @Override
        public Optional<String> read(String key) {
            return store.read(key);
        }

        @Override
        public void write(String key, String secret) {
            keysWritten.add(key);
            store.write(key, secret);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public String description() {
            return store.description();
        }
    }

    /** Records the screens the sign-in opens. */
    private record RecordingNavigator(List<String> screensShown) implements Navigator {

        @Override
        public void showWorkspace() {
            screensShown.add("workspace");
        }

        @Override
        public void showSignIn(String reason) {
            screensShown.add("sign-in");
        }
    }

    private static void returnFromBrowser(URI callback) throws IOException, InterruptedException {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(callback).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    /** Returns the address the sign-in page sends the browser back to, with a code and the sign-in's state. */
    private static URI callback(String signInPage) {
        QueryStringDecoder query = new QueryStringDecoder(URI.create(signInPage));
        return URI.create(query.parameters().get("redirect_uri").get(0) + "?code=the-code&state="
                + query.parameters().get("state").get(0));
    }

    /** Returns a view model for the connection state only; the sign-in steps have a test of their own. */
    private SignInViewModel viewModel(StartupOptions options) {
        return new SignInViewModel(currentServer, settings(), options, new SignInActions(null, null, null, null,
                null, null, admin, null));
    }

    private UserSettings settings() {
        return new UserSettings(settingsFolder.toString());
    }
}
