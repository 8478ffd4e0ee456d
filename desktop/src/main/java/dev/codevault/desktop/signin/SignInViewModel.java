package dev.codevault.desktop.signin;

import dev.codevault.common.api.ServerFeatures;
import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.common.error.Problem;
import dev.codevault.desktop.auth.PageToOpenByHand;
import dev.codevault.desktop.auth.SavedSessionRejectedException;
import dev.codevault.desktop.auth.SignInFailedException;
import dev.codevault.desktop.fx.Background;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.server.ConnectionState;
import dev.codevault.desktop.server.ConnectionStatus;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.InvalidServerUrlException;
import dev.codevault.desktop.server.ServerAddress;
import dev.codevault.desktop.server.ServerSetting;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.settings.UserSettings;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the sign-in screen: the server address, the state of the connection to that server, and the sign-in
 * itself (passcode by email, or passkey through the browser). Network work runs through {@link Background}, so the
 * view model never blocks the JavaFX thread and is tested as plain Java without a window.
 */
@Prototype
public class SignInViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CurrentServer currentServer;
    private final UserSettings userSettings;
    private final StartupOptions startupOptions;
    private final SignInActions actions;

    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CHECKING);
    private final ReadOnlyStringWrapper connectionMessage = new ReadOnlyStringWrapper("");
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper serverUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper passcodeSignInOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper passkeySignInOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper signInHint = new ReadOnlyStringWrapper("");
    private final StringProperty email = new SimpleStringProperty("");
    private final BooleanBinding emailValid = Bindings.createBooleanBinding(
            () -> EMAIL.matcher(email.get().strip()).matches(), email);
    private final ReadOnlyObjectWrapper<SignInStage> stage = new ReadOnlyObjectWrapper<>(SignInStage.CHOOSE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper passcodeClosed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper passcodesSent = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper signInMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signInError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signInPageAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper serverEditable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper serverNote = new ReadOnlyStringWrapper("");
    private UUID attemptId;
    private boolean passcodesInServerLog;
    private Runnable cancelBrowser = () -> { };
    /** The cancel handle of the passcode request under way, or {@code null} when none is under way. */
    private Runnable cancelPasscodeRequest;

    SignInViewModel(CurrentServer currentServer, UserSettings userSettings, StartupOptions startupOptions,
                    SignInActions actions) {
        this.currentServer = currentServer;
        this.userSettings = userSettings;
        this.startupOptions = startupOptions;
        this.actions = actions;
    }

    /** Requests a passcode for the typed address, then shows the field for the code. */
    public void requestPasscode() {
        sendPasscode(false);
    }

    /**
     * Requests another passcode for the same address, for example after the last wrong attempt. The passcodes sent
     * before stop working.
     */
    public void requestNewPasscode() {
        sendPasscode(true);
    }

    /**
     * Requests a passcode from the current server. Its outcome shows only while that server is still the current one,
     * because a server change cancels the request. An outcome already queued on the JavaFX thread when the cancel
     * comes is dropped.
     */
    private void sendPasscode(boolean replacesEarlier) {
        Optional<ServerAddress> server = currentServer.address();
        if (busy.get() || !emailValid.get() || server.isEmpty()) {
            return;
        }
        String address = email.get().strip();
        String shownBefore = signInMessage.get();
        start();
        signInMessage.set("Requesting a passcode for " + address + ". The server checks its mail server first, so "
                + "this can take a while.");
        cancelPasscodeRequest = actions.background().run(
                () -> actions.passcodeRequests().requestPasscode(new PasscodeRequest(address)),
                sent -> {
                    if (isCurrent(server.get())) {
                        passcodeSent(sent, address, replacesEarlier);
                    }
                },
                failure -> {
                    if (isCurrent(server.get())) {
                        passcodeRequestFailed(failure, shownBefore);
                    }
                });
    }

    private void passcodeSent(PasscodeSent sent, String address, boolean replacesEarlier) {
        cancelPasscodeRequest = null;
        attemptId = sent.attemptId();
        code.set("");
        passcodeClosed.set(false);
        stage.set(SignInStage.ENTER_CODE);
        signInMessage.set(passcodeSentMessage(address, replacesEarlier));
        busy.set(false);
        passcodesSent.set(passcodesSent.get() + 1);
    }

    private String passcodeSentMessage(String address, boolean replacesEarlier) {
        String passcode = replacesEarlier ? "a new passcode" : "a passcode";
        String earlier = replacesEarlier ? " Earlier passcodes no longer work." : "";
        if (passcodesInServerLog) {
            return "This server runs in development mode and sends no mail. If " + address + " may sign in, the "
                    + "server prints " + passcode + " in its log instead of mailing it. Enter it in the passcode "
                    + "field." + earlier;
        }
        return "If " + address + " may sign in, " + passcode + " is on its way. Enter it in the passcode field."
                + earlier;
    }

    private void passcodeRequestFailed(Throwable failure, String shownBefore) {
        cancelPasscodeRequest = null;
        signInMessage.set(shownBefore);
        busy.set(false);
        signInError.set(SignInErrors.describePasscodeRequest(failure));
    }

    /** Signs in with the typed passcode. */
    public void submitPasscode() {
        Optional<ServerAddress> server = currentServer.address();
        if (busy.get() || attemptId == null || code.get().isBlank() || server.isEmpty()) {
            return;
        }
        PasscodeVerification verification = new PasscodeVerification(attemptId, code.get().strip());
        start();
        actions.background().run(() -> actions.auth().verifyPasscode(verification),
                tokens -> keepTokens(server.get(), tokens), failure -> passcodeRejected(server.get(), failure));
    }

    /**
     * Shows why the server {@code verifier} rejected the passcode. When the user entered another server address
     * meanwhile, that reason concerns the server left behind, so the sign-in starts over instead.
     */
    private void passcodeRejected(ServerAddress verifier, Throwable failure) {
        if (!isCurrent(verifier)) {
            restartSignIn(SignInFailedException.serverChanged(verifier));
            return;
        }
        if (isPasscodeClosed(failure)) {
            attemptId = null;
            code.set("");
            passcodeClosed.set(true);
            // The error tells the user to request a new passcode, so the hint to enter the closed one would mislead.
            signInMessage.set("");
        }
        fail(failure);
    }

    private static boolean isPasscodeClosed(Throwable failure) {
        return failure instanceof HttpClientResponseException response && response.getResponse()
                .getBody(Problem.class)
                .filter(problem -> problem.type().equals(Problem.TYPE_PREFIX + AuthApi.PASSCODE_CLOSED_PROBLEM))
                .isPresent();
    }

    /**
     * Signs in with a passkey through the system browser. When no browser opens, it shows the sign-in page's address
     * to open by hand and keeps waiting.
     */
    public void signInWithPasskey() {
        Optional<ServerAddress> server = currentServer.address();
        if (busy.get() || server.isEmpty()) {
            return;
        }
        start();
        signInPageAddress.set("");
        stage.set(SignInStage.IN_BROWSER);
        signInMessage.set("Continue in your browser. CodeVault waits here until you are signed in.");
        cancelBrowser = actions.background().run(() -> actions.browser().signIn(
                page -> actions.background().onFxThread(() -> showPageToOpenByHand(page))),
                tokens -> startBrowserSession(server.get(), tokens), this::browserSignInFailed);
    }

    /**
     * Starts the session with the browser's tokens. It runs as the work's outcome on the JavaFX thread, which a
     * cancelled work never reaches, so the tokens of a sign-in cancelled meanwhile are not kept.
     */
    private void startBrowserSession(ServerAddress issuer, TokenResponse tokens) {
        signInPageAddress.set("");
        stage.set(SignInStage.SIGNED_IN);
        keepTokens(issuer, tokens);
    }

    private void browserSignInFailed(Throwable failure) {
        signInPageAddress.set("");
        stage.set(SignInStage.CHOOSE);
        fail(failure);
    }

    private void showPageToOpenByHand(PageToOpenByHand page) {
        if (stage.get() != SignInStage.IN_BROWSER) {
            return;
        }
        signInPageAddress.set(page.address().toString());
        signInMessage.set(page.reason() + " Open the address of the sign-in page in a browser on this computer. CodeVault waits "
                + "here until you are signed in.");
    }

    /** Stops waiting for the browser. */
    public void cancelBrowserSignIn() {
        cancelBrowser.run();
        signInPageAddress.set("");
        stage.set(SignInStage.CHOOSE);
        signInMessage.set("");
        busy.set(false);
    }

    /** Goes back from the code field to the email address. */
    public void useAnotherEmail() {
        backToChoice();
        signInMessage.set("");
        signInError.set("");
    }

    /** Forgets the passcode attempt and shows the choice of sign-in again. */
    private void backToChoice() {
        attemptId = null;
        code.set("");
        passcodeClosed.set(false);
        stage.set(SignInStage.CHOOSE);
    }

    private void start() {
        busy.set(true);
        signInError.set("");
    }

    /**
     * Signs in silently with the session saved at the last run, when there is one; otherwise leaves the form as it
     * is and keeps the message shown before, such as why the last session ended. A saved session that the server
     * rejects is explained. A server that cannot be reached keeps the saved session for the next try.
     */
    public void resumeSession() {
        Optional<ServerAddress> server = currentServer.address();
        if (busy.get() || server.isEmpty()) {
            return;
        }
        String shownBefore = signInMessage.get();
        busy.set(true);
        signInMessage.set("Signing you in with your saved session...");
        actions.background().run(() -> actions.session().resume(), resumed -> {
            if (resumed.isPresent()) {
                signedIn(server.get());
            } else {
                busy.set(false);
                signInMessage.set(shownBefore);
            }
        }, failure -> {
            busy.set(false);
            signInMessage.set(failure instanceof SavedSessionRejectedException ? failure.getMessage() : shownBefore);
        });
    }

    /** Shows why the previous session ended, for example after signing out. */
    public void showEndedReason(String reason) {
        signInMessage.set(reason == null ? "" : reason);
    }

    /**
     * Keeps the tokens that the server {@code issuer} issued, then opens the workspace. The session does not keep
     * them when the user entered another server address since the sign-in started.
     */
    private void keepTokens(ServerAddress issuer, TokenResponse tokens) {
        actions.background().run(() -> startSession(issuer, tokens), kept -> signedIn(issuer), this::restartSignIn);
    }

    private TokenResponse startSession(ServerAddress issuer, TokenResponse tokens) {
        actions.session().start(issuer, tokens);
        return tokens;
    }

    /**
     * Shows the signed-in account and opens the workspace. Both steps run on the JavaFX thread, where the server
     * address changes too, so each first checks that {@code issuer}, which issued the kept tokens, is still the
     * current server.
     */
    private void signedIn(ServerAddress issuer) {
        if (!isCurrent(issuer)) {
            dropSession(issuer);
            return;
        }
        stage.set(SignInStage.SIGNED_IN);
        signInMessage.set("Signed in.");
        actions.background().run(() -> actions.account().account(),
                account -> openWorkspace(issuer, "Signed in as " + account.email() + "."),
                failure -> openWorkspace(issuer, "Signed in."));
    }

    private void openWorkspace(ServerAddress issuer, String message) {
        if (!isCurrent(issuer)) {
            dropSession(issuer);
            return;
        }
        signInMessage.set(message);
        busy.set(false);
        actions.navigator().showWorkspace();
    }

    private boolean isCurrent(ServerAddress server) {
        return currentServer.address().filter(server::equals).isPresent();
    }

    /** Drops the kept tokens of a server that the user left behind, and shows the choice of sign-in again. */
    private void dropSession(ServerAddress issuer) {
        actions.background().run(() -> {
            actions.session().discard(issuer);
            return issuer;
        }, discarded -> { }, failure -> LOG.warn("Deleting the refresh token saved for {} failed, so the next start "
                + "with that server may sign in with it", issuer, failure));
        restartSignIn(SignInFailedException.serverChanged(issuer));
    }

    /** Shows the failure and the choice of sign-in again, because the sign-in cannot go on from where it was. */
    private void restartSignIn(Throwable failure) {
        signInPageAddress.set("");
        backToChoice();
        signInMessage.set("");
        fail(failure);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        signInError.set(SignInErrors.describe(failure));
    }

    /**
     * Takes the server address from the administrator's settings, the command line, the user's settings, the
     * environment or the default, in that order. The first two fix the address for this run.
     *
     * @return whether the address was accepted, so the connection can be checked
     */
    public boolean useConfiguredServer() {
        ServerSetting setting = ServerSetting.resolve(actions.admin().serverUrl().orElse(null),
                startupOptions.serverUrlArgument(), userSettings.get(UserSettings.SERVER_URL).orElse(null),
                startupOptions.serverUrlEnvironment());
        serverUrl.set(setting.url());
        serverEditable.set(setting.editable());
        serverNote.set(setting.fixedAddressNote(actions.admin().file()));
        return use(setting.url());
    }

    /**
     * Switches to the address in {@link #serverUrlProperty()} and saves it in the user's settings.
     *
     * @return whether the address was accepted, so the connection can be checked again
     */
    public boolean connectToEnteredServer() {
        if (!serverEditable.get()) {
            return false;
        }
        Optional<ServerAddress> before = currentServer.address();
        boolean accepted = use(serverUrl.get());
        if (!currentServer.address().equals(before)) {
            // An error of the server left behind does not apply to the new one.
            signInError.set("");
            cancelBrowserSignInForServerChange();
            cancelPasscodeSignInForServerChange();
        }
        if (!accepted) {
            return false;
        }
        try {
            userSettings.put(UserSettings.SERVER_URL, currentServer.address().orElseThrow().toString());
        } catch (UncheckedIOException e) {
            serverUrlError.set("Connected, but the address could not be saved for the next start: "
                    + e.getCause().getMessage());
        }
        return true;
    }

    /**
     * Cancels a sign-in that waits for the browser, because the code it waits for would come from the server left
     * behind. Cancelling closes the loopback receiver, so a late return from the browser reaches nothing.
     */
    private void cancelBrowserSignInForServerChange() {
        if (stage.get() != SignInStage.IN_BROWSER) {
            return;
        }
        cancelBrowserSignIn();
        signInMessage.set("The server address changed, so the sign-in in the browser was cancelled. Sign in again.");
    }

    /**
     * Cancels a passcode request under way, or leaves the passcode step, because a passcode from the server left
     * behind cannot sign in to the new one. A passcode being checked is left to {@link #passcodeRejected} and
     * {@link #signedIn}, which notice the change.
     */
    private void cancelPasscodeSignInForServerChange() {
        boolean requestCancelled = cancelPasscodeRequest != null;
        if (requestCancelled) {
            cancelPasscodeRequest.run();
            cancelPasscodeRequest = null;
            busy.set(false);
        } else if (stage.get() != SignInStage.ENTER_CODE || busy.get()) {
            return;
        }

        backToChoice();
        signInMessage.set(requestCancelled
                ? "The server address changed, so the passcode request was cancelled. Request a new passcode from "
                        + "this server."
                : "The server address changed, so the passcode from the other server cannot be used here. Request a "
                        + "new passcode from this server.");
    }

    /** Shows the outcome of a connection check. */
    public void showStatus(ConnectionStatus status) {
        connectionState.set(status.state());
        connectionMessage.set(status.message());
        boolean connected = status.state() == ConnectionState.CONNECTED;
        passcodeSignInOffered.set(connected && status.features().contains(ServerFeatures.PASSCODE_SIGN_IN));
        passkeySignInOffered.set(connected && status.features().contains(ServerFeatures.PASSKEY_SIGN_IN));
        signInHint.set(hintFor(status.state(), status.features()));
        passcodesInServerLog = status.features().contains(ServerFeatures.DEVELOPMENT_MAIL);
    }

    private boolean use(String url) {
        try {
            ServerAddress address = ServerUrlPolicy.check(url);
            currentServer.use(address);
            serverUrlError.set("");
            showStatus(ConnectionStatus.of(ConnectionState.CHECKING, "Connecting to " + address + "..."));
            return true;
        } catch (InvalidServerUrlException e) {
            currentServer.use(null);
            serverUrlError.set(e.getMessage());
            showStatus(ConnectionStatus.of(ConnectionState.REFUSED,
                    "Not connected: the server address needs a change, see below."));
            return false;
        }
    }

    private static String hintFor(ConnectionState state, Set<String> features) {
        if (state != ConnectionState.CONNECTED) {
            return "Sign-in opens once the app is connected to your CodeVault server.";
        }
        if (!features.contains(ServerFeatures.PASSCODE_SIGN_IN) && !features.contains(ServerFeatures.PASSKEY_SIGN_IN)) {
            return "This server does not offer sign-in yet. Ask your administrator to update CodeVault on it.";
        }
        return "";
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    public ConnectionState getConnectionState() {
        return connectionState.get();
    }

    public ReadOnlyStringProperty connectionMessageProperty() {
        return connectionMessage.getReadOnlyProperty();
    }

    public String getConnectionMessage() {
        return connectionMessage.get();
    }

    /** The server address as shown and edited on the screen. */
    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    /**
     * Whether the user may change the server address; {@code false} when the administrator or the command line
     * fixed it for this run.
     */
    public ReadOnlyBooleanProperty serverEditableProperty() {
        return serverEditable.getReadOnlyProperty();
    }

    public boolean isServerEditable() {
        return serverEditable.get();
    }

    /** Where a fixed server address comes from and how to use another server; empty when the user may change it. */
    public ReadOnlyStringProperty serverNoteProperty() {
        return serverNote.getReadOnlyProperty();
    }

    public String getServerNote() {
        return serverNote.get();
    }

    public ReadOnlyStringProperty serverUrlErrorProperty() {
        return serverUrlError.getReadOnlyProperty();
    }

    public String getServerUrlError() {
        return serverUrlError.get();
    }

    public ReadOnlyBooleanProperty passcodeSignInOfferedProperty() {
        return passcodeSignInOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passkeySignInOfferedProperty() {
        return passkeySignInOffered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signInHintProperty() {
        return signInHint.getReadOnlyProperty();
    }

    public String getSignInHint() {
        return signInHint.get();
    }

    /** The email address the user types. */
    public StringProperty emailProperty() {
        return email;
    }

    /** Whether the typed email address looks like one. */
    public BooleanBinding emailValidBinding() {
        return emailValid;
    }

    public ReadOnlyObjectProperty<SignInStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public SignInStage getStage() {
        return stage.get();
    }

    /** Whether a sign-in step is running, so the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The passcode the user types. */
    public StringProperty codeProperty() {
        return code;
    }

    /**
     * Whether the passcode sent last no longer works, for example after the last wrong attempt, so only a new
     * passcode can sign in.
     */
    public ReadOnlyBooleanProperty passcodeClosedProperty() {
        return passcodeClosed.getReadOnlyProperty();
    }

    /**
     * The number of passcodes sent from this screen. It grows once the server accepted a request, so the screen
     * can move the focus to the cleared passcode field.
     */
    public ReadOnlyIntegerProperty passcodesSentProperty() {
        return passcodesSent.getReadOnlyProperty();
    }

    public boolean isPasscodeClosed() {
        return passcodeClosed.get();
    }

    /** What happens now, for example where the passcode went. */
    public ReadOnlyStringProperty signInMessageProperty() {
        return signInMessage.getReadOnlyProperty();
    }

    public String getSignInMessage() {
        return signInMessage.get();
    }

    /** The address of the sign-in page to open by hand because no browser opened it, or empty. */
    public ReadOnlyStringProperty signInPageAddressProperty() {
        return signInPageAddress.getReadOnlyProperty();
    }

    public String getSignInPageAddress() {
        return signInPageAddress.get();
    }

    /** Why the last sign-in step failed, or empty. */
    public ReadOnlyStringProperty signInErrorProperty() {
        return signInError.getReadOnlyProperty();
    }

    public String getSignInError() {
        return signInError.get();
    }
}
