package org.guidepost.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidepost validate <project-dir>}: compiles a guideline project and prints its diagnostics, one a
 * line as {@code file:line:column: severity CODE message}, then a summary. Exit 1 when any is an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile a guideline project and print its diagnostics as file:line:column: severity CODE message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be printed)", "1:the project has errors", "2:not a guideline project, or bad usage"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT-DIR", description = "A guideline project: a folder with guideline.yaml.")
    Path project;

    @Override
    public Integer call() {
        Projects.requireProject(spec.commandLine(), project);
        Compilation compilation = RuleEngine.compileProject(project);
        PrintWriter out = spec.commandLine().getOut();
        compilation.diagnostics().forEach(out::println);
        long errors = compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = compilation.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        out.println(project + ": " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (compilation.ruleSet().isPresent() ? ", " + plural(compilation.ruleSet().get().ruleNames().size(), "rule") : ""));
        out.flush();
        return errors > 0 ? GuidepostCommand.FINDINGS : GuidepostCommand.OK;
    }

    static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    /** For tests and other commands: the diagnostics as printed. */
    static String format(Diagnostic diagnostic) {
        return diagnostic.toString();
    }
}
