package dev.codevault.backend.analysis.source;

/**
 * A tree or one of its files could not be read. The message names the input, the file inside it when there is one,
 * the problem with the cause's own message, and what to do. {@link #messageWithoutPaths()} leaves out the paths and
 * the cause's message, which may quote a path too, for the logs of a server.
 */
public class SourceException extends RuntimeException {

    private final String input;
    private final String problem;
    private final String advice;

    /**
     * Creates the exception.
     *
     * @param input   the tree as the user named it, for example a folder path
     * @param file    the path of the file inside the tree, or empty when the whole tree is at fault
     * @param problem what failed, without source text
     * @param advice  what the user can do about it
     * @param cause   the underlying error, or {@code null}
     */
    public SourceException(String input, String file, String problem, String advice, Throwable cause) {
        super(input + (file.isEmpty() ? "" : ": " + file) + ": " + problem + detailOf(cause) + ". "
                + asSentence(advice), cause);
        this.input = input;
        this.problem = problem;
        this.advice = asSentence(advice);
    }

    /** Creates the exception for a problem with the whole tree. */
    public SourceException(String input, String problem, String advice) {
        this(input, "", problem, advice, null);
    }

    /** Returns the input as the user named it. */
    public String input() {
        return input;
    }

    /** Returns the problem and the advice without the input, the file path or the cause's message. */
    public String messageWithoutPaths() {
        return problem + ". " + advice;
    }

    /** Ends the advice with a full stop unless it already has one. */
    private static String asSentence(String advice) {
        return advice.endsWith(".") ? advice : advice + ".";
    }

    private static String detailOf(Throwable cause) {
        if (cause == null || cause.getMessage() == null || cause.getMessage().isBlank()) {
            return "";
        }
        return " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
}
