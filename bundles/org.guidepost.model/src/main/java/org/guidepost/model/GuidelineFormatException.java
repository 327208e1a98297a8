package org.guidepost.model;

import java.nio.file.Path;

/**
 * A guideline project file that cannot be read, with a stable code and the place to fix it. The message
 * reads {@code file:line:column: error CODE what is wrong (how to fix it)}, the same in every tool.
 */
public final class GuidelineFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The file is not well-formed YAML. */
    public static final String YAML_SYNTAX = "GP-YAML-1";
    /** The YAML is well-formed but a field is missing, unknown or of the wrong kind. */
    public static final String YAML_CONTENT = "GP-YAML-2";
    /** The file cannot be read at all. */
    public static final String IO = "GP-IO-1";

    private final String code;
    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public GuidelineFormatException(String code, Path file, int line, int column, String problem, Throwable cause) {
        super(file + ":" + line + ":" + column + ": error " + code + " " + problem, cause);
        this.code = code;
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String code() {
        return code;
    }

    public Path file() {
        return file;
    }

    /** One-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** One-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong and how to fix it, without the location. */
    public String problem() {
        return problem;
    }

    /** {@code line 3, column 5: GP-YAML-1 …}: the problem where it is in the file, without the file (for an editor). */
    public String inFile() {
        String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "";
        return where + code + " " + problem;
    }
}
