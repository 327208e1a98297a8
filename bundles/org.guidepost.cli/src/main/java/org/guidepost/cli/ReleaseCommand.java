package org.guidepost.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.guidepost.history.BumpSuggestion;
import org.guidepost.history.HistoryException;
import org.guidepost.history.Release;
import org.guidepost.history.Rendering;
import org.guidepost.history.SemanticVersion;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidepost release <project-dir> --version X.Y.Z|suggested}: a tested, committed, tagged version. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Release a version of a guideline project: run its test cases, set 'version:' in guideline.yaml "
                + "(nothing else in the file changes), commit, tag <project-id>-vX.Y.Z, and with --pack-out write the rule pack.",
            "Refused when a test case fails, the project (or one it extends) has uncommitted changes, or the version is not above the last "
                + "release or already tagged. Without --version it prints the suggested version and why (major: a clause "
                + "removed or raised to error; minor: clauses or rules added, removed or changed; patch: only lexicons, "
                + "wording or tests) and releases nothing; '--version suggested' releases that version.",
            "A project that is not in a Git repository gets one (created in the project folder, all its files committed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:released", "1:a test case fails (or the project does not compile): nothing was released",
            "2:bad usage, no --version (the suggestion is printed), uncommitted changes, a version not above the last "
                + "release or already tagged, or a pack that cannot be made"})
final class ReleaseCommand implements Callable<Integer> {
    static final String SUGGESTED = "suggested";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT-DIR", description = "The guideline project to release.")
    Path project;

    @Option(names = "--version", paramLabel = "X.Y.Z", description = "The version to release, or 'suggested' for the suggested one.")
    String version;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "What the release is about (commit and tag message).")
    String message;

    @Option(names = "--pack-out", paramLabel = "FILE", description = "Also write the rule pack of the release to FILE.")
    Path packOut;

    @Option(names = "--sign-key", paramLabel = "KEY",
            description = "Sign the pack with this private key (its .pub beside it), as 'guidepost pack' does.")
    Path signKey;

    @Override
    public Integer call() {
        Projects.requireProject(spec.commandLine(), project);
        if (signKey != null && packOut == null) {
            throw new ParameterException(spec.commandLine(), "--sign-key signs the pack: give --pack-out FILE too");
        }
        try {
            if (version == null || version.equals(SUGGESTED)) {
                BumpSuggestion suggestion = Release.suggest(project);
                if (version == null) {
                    spec.commandLine().getOut().print(Rendering.text(suggestion));
                    spec.commandLine().getOut().flush();
                    spec.commandLine().getErr().println("guidepost: nothing released; run again with --version "
                            + suggestion.nextVersion() + " (or --version suggested)");
                    spec.commandLine().getErr().flush();
                    return GuidepostCommand.USAGE;
                }
                version = suggestion.nextVersion();
            } else if (!SemanticVersion.isValid(version)) {
                throw new ParameterException(spec.commandLine(), "--version " + version
                        + " is not a semantic version (X.Y.Z) or 'suggested'");
            }
            PackWriter packer = new PackWriter().createdBy("guidepost " + Versions.guidepost())
                    .runtime(Map.of("guidepost", PackCommand.runtimeRange(Versions.guidepost()), "drools", Versions.drools()));
            String signedBy = null;
            if (signKey != null) {
                var keys = PackCommand.keyPair(spec.commandLine(), signKey);
                packer.signWith(keys);
                signedBy = PackKeys.keyId(keys.getPublic());
            }
            Release.Result result = Release.perform(project, new Release.Request(version, message, packOut, packer));
            var out = spec.commandLine().getOut();
            if (result.initialised()) {
                out.println("created a Git repository in " + project);
            }
            out.println("released " + result.projectId() + " " + result.version() + ": " + result.testCases()
                    + " test cases passed, commit " + result.commit().substring(0, 10) + ", tag " + result.tag());
            if (result.pack() != null) {
                out.println("packed into " + result.pack() + " (" + Files.size(result.pack()) + " bytes, "
                        + (signedBy == null ? "unsigned" : "signed by " + signedBy) + ")");
            }
            out.flush();
            return GuidepostCommand.OK;
        } catch (HistoryException e) {
            return HistoryCommands.fail(spec, e, e.code().equals(Release.TESTS_FAIL) ? GuidepostCommand.FINDINGS
                    : GuidepostCommand.USAGE);
        } catch (PackException e) {
            return PackCommand.fail(spec, e);
        } catch (java.io.IOException e) {
            return PackCommand.fail(spec, new PackException(PackException.UNREADABLE, e.getMessage(), e));
        }
    }
}
