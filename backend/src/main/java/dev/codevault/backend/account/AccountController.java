package dev.codevault.backend.account;

import dev.codevault.backend.auth.passkey.Passkeys;
import dev.codevault.backend.security.CurrentUser;
import dev.codevault.common.auth.AccountApi;
import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.auth.AccountUpdate;
import dev.codevault.common.auth.PasskeyCreationChallenge;
import dev.codevault.common.auth.PasskeyInfo;
import dev.codevault.common.auth.PasskeyRegistration;
import dev.codevault.common.auth.PasskeyRename;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import java.util.UUID;

/** Serves {@link AccountApi}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController implements AccountApi {

    private final Accounts accounts;
    private final Passkeys passkeys;
    private final SecurityService security;

    AccountController(Accounts accounts, Passkeys passkeys, SecurityService security) {
        this.accounts = accounts;
        this.passkeys = passkeys;
        this.security = security;
    }

    @Override
    public AccountInfo account() {
        return info(accounts.require(CurrentUser.idOf(security)));
    }

    @Override
    public AccountInfo updateAccount(AccountUpdate update) {
        return info(accounts.updateDisplayName(CurrentUser.idOf(security), update.displayName()));
    }

    @Override
    public List<PasskeyInfo> passkeys() {
        return passkeys.list(CurrentUser.idOf(security));
    }

    @Override
    public PasskeyCreationChallenge passkeyCreationOptions() {
        return passkeys.registrationOptions(CurrentUser.idOf(security));
    }

    @Override
    public PasskeyInfo registerPasskey(PasskeyRegistration registration) {
        return passkeys.register(CurrentUser.idOf(security), registration);
    }

    @Override
    public PasskeyInfo renamePasskey(UUID passkeyId, PasskeyRename rename) {
        return passkeys.rename(CurrentUser.idOf(security), passkeyId, rename.name());
    }

    @Override
    public void deletePasskey(UUID passkeyId) {
        passkeys.delete(CurrentUser.idOf(security), passkeyId);
    }

    private static AccountInfo info(User user) {
        return new AccountInfo(user.id(), user.email(), user.displayName());
    }
}
