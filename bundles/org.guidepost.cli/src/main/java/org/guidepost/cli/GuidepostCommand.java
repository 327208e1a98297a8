package org.guidepost.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code guidepost} command. Exit codes: {@value #OK} ok, {@value #FINDINGS} findings or failures,
 * {@value #USAGE} bad input or usage (including unexpected errors). Errors are one line on stderr, never
 * a stack trace.
 */
@Command(name = "guidepost",
        mixinStandardHelpOptions = true,
        versionProvider = GuidepostCommand.VersionProvider.class,
        description = "Check communications against guideline rule packs, test and release guideline projects.",
        subcommands = {CheckCommand.class, TestCommand.class, ValidateCommand.class, PackCommand.class, VerifyCommand.class,
            KeygenCommand.class, ReleaseCommand.class, DiffCommand.class, ImpactCommand.class, ChangelogCommand.class,
            VersionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:findings or failures",
            "2:bad input or usage"})
public final class GuidepostCommand {
    /** Exit code: all went well. */
    public static final int OK = 0;
    /** Exit code: findings (a checked communication breaks a guideline) or failing tests. */
    public static final int FINDINGS = 1;
    /** Exit code: bad input or usage, or an unexpected error. */
    public static final int USAGE = 2;

    static final String NAME = "guidepost";

    private final InputStream stdin;

    private GuidepostCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** What {@code -} means as an input file. */
    InputStream stdin() {
        return stdin;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(System.in, out, err, args);
        System.exit(code);
    }

    /** Runs the command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /** Runs the command line reading standard input from {@code in}; returns the exit code. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GuidepostCommand(in))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(USAGE_ERROR)
                .setExecutionExceptionHandler(UNEXPECTED_ERROR);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Bad usage: one line saying what is wrong, one line saying where help is. */
    private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException e, String[] args) -> {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(NAME + ": error: " + describe(e));
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return USAGE;
    };

    /** Anything a subcommand did not expect: its message, no stack trace. */
    private static final IExecutionExceptionHandler UNEXPECTED_ERROR = (Exception e, CommandLine command,
            CommandLine.ParseResult parseResult) -> {
        PrintWriter err = command.getErr();
        err.println(NAME + ": error: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        err.flush();
        return USAGE;
    };

    private static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) {
                return "unknown option '" + argument + "'";
            }
            if (!e.getCommandLine().getSubcommands().isEmpty()) {
                return "unknown command '" + argument + "'";
            }
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        message = message.lines().findFirst().orElse(message);
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** {@code guidepost --version}: the same lines as {@code guidepost version}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return Versions.lines().stream().map(VersionProvider::literal).toArray(String[]::new);
        }

        /** Picocli formats version lines (String.format) and expands ${...} in them: print them as they are. */
        static String literal(String line) {
            return line.replace("%", "%%").replace("${", "$${");
        }
    }
}
