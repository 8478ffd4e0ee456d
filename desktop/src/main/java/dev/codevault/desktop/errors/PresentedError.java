package dev.codevault.desktop.errors;

/**
 * An error as the user sees it.
 *
 * @param whatFailed one short sentence naming the action that failed, for example {@code Uploading app.zip failed.}
 * @param whatToDo   why, when known, and what to do next
 */
public record PresentedError(String whatFailed, String whatToDo) {
}
