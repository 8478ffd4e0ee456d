package dev.codevault.desktop.ada;

/** The state of the Ada panel. */
public enum AdaState {
    /** No vault is selected. */
    NO_VAULT,
    /** Asking the server whether Ada can answer. */
    CHECKING,
    /** Ada answers questions. */
    AVAILABLE,
    /** An administrator has not configured Ada's AI service; the message names the settings to make. */
    NOT_CONFIGURED,
    /** Ada cannot answer for another reason, such as an unreachable server; the message states what to do. */
    UNAVAILABLE
}
