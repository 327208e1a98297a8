package org.guidepost.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackWriter;
import org.guidepost.testing.CaseResult;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;

/**
 * Exports a guideline project as a rule pack in the background: optionally runs its test cases first and refuses to
 * write the pack when one fails, then packs (and signs) it with the same core as {@code guidepost pack}.
 */
public final class ExportPackJob extends Job {
    private static final String PLUGIN = "org.guidepost.ui";

    /** What to export, where, and how. */
    public record Request(Path project, Path out, String version, Path signingKey, boolean runTestsFirst) {
    }

    private final Request request;
    private volatile String outcome;

    public ExportPackJob(Request request) {
        super("Exporting " + request.project().getFileName() + " as a rule pack");
        this.request = request;
        setUser(true);
    }

    /** What happened, in words, once the job is done. */
    public String outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        if (request.runTestsFirst()) {
            SubMonitor tests = progress.split(70);
            TestRun run = TestRunner.run(request.project(), name -> true, new TestRunner.Progress() {
                @Override
                public void started(int cases) {
                    tests.beginTask("Running the test cases", cases);
                }

                @Override
                public void ran(CaseResult result) {
                    tests.subTask(result.testCase().name());
                    tests.worked(1);
                }

                @Override
                public boolean isCancelled() {
                    return tests.isCanceled();
                }
            });
            if (monitor.isCanceled()) {
                outcome = "Export cancelled; no pack was written.";
                return Status.CANCEL_STATUS;
            }
            if (!run.succeeded()) {
                long failed = run.results().stream().filter(r -> r.outcome() != CaseResult.Outcome.PASS).count();
                outcome = !run.compiled() ? "The guideline does not compile, so no pack was written; see the Problems view."
                        : failed + (failed == 1 ? " test case fails" : " test cases fail") + ", so no pack was written; "
                                + "see Test Results, or export without running the tests.";
                return new Status(IStatus.ERROR, PLUGIN, outcome);
            }
        }
        progress.setWorkRemaining(30);
        progress.subTask("Packing " + request.project().getFileName());
        try {
            PackWriter writer = new PackWriter().createdBy("guidepost workbench");
            if (request.version() != null && !request.version().isBlank()) {
                writer.version(request.version().strip());
            }
            String signedBy = "unsigned";
            if (request.signingKey() != null) {
                KeyPair keys = keyPair(request.signingKey());
                writer.signWith(keys);
                signedBy = "signed by key " + PackKeys.keyId(keys.getPublic());
            }
            writer.write(request.project(), request.out());
            progress.worked(30);
            outcome = "Exported " + request.out() + " (" + Files.size(request.out()) + " bytes, " + signedBy + ").";
            return new Status(IStatus.OK, PLUGIN, outcome);
        } catch (PackException | java.io.IOException e) {
            outcome = "No pack was written: " + e.getMessage();
            return new Status(IStatus.ERROR, PLUGIN, outcome);
        }
    }

    /** The private key file and its public key beside it ({@code guidepost.key} and {@code guidepost.pub}). */
    public static KeyPair keyPair(Path privateKey) throws PackException {
        Path publicKey = privateKey.resolveSibling(PackKeys.PUBLIC_FILE);
        if (!Files.isRegularFile(publicKey)) {
            throw new PackException(PackException.UNREADABLE, "the public key " + publicKey + " is not beside the private key "
                    + privateKey + "; keep the pair together as 'guidepost keygen' writes them");
        }
        return new KeyPair(PackKeys.readPublic(publicKey), PackKeys.readPrivate(privateKey));
    }
}
