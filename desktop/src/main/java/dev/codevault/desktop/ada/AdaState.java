package dev.codevault.desktop.ada;

/** What the Ada panel can do. */
public enum AdaState {
    /** No vault is selected. */
    NO_VAULT,
    /** Asking the server whether Ada can answer. */
    CHECKING,
    /** Ada answers questions. */
    AVAILABLE,
    /** An administrator has not configured Ada's AI service; the message says what to set. */
    NOT_CONFIGURED,
    /** Ada cannot answer for another reason, such as an unreachable server; the message says what to do. */
    UNAVAILABLE
}
