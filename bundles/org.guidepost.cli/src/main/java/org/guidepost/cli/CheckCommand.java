package org.guidepost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.CommunicationRecord;
import org.guidepost.model.InputProblem;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.guidepost.pack.Pack;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackLoader;
import org.guidepost.pack.PackReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code guidepost check --pack <project-dir>|<file.gpack> [--trust KEY] [--allow-unsigned] [--format ...] [FILE|-]}: checks communications (one JSON object, a
 * JSON array, or NDJSON) against a guideline and prints a report for each. Bad records are reported on stderr
 * with their place; the others are still checked.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check communications against a guideline: one JSON object, a JSON array of objects, or "
                + "NDJSON (one object a line), from FILE or standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no communication has an error finding",
            "1:a communication has an error finding (verdict fail)",
            "2:bad input (reported on stderr with its line), bad usage, or a guideline that does not compile"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    GuidepostCommand parent;

    @Option(names = "--pack", required = true, paramLabel = "PROJECT-DIR|FILE.gpack",
            description = "The guideline to check against: a guideline project folder, or a rule pack file (.gpack), "
                    + "which must be intact and signed by a key given with --trust.")
    Path pack;

    @Option(names = "--trust", paramLabel = "PUBLIC-KEY",
            description = "For a .gpack: a trusted public key file (guidepost.pub), or a folder of *.pub files.")
    Path trust;

    @Option(names = "--allow-unsigned",
            description = "For a .gpack: accept a pack that is not signed (or, without --trust, whose signature is not "
                    + "checked). A changed, added or missing entry is always refused.")
    boolean allowUnsigned;

    private boolean signatureVerified;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one report, or an array for several), ndjson, sarif or text. Default: ${DEFAULT-VALUE}.")
    String format;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-",
            description = "The communications to check; - or nothing for standard input.")
    String input;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = parseFormat();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Compilation compilation;
        if (Files.isRegularFile(pack)) {
            try {
                Pack read = openPack();
                // Precompiled rules are serialised objects: only a pack signed by a trusted key may use them.
                compilation = signatureVerified ? PackLoader.loadPrecompiled(read) : PackLoader.compile(read);
            } catch (PackException e) {
                return PackCommand.fail(spec, e);
            }
        } else {
            Projects.requireProject(spec.commandLine(), pack);
            compilation = RuleEngine.compileProject(pack);
        }
        if (compilation.hasErrors()) {
            compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(err::println);
            err.println("guidepost: error: the guideline " + pack + " does not compile; run 'guidepost validate "
                    + pack + "' for all its diagnostics.");
            err.flush();
            return GuidepostCommand.USAGE;
        }
        RuleSet rules = compilation.ruleSet().orElseThrow();

        CommunicationReader reader = new CommunicationReader();
        CommunicationReader.Result read;
        String source;
        if ("-".equals(input)) {
            source = "stdin";
            read = reader.read(parent.stdin(), source);
        } else {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + input);
            }
            source = input;
            read = reader.read(file);
        }
        read.problems().forEach(err::println);

        List<Checked> checked = new ArrayList<>();
        for (CommunicationRecord record : read.records()) {
            checked.add(new Checked(record.communication(), rules.check(record.communication())));
        }
        if (!checked.isEmpty() || read.problems().isEmpty()) {
            reportFormat.write(checked, rules.guideline(), source, out);
        }
        out.flush();
        if (read.hasProblems()) {
            List<InputProblem> problems = read.problems();
            err.println("guidepost: error: " + ValidateCommand.plural(problems.size(), "problem") + " in " + source
                    + (checked.isEmpty() ? "" : "; the other " + ValidateCommand.plural(checked.size(), "communication")
                    + " were checked"));
            err.flush();
            return GuidepostCommand.USAGE;
        }
        err.flush();
        return checked.stream().anyMatch(c -> c.report().verdict() == Verdict.FAIL) ? GuidepostCommand.FINDINGS
                : GuidepostCommand.OK;
    }

    /** The pack file, read within bounds, intact, and signed by a trusted key unless --allow-unsigned. */
    private Pack openPack() throws PackException {
        Pack read = new PackReader().read(pack);
        if (trust != null) {
            try {
                read.verify(VerifyCommand.trustedKeys(spec, trust));
                signatureVerified = true;
            } catch (PackException e) {
                if (!(allowUnsigned && PackException.UNSIGNED.equals(e.code()))) {
                    throw new PackException(e.code(), "refusing " + pack + ": " + e.getMessage(), e);
                }
            }
        } else if (read.isSigned() && !allowUnsigned) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), pack + " is signed: give the publisher's "
                    + "public key with --trust PUBLIC-KEY to check its signature");
        } else if (!allowUnsigned) {
            throw new PackException(PackException.UNSIGNED, "refusing " + pack + ": it is not signed; give"
                    + " --allow-unsigned to check against it anyway");
        }
        return read;
    }

    private ReportFormat parseFormat() {
        try {
            return ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; use json, ndjson, sarif or text");
        }
    }
}
