package dev.codevault.desktop.signin;

/** Step of the sign-in that the user is at. */
public enum SignInStage {
    /** Typing the email address or choosing a passkey. */
    CHOOSE,
    /** Typing the passcode from the email. */
    ENTER_CODE,
    /** Signing in in the browser; the app waits for it to come back. */
    IN_BROWSER,
    /** Signed in. */
    SIGNED_IN
}
