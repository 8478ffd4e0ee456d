package dev.codevault.desktop.signin;

import dev.codevault.common.error.Problem;
import dev.codevault.desktop.auth.SignInFailedException;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Turns a failed sign-in step into one sentence for the user. */
final class SignInErrors {

    private SignInErrors() {
    }

    static String describe(Throwable failure) {
        if (failure instanceof HttpClientResponseException response) {
            return response.getResponse().getBody(Problem.class)
                    .map(Problem::detail)
                    .filter(detail -> !detail.isBlank())
                    .orElse("The server answered HTTP " + response.code() + ". Try again.");
        }
        if (failure instanceof HttpClientException) {
            return "Cannot reach the server (" + failure.getMessage() + "). Check the connection and try again.";
        }
        if (failure instanceof SignInFailedException) {
            return failure.getMessage();
        }
        return "Sign-in failed: " + failure.getMessage();
    }
}
