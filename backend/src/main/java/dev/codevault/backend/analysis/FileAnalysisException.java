package dev.codevault.backend.analysis;

/**
 * The language engine failed on one file, which its contract rules out: a defect in the engine, not bad input. The
 * message names the path; {@link #messageWithoutPath()} leaves it out for the logs of a server.
 */
public class FileAnalysisException extends RuntimeException {

    private final String language;

    FileAnalysisException(String path, String language, Throwable cause) {
        super("The language engine failed to measure " + path + " as " + language
                + ". This is a defect of the engine: report it with the file if you can share it", cause);
        this.language = language;
    }

    /** Returns the message without the file's path. */
    public String messageWithoutPath() {
        return "The language engine failed to measure a file as " + language + " ("
                + getCause().getClass().getName() + ")";
    }
}
