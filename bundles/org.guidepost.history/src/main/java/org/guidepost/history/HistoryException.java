package org.guidepost.history;

/**
 * A history operation that cannot be done, with a stable code and a message that says how to fix it.
 *
 * <p>Codes:
 * <ul>
 * <li>{@value #NO_REPOSITORY} the project is not inside a Git repository;
 * <li>{@value #UNKNOWN_REVISION} a version, tag or revision names nothing (the message lists the known versions);
 * <li>{@value #NO_PROJECT} the project does not exist at that revision;
 * <li>{@value #UNREADABLE} the project's files at a revision cannot be read or do not compile;
 * <li>{@value #GIT} Git itself failed (the repository cannot be read or written);
 * <li>{@value #BAD_CORPUS} a line of a corpus is not a communication ({@code file:line:column});
 * <li>{@code GP-REL-1} … {@code GP-REL-7}: a release is refused (see {@link Release}).
 * </ul>
 */
public final class HistoryException extends Exception {
    public static final String NO_REPOSITORY = "GP-HIST-1";
    public static final String UNKNOWN_REVISION = "GP-HIST-2";
    public static final String NO_PROJECT = "GP-HIST-3";
    public static final String UNREADABLE = "GP-HIST-4";
    public static final String GIT = "GP-HIST-5";
    public static final String BAD_CORPUS = "GP-CORPUS-1";

    private static final long serialVersionUID = 1L;
    private final String code;

    public HistoryException(String code, String message) {
        this(code, message, null);
    }

    public HistoryException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The stable code, e.g. {@code GP-REL-3}. */
    public String code() {
        return code;
    }

    /** {@code CODE message}, as the command line prints it. */
    @Override
    public String toString() {
        return code + " " + getMessage();
    }
}
