package dev.codevault.backend.auth;

import dev.codevault.backend.auth.passcode.Passcodes;
import dev.codevault.backend.auth.passkey.Passkeys;
import dev.codevault.backend.auth.token.AuthorizationCodes;
import dev.codevault.backend.auth.token.Sessions;
import dev.codevault.common.auth.AuthApi;
import dev.codevault.common.auth.CodeExchangeRequest;
import dev.codevault.common.auth.PasscodeRequest;
import dev.codevault.common.auth.PasscodeSent;
import dev.codevault.common.auth.PasscodeVerification;
import dev.codevault.common.auth.PasskeyRequestChallenge;
import dev.codevault.common.auth.PasskeySignIn;
import dev.codevault.common.auth.RefreshTokenRequest;
import dev.codevault.common.auth.TokenResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Serves {@link AuthApi}: every route works without an access token. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController implements AuthApi {

    private final Passcodes passcodes;
    private final Passkeys passkeys;
    private final SignIns signIns;
    private final AuthorizationCodes authorizationCodes;
    private final Sessions sessions;
    private final ClientAddresses addresses;

    AuthController(Passcodes passcodes, Passkeys passkeys, SignIns signIns, AuthorizationCodes authorizationCodes,
                   Sessions sessions, ClientAddresses addresses) {
        this.passcodes = passcodes;
        this.passkeys = passkeys;
        this.signIns = signIns;
        this.authorizationCodes = authorizationCodes;
        this.sessions = sessions;
        this.addresses = addresses;
    }

    @Override
    public PasscodeSent requestPasscode(PasscodeRequest request) {
        return passcodes.request(request.email(), client());
    }

    @Override
    public TokenResponse verifyPasscode(PasscodeVerification verification) {
        return signIns.withPasscode(verification.attemptId(), verification.code(), client()).tokens();
    }

    @Override
    public PasskeyRequestChallenge passkeyOptions() {
        return passkeys.signInOptions();
    }

    @Override
    public TokenResponse verifyPasskey(PasskeySignIn signIn) {
        return signIns.withPasskey(signIn, client()).tokens();
    }

    @Override
    public TokenResponse exchangeCode(CodeExchangeRequest request) {
        return authorizationCodes.exchange(request, client()).tokens();
    }

    @Override
    public TokenResponse refresh(RefreshTokenRequest request) {
        return signIns.refresh(request.refreshToken()).tokens();
    }

    @Override
    public void signOut(RefreshTokenRequest request) {
        sessions.signOut(request.refreshToken());
    }

    private ClientInfo client() {
        return ClientInfo.of(ServerRequestContext.currentRequest().orElseThrow(
                () -> new IllegalStateException("a route ran outside a request")), addresses);
    }
}
