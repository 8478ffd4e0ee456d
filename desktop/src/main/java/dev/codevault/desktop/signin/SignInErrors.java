package dev.codevault.desktop.signin;

import dev.codevault.desktop.errors.ErrorDescriptions;
import io.micronaut.http.client.exceptions.ReadTimeoutException;

/** Turns a failed sign-in step into one sentence for the user, as the error presenter words it. */
final class SignInErrors {

    private SignInErrors() {
    }

    static String describe(Throwable failure) {
        return ErrorDescriptions.whatToDo(failure);
    }

    /**
     * Describes a failed passcode request. A read timeout means that the server accepted the connection but did not
     * respond in time, for example because its SMTP check still runs, so the message does not call it unreachable.
     */
    static String describePasscodeRequest(Throwable failure) {
        if (failure instanceof ReadTimeoutException) {
            return "The server did not respond to the passcode request in time, possibly because its mail (SMTP) "
                    + "server is slow to respond. Request a new passcode in a few minutes, because a passcode mail "
                    + "from this request cannot be used. If it happens again, ask your administrator to check the "
                    + "server's mail settings.";
        }
        return describe(failure);
    }
}
