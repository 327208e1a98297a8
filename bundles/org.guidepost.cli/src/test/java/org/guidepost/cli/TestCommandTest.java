package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.guidepost.cli.GuidepostCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code guidepost test} on the shipped project and on a copy of it broken in various ways. */
class TestCommandTest {
    private static final String FIXTURE = ValidateCommandTest.FIXTURE.toString();

    /** A copy of the test project in {@code dir}, to break; shared by the command tests. */
    static Path copyOfFixture(Path dir, String name) throws IOException {
        Path source = ValidateCommandTest.FIXTURE;
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    @Test
    void theCasesPassAndTheLastLineCountsThem(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("reports/TEST-shipped.xml");
        Result result = GuidepostCommandTest.run("test", FIXTURE, "--junit-xml", xml.toString());

        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().strip().endsWith("2 passed, 0 failed"), result.out());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertEquals("testsuites", document.getDocumentElement().getTagName());
        assertEquals(2, document.getElementsByTagName("testcase").getLength());
        assertEquals(0, document.getElementsByTagName("failure").getLength());
    }

    @Test
    void aBrokenRuleFailsTheRunAndNamesTheFailingCase(@TempDir Path dir) throws Exception {
        Path project = copyOfFixture(dir, "model-social-media");
        Path drl = project.resolve("rules/privacy.drl");
        Files.writeString(drl, Files.readString(drl).replace("channel != \"email\"", "channel == \"email\""));
        Path json = dir.resolve("results.json");

        Result result = GuidepostCommandTest.run("test", project.toString(), "--json", json.toString());

        assertEquals(1, result.code(), result.out());
        assertTrue(result.out().contains("FAIL " + project.resolve("tests/prv-5-dm-your-mri.yaml") + ":"), result.out());
        assertTrue(result.out().contains("Asking for an MRI by direct message breaks PRV-5"), result.out());
        assertTrue(result.out().contains("missing: PRV-5"), result.out());
        assertTrue(result.out().contains("unexpected: PRV-5"), result.out());
        assertTrue(result.out().strip().endsWith("0 passed, 2 failed"), result.out());
        assertTrue(Files.readString(json).contains("\"failed\" : 2"), Files.readString(json));
    }

    @Test
    void coverageBelowTheMinimumFailsTheRun() {
        Result result = GuidepostCommandTest.run("test", FIXTURE, "--min-coverage", "100");

        assertEquals(1, result.code());
        assertTrue(result.out().contains("clauses no passing case expects: PRV-1, PRV-3"), result.out());
        assertTrue(result.err().contains("coverage 33.3% is below the minimum 100.0%"), result.err());
        assertEquals(0, GuidepostCommandTest.run("test", FIXTURE, "--min-coverage", "30").code());
    }

    @Test
    void theFilterSelectsCases() {
        Result one = GuidepostCommandTest.run("test", FIXTURE, "--filter", "email");
        assertEquals(0, one.code());
        assertTrue(one.out().strip().endsWith("1 passed, 0 failed"), one.out());

        Result none = GuidepostCommandTest.run("test", FIXTURE, "--filter", "nothing-like-this");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no case matches --filter nothing-like-this"), none.err());

        Result bad = GuidepostCommandTest.run("test", FIXTURE, "--filter", "([");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--filter is not a valid regular expression"), bad.err());
    }

    @Test
    void aProjectThatDoesNotCompileExitsTwoWithItsDiagnostics(@TempDir Path dir) throws Exception {
        Path project = copyOfFixture(dir, "model-social-media");
        Path drl = project.resolve("rules/privacy.drl");
        Files.writeString(drl, Files.readString(drl).replace("@clause(\"PRV-5\")", "@clause(\"PRV-9\")"));

        Result result = GuidepostCommandTest.run("test", project.toString());

        assertEquals(2, result.code());
        assertTrue(result.out().contains("error GP-RULE-2"), result.out());
        assertTrue(result.err().contains("does not compile; no case was run"), result.err());
    }

    @Test
    void anUnreadableTestFileFailsTheRunWithItsPlace(@TempDir Path dir) throws Exception {
        Path project = copyOfFixture(dir, "model-social-media");
        Files.writeString(project.resolve("tests/broken.yaml"), "name: x\ncommunication: {}\nexpect:\n  clauses: [prv-5]\n");

        Result result = GuidepostCommandTest.run("test", project.toString());

        assertEquals(1, result.code(), result.out());
        assertTrue(result.out().contains(project.resolve("tests/broken.yaml") + ":4:"), result.out());
        assertTrue(result.out().strip().endsWith("2 passed, 1 failed"), result.out());
    }
}
