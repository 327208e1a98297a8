package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GuidelineYamlTest {
    private static final Path SHIPPED = Path.of("../../rules/model-social-media/guideline.yaml");
    private static final Path AB_VARIANT = Path.of("../../rules/model-social-media-ab/guideline.yaml");

    private static String shipped() throws Exception {
        return Files.readString(SHIPPED);
    }

    private static Guideline read(String text) {
        GuidelineYaml.Reading reading = GuidelineYaml.read(text);
        assertTrue(reading.ok(), () -> reading.describe());
        return reading.guideline();
    }

    private static Guideline withClause(Guideline g, int index, Clause clause) {
        List<Clause> clauses = new ArrayList<>(g.clauses());
        clauses.set(index, clause);
        return with(g, clauses);
    }

    private static Guideline with(Guideline g, List<Clause> clauses) {
        return new Guideline(g.id(), g.title(), g.version(), g.publisher(), g.language(), g.extendsPath(), clauses,
                g.severities(), g.disabledRules());
    }

    /** The lines of {@code after} that are not in {@code before} at the same place, after the common head and tail. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = YamlText.lines(before);
        List<String> b = YamlText.lines(after);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> removed = a.subList(head, a.size() - tail);
        List<String> added = b.subList(head, b.size() - tail);
        List<String> out = new ArrayList<>();
        removed.forEach(l -> out.add("-" + YamlText.strip(l)));
        added.forEach(l -> out.add("+" + YamlText.strip(l)));
        return out;
    }

    @Test
    void aChangedSeverityRewritesThatLineOnly() throws Exception {
        String text = shipped();
        Guideline before = read(text);
        Clause prv2 = before.clauses().get(1);
        Guideline after = withClause(before, 1, new Clause(prv2.id(), prv2.title(), prv2.text(), Severity.WARNING,
                prv2.source(), prv2.remediation()));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals(List.of("-    severity: error", "+    severity: warning"), changedLines(text, rewritten));
    }

    @Test
    void aChangedTextStaysAFoldedBlockAndTheOtherFieldsKeepTheirLines() throws Exception {
        String text = shipped();
        Guideline before = read(text);
        Clause prv1 = before.clauses().get(0);
        String longer = prv1.text() + " This also covers stories about a patient told in a way that points them out.";
        Guideline after = withClause(before, 0, new Clause(prv1.id(), prv1.title(), longer, prv1.severity(),
                prv1.source(), prv1.remediation()));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        List<String> changed = changedLines(text, rewritten);
        // only the lines of the folded text (its "text: >-" line is kept), wrapped before the width
        assertFalse(changed.isEmpty());
        assertTrue(changed.stream().allMatch(l -> l.substring(1).startsWith("      ")
                && l.length() <= YamlText.WIDTH + 1), changed::toString);
    }

    @Test
    void anAddedClauseIsWrittenAfterTheOthersInTheStandardForm() throws Exception {
        String text = shipped();
        Guideline before = read(text);
        List<Clause> clauses = new ArrayList<>(before.clauses());
        Clause added = new Clause("SPN-9", "Sponsor: say who paid #ad", "Say who paid for a post when someone did.",
                Severity.WARNING, null, "Add \"#ad\" or \"Sponsored by …\" at the start of the post.");
        clauses.add(added);
        Guideline after = with(before, clauses);
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertTrue(rewritten.startsWith(text), "everything before the new clause is kept");
        assertEquals("""
                  - id: SPN-9
                    title: "Sponsor: say who paid #ad"
                    severity: warning
                    text: >-
                      Say who paid for a post when someone did.
                    remediation: >-
                      Add "#ad" or "Sponsored by …" at the start of the post.
                """, rewritten.substring(text.length()));
    }

    @Test
    void aRemovedClauseTakesItsLinesAndNothingElse() throws Exception {
        String text = shipped();
        Guideline before = read(text);
        List<Clause> clauses = new ArrayList<>(before.clauses());
        Clause removed = clauses.remove(2);
        Guideline after = with(before, clauses);
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        List<String> changed = changedLines(text, rewritten);
        assertEquals("-  - id: " + removed.id(), changed.get(0));
        assertTrue(changed.stream().allMatch(l -> l.startsWith("-")), changed::toString);
    }

    @Test
    void headerFieldsChangeInPlaceAndAMissingOneGoesAfterItsNeighbour() throws Exception {
        String text = shipped();
        Guideline before = read(text);
        Guideline after = new Guideline(before.id(), before.title(), "1.1.0", null, "en-CA", null, before.clauses(),
                before.severities(), before.disabledRules());
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals(List.of("-version: 1.0.0", "-publisher: Guidepost model guideline", "-language: en",
                "+version: 1.1.0", "+language: en-CA"), changedLines(text, rewritten));

        String noPublisher = rewritten;
        Guideline withPublisher = new Guideline(after.id(), after.title(), after.version(), "College of Physiotherapists",
                after.language(), null, after.clauses(), after.severities(), after.disabledRules());
        String again = GuidelineYaml.rewrite(noPublisher, after, withPublisher);
        assertEquals(withPublisher, read(again));
        assertEquals(List.of("+publisher: College of Physiotherapists"), changedLines(noPublisher, again));
    }

    @Test
    void aVariantKeepsItsCommentsExtendsAndOverrides() throws Exception {
        String text = Files.readString(AB_VARIANT);
        Guideline before = read(text);
        Clause inc5 = before.clauses().get(0);
        Guideline after = withClause(before, 0, new Clause(inc5.id(), "No free services, discounts or gift cards",
                inc5.text(), inc5.severity(), inc5.source(), inc5.remediation()));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals(List.of("-    title: No free services or discounts",
                "+    title: No free services, discounts or gift cards"), changedLines(text, rewritten));
    }

    private static Guideline withSeverities(Guideline g, java.util.Map<String, Severity> severities) {
        return new Guideline(g.id(), g.title(), g.version(), g.publisher(), g.language(), g.extendsPath(), g.clauses(),
                severities, g.disabledRules());
    }

    @Test
    void aVariantsSeverityOverridesChangeLineByLine() throws Exception {
        Path au = Path.of("../../rules/model-social-media-au/guideline.yaml");
        String text = Files.readString(au);
        Guideline before = read(text);
        assertEquals(java.util.Map.of("TES-2", Severity.ERROR), before.severities());

        java.util.Map<String, Severity> changed = new java.util.LinkedHashMap<>();
        changed.put("TES-2", Severity.WARNING);
        changed.put("CLM-4", Severity.ERROR);
        Guideline after = withSeverities(before, changed);
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals(List.of("-  TES-2: error", "+  TES-2: warning", "+  CLM-4: error"), changedLines(text, rewritten));

        // no override left: the block goes; the comments that open the file stay
        Guideline none = withSeverities(before, java.util.Map.of());
        String without = GuidelineYaml.rewrite(text, before, none);
        assertEquals(none, read(without));
        assertEquals(List.of("-severities:", "-  TES-2: error"), changedLines(text, without));

        // a variant without overrides gets the block after its extends line
        String ab = Files.readString(AB_VARIANT);
        Guideline abBefore = read(ab);
        Guideline abAfter = withSeverities(abBefore, java.util.Map.of("INC-2", Severity.ERROR));
        String abRewritten = GuidelineYaml.rewrite(ab, abBefore, abAfter);
        assertEquals(abAfter, read(abRewritten));
        assertEquals(List.of("+severities:", "+  INC-2: error"), changedLines(ab, abRewritten));
        assertTrue(abRewritten.contains("extends: ../model-social-media\nseverities:\n  INC-2: error\n"), abRewritten);
    }

    @Test
    void aRenamedClauseStaysWhereItWasWithTheCommentAboveIt() {
        String text = """
                id: tiny
                title: Tiny
                version: 0.1.0
                clauses:
                  # the first one
                  - id: AAA-1
                    title: First
                    severity: error
                  # the second one
                  - id: AAA-2
                    title: Second # said twice
                    severity: info
                """;
        Guideline before = read(text);
        Clause first = before.clauses().get(0);
        Guideline after = withClause(before, 0, new Clause("AAA-10", first.title(), first.text(), first.severity(),
                first.source(), first.remediation()));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals(text.replace("- id: AAA-1\n", "- id: AAA-10\n"), rewritten);
    }

    @Test
    void fieldsAddedAndRemovedInAClauseKeepTheOtherLines() {
        String text = """
                id: tiny
                title: Tiny
                version: 0.1.0
                clauses:
                  - id: AAA-1
                    title: First   # the short name
                    severity: error
                    remediation: Do the right thing.
                  - id: AAA-2
                    title: Second
                    severity: info
                """;
        Guideline before = read(text);
        Clause first = before.clauses().get(0);
        Guideline after = withClause(before, 0, new Clause("AAA-1", first.title(), "What it asks.", first.severity(),
                "Section 2", null));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals("""
                id: tiny
                title: Tiny
                version: 0.1.0
                clauses:
                  - id: AAA-1
                    title: First   # the short name
                    severity: error
                    text: >-
                      What it asks.
                    source: Section 2
                  - id: AAA-2
                    title: Second
                    severity: info
                """, rewritten);
    }

    @Test
    void windowsLineEndsAndAMissingLastNewlineAreKept() {
        String text = "id: tiny\r\ntitle: Tiny\r\nversion: 0.1.0\r\nclauses:\r\n  - id: AAA-1\r\n    title: First\r\n"
                + "    severity: error";
        Guideline before = read(text);
        Guideline after = withClause(before, 0, new Clause("AAA-1", "First", null, Severity.WARNING, null, null));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals(text.replace("severity: error", "severity: warning"), rewritten.stripTrailing());
        assertFalse(rewritten.replace("\r\n", "").contains("\n"), "no bare newline in a Windows file");

        List<Clause> more = new ArrayList<>(after.clauses());
        more.add(new Clause("AAA-2", "Second", null, Severity.INFO, null, null));
        Guideline added = with(after, more);
        String withSecond = GuidelineYaml.rewrite(rewritten, after, added);
        assertEquals(added, read(withSecond));
        assertFalse(withSecond.replace("\r\n", "").contains("\n"), withSecond);
    }

    @Test
    void flowStyleClausesAreWrittenAgainInTheStandardForm() {
        String text = "{id: tiny, title: Tiny, version: 0.1.0, clauses: [{id: AAA-1, title: First, severity: error}]}\n";
        Guideline before = read(text);
        Guideline after = withClause(before, 0, new Clause("AAA-1", "First", null, Severity.WARNING, null, null));
        String rewritten = GuidelineYaml.rewrite(text, before, after);
        assertEquals(after, read(rewritten));
        assertEquals("""
                id: tiny
                title: Tiny
                version: 0.1.0
                clauses:
                  - id: AAA-1
                    title: First
                    severity: warning
                """, rewritten);
    }

    @Test
    void anyTextReadsBackAsWritten() throws Exception {
        String text = shipped();
        Guideline before = read(text);
        Random random = new Random(7);
        String[] pieces = {"word", "  ", " ", "\n", "\t", "#", ": ", "\"", "'", "- ", "é", "…", "yes", "1.0", "{", "[",
            "|", ">", "%", "@", "\\", "null", "~", "*", "&", "!", "0x1F", "12:30", "-", "?"};
        for (int round = 0; round < 300; round++) {
            StringBuilder value = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String v = value.toString();
            int index = round % before.clauses().size();
            Clause c = before.clauses().get(index);
            Clause changed = switch (round % 4) {
                case 0 -> new Clause(c.id(), v.isBlank() ? "t" + v : v, c.text(), c.severity(), c.source(), c.remediation());
                case 1 -> new Clause(c.id(), c.title(), v, c.severity(), c.source(), c.remediation());
                case 2 -> new Clause(c.id(), c.title(), c.text(), c.severity(), v, v);
                // several fields at once, some of them removed or added
                default -> new Clause(c.id(), c.title(), random.nextBoolean() ? null : v, Severity.values()[round % 3],
                        random.nextBoolean() ? null : v + "!", random.nextBoolean() ? null : "Do: " + v);
            };
            Guideline after = withClause(before, index, changed);
            String rewritten = GuidelineYaml.rewrite(text, before, after);
            GuidelineYaml.Reading reading = GuidelineYaml.read(rewritten);
            assertNotNull(reading.guideline(), () -> "value " + YamlText.doubleQuoted(v) + ": " + reading.describe());
            assertEquals(after, reading.guideline(), () -> "value " + YamlText.doubleQuoted(v));
            // everything above the edited clause is kept as written
            String above = text.substring(0, text.indexOf("  - id: " + c.id() + "\n"));
            assertTrue(rewritten.startsWith(above), () -> "the lines above " + c.id() + " changed");
            assertTrue(rewritten.startsWith(text.substring(0, text.indexOf("clauses:"))), "the header is kept");
        }
    }

    @Test
    void unreadableTextSaysWhereAndWhy() {
        GuidelineYaml.Reading reading = GuidelineYaml.read("id: x\ntitle: [unclosed\n");
        assertFalse(reading.ok());
        assertTrue(reading.describe().contains("GP-YAML-1"), reading.describe());
        assertTrue(reading.describe().startsWith("line "), reading.describe());
    }
}
