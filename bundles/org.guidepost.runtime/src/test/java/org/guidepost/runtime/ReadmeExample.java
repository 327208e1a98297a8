package org.guidepost.runtime;

import java.nio.file.Path;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;

/** The example in the README, compiled and run by {@link RuntimeTest}: keep the two the same. */
final class ReadmeExample {
    private ReadmeExample() {
    }

    // README-BEGIN
    static Report checkDraft(Path pack, Path trustedKey, String draftJson) throws Exception {
        Checker checker = Guidepost.open(pack)      // bounded, checked read of the .gpack file
                .verify(trustedKey)                 // refuses unsigned, untrusted or changed packs
                .checker();                         // thread-safe: build once, share everywhere
        Report report = checker.check(draftJson);   // communication.schema.json in, report.schema.json out
        for (Finding finding : report.findings()) {
            System.out.println(finding.getSeverity().word() + " " + finding.getClause() + ": "
                    + finding.getMessage() + " Instead: " + finding.getRemediation());
        }
        return report;                              // report.verdict() is pass, review or fail
    }
    // README-END
}
