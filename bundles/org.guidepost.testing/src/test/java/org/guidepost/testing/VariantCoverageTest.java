package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A variant's tests cover what it adds or changes; what it inherits unchanged is the base's to cover. */
class VariantCoverageTest {

    @Test
    void aVariantsCoverageCountsItsOwnRulesAddedClausesAndChangedSeverities(@TempDir Path dir) throws Exception {
        Path strict = Fixtures.copyClinic(dir).resolveSibling("clinic-strict");
        Fixtures.write(strict, "tests/strict.yaml", """
                cases:
                  - name: A guarantee breaks ADV-1
                    communication: {id: s-1, channel: facebook, kind: post, account: {type: clinic}, text: "We guarantee results!"}
                    expect: {includes: [ADV-1]}
                  - name: Near miss for ADV-1 - no promise
                    communication: {id: s-2, channel: facebook, kind: post, account: {type: clinic}, text: "We will do our best."}
                    expect: {excludes: [ADV-1]}
                """);

        TestRun run = TestRunner.run(strict);

        assertTrue(run.succeeded(), run.results().toString() + run.diagnostics());
        Coverage coverage = run.coverage();
        assertEquals(List.of("ADV-1 guarantee"), coverage.rules(), "only the variant's own rule");
        assertEquals(List.of("PRV-2", "ADV-1"), coverage.clauses(), "its added clause and the severity it changes");
        assertEquals(List.of(), coverage.uncoveredRules());
        assertEquals(List.of("PRV-2"), coverage.clausesWithoutHit(), "PRV-2 changed here, so tested here");
        assertEquals(50.0, coverage.percent());
    }
}
