package dev.codevault.desktop.signin;

/** Where the user is in signing in. */
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
