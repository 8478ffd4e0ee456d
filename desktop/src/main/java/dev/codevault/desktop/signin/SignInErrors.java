package dev.codevault.desktop.signin;

import dev.codevault.desktop.errors.ErrorDescriptions;

/** Turns a failed sign-in step into one sentence for the user, as the error presenter words it. */
final class SignInErrors {

    private SignInErrors() {
    }

    static String describe(Throwable failure) {
        return ErrorDescriptions.whatToDo(failure);
    }
}
