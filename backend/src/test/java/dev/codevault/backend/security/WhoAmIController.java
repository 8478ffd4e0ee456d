package dev.codevault.backend.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** A route for tests that returns the user id of the caller's access token. */
@Controller("/test/who-am-i")
@Secured(SecurityRule.IS_AUTHENTICATED)
class WhoAmIController {

    @Get(produces = "text/plain")
    String whoAmI(Authentication authentication) {
        return CurrentUser.idOf(authentication).toString();
    }
}
