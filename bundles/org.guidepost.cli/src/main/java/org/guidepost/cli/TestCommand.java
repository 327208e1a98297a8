package org.guidepost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.stream.XMLStreamException;
import org.guidepost.testing.ConsoleReporter;
import org.guidepost.testing.JUnitXmlReporter;
import org.guidepost.testing.JsonReporter;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidepost test <project-dir>}: runs a guideline project's test cases and reports them on the console,
 * and on request as JUnit XML and JSON files, with coverage.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the test cases of a guideline project (tests/*.yaml, tests/*.jsonl).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case passed (and coverage is at least --min-coverage)",
            "1:a case failed or could not run, a test file could not be read, or coverage is below --min-coverage",
            "2:bad usage, or a guideline that does not compile (its diagnostics are printed)"})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT-DIR", description = "A guideline project: a folder with guideline.yaml.")
    Path project;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Path junitXml;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--coverage", description = "Print which rules and clauses the cases cover.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Fail when the coverage (the lower of rule and clause coverage) is below PCT percent.")
    Double minCoverage;

    @Option(names = "--filter", paramLabel = "REGEX",
            description = "Run only the cases whose 'file: name' contains a match of REGEX.")
    String filter;

    @Override
    public Integer call() throws IOException, XMLStreamException {
        Projects.requireProject(spec.commandLine(), project);
        Predicate<String> selected = selection();
        if (minCoverage != null && filter != null) {
            throw new ParameterException(spec.commandLine(), "--min-coverage measures all the cases; "
                    + "it cannot be combined with --filter");
        }
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new ParameterException(spec.commandLine(), "--min-coverage must be a percentage from 0 to 100, was " + minCoverage);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        TestRun run = TestRunner.run(project, selected);
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        new ConsoleReporter(colour, coverage || minCoverage != null).write(run, out);
        if (!run.compiled()) {
            err.println("guidepost: error: " + project + " does not compile; no case was run");
            err.flush();
            return GuidepostCommand.USAGE;
        }
        if (junitXml != null) {
            writeAtomically(junitXml, writer -> JUnitXmlReporter.write(run, writer));
        }
        if (json != null) {
            writeAtomically(json, writer -> JsonReporter.write(run, writer));
        }
        boolean enough = true;
        if (minCoverage != null && run.coverage().percent() < minCoverage) {
            enough = false;
            err.println(String.format(Locale.ROOT, "guidepost: coverage %.1f%% is below the minimum %.1f%%",
                    run.coverage().percent(), minCoverage));
        }
        if (run.results().isEmpty() && !run.hasErrors()) {
            err.println("guidepost: " + (filter == null ? project + " has no test cases (add tests/*.yaml)"
                    : "no case matches --filter " + filter));
        }
        err.flush();
        return run.succeeded() && enough && !run.results().isEmpty() ? GuidepostCommand.OK : GuidepostCommand.FINDINGS;
    }

    private Predicate<String> selection() {
        if (filter == null) {
            return name -> true;
        }
        try {
            Pattern pattern = Pattern.compile(filter);
            return name -> pattern.matcher(name).find();
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--filter is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private interface Content {
        void write(Writer writer) throws IOException, XMLStreamException;
    }

    /** Writes a file whole or not at all: into a temporary file beside it, then moved over it. */
    private static void writeAtomically(Path file, Content content) throws IOException, XMLStreamException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(writer);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
