package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The run as JUnit XML, read back with the JDK's DOM parser as CI tools would. */
class JUnitXmlReporterTest {
    @TempDir
    static Path tmp;
    private static Path project;
    private static Element mixed;

    @BeforeAll
    static void run() throws Exception {
        project = Fixtures.reportProject(tmp);
        mixed = write(TestRunner.run(project));
    }

    private static Element write(TestRun run) throws Exception {
        StringWriter out = new StringWriter();
        JUnitXmlReporter.write(run, out);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(out.toString())));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String counts(Element element) {
        return element.getAttribute("tests") + " tests, " + element.getAttribute("failures") + " failures, "
                + element.getAttribute("errors") + " errors";
    }

    private static String file(String name) {
        return project.resolve("tests/" + name).toString();
    }

    @Test
    void oneSuitePerTestFileWithTheCountsAndOneCasePerCase() {
        assertEquals("testsuites", mixed.getTagName());
        assertEquals(project.toString(), mixed.getAttribute("name"));
        assertEquals("6 tests, 1 failures, 3 errors", counts(mixed), "4 cases and 2 problems reading the files");

        List<Element> suites = children(mixed, "testsuite");
        assertEquals(List.of(file("a-mixed.yaml"), file("c-good.yaml"), file("b-broken.yaml")),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        assertEquals("4 tests, 1 failures, 2 errors", counts(suites.get(0)));
        assertEquals("1 tests, 0 failures, 0 errors", counts(suites.get(1)));
        assertEquals("1 tests, 0 failures, 1 errors", counts(suites.get(2)));
        assertEquals("0", suites.get(0).getAttribute("skipped"));

        List<Element> cases = children(suites.get(0), "testcase");
        assertEquals(List.of("passes", "fails", "errs", "line 12: GP-TEST-3"),
                cases.stream().map(c -> c.getAttribute("name")).toList());
        assertEquals(List.of("2", "5", "8", "12"), cases.stream().map(c -> c.getAttribute("line")).toList());
        for (Element testCase : cases) {
            assertEquals(file("a-mixed.yaml"), testCase.getAttribute("file"));
        }
        assertEquals(List.of(), children(cases.get(0), "failure"));
        assertEquals(List.of(), children(cases.get(0), "error"));
    }

    @Test
    void theClassNameIsTheTestFileAsADottedNameWithoutALeadingDot() {
        Element testCase = children(children(mixed, "testsuite").get(0), "testcase").get(0);
        String className = testCase.getAttribute("classname");
        assertFalse(className.startsWith("."), className);
        assertEquals(file("a-mixed").replace('/', '.').replaceAll("^\\.+", ""), className);
        assertTrue(className.endsWith(".clinic.tests.a-mixed"), className);
    }

    @Test
    void aFailingCaseHasAFailureWithTheDiff() {
        Element fails = children(children(mixed, "testsuite").get(0), "testcase").get(1);
        List<Element> failures = children(fails, "failure");
        assertEquals(1, failures.size());
        assertEquals(List.of(), children(fails, "error"));
        Element failure = failures.get(0);
        assertEquals("ExpectationNotMet", failure.getAttribute("type"));
        assertEquals("missing: PRV-2; unexpected: PRV-1; verdict fail, expected review", failure.getAttribute("message"));
        assertEquals(file("a-mixed.yaml") + ":5\n"
                + "expected: [PRV-2]\n"
                + "actual:   [PRV-1]\n"
                + "missing: PRV-2\n"
                + "unexpected: PRV-1\n"
                + "verdict fail, expected review\n", failure.getTextContent());
    }

    @Test
    void anErroringCaseHasAnError() {
        Element errs = children(children(mixed, "testsuite").get(0), "testcase").get(2);
        List<Element> errors = children(errs, "error");
        assertEquals(1, errors.size());
        assertEquals(List.of(), children(errs, "failure"));
        assertEquals("CaseError", errors.get(0).getAttribute("type"));
        assertEquals("the case expects clause XYZ-9, which clinic does not have", errors.get(0).getAttribute("message"));
        assertTrue(errors.get(0).getTextContent().startsWith(file("a-mixed.yaml") + ":8\n"), errors.get(0).getTextContent());
    }

    @Test
    void aFileOrCaseThatCannotBeReadIsAnErroringCaseOfItsFile() {
        Element unreadableCase = children(children(mixed, "testsuite").get(0), "testcase").get(3);
        Element caseError = children(unreadableCase, "error").get(0);
        assertEquals("GP-TEST-3", caseError.getAttribute("type"));
        assertTrue(caseError.getTextContent().startsWith(file("a-mixed.yaml") + ":12:1: error GP-TEST-3 cannot read"),
                caseError.getTextContent());

        Element broken = children(mixed, "testsuite").get(2);
        List<Element> cases = children(broken, "testcase");
        assertEquals(1, cases.size());
        assertEquals("line 4: GP-YAML-2", cases.get(0).getAttribute("name"));
        assertEquals("4", cases.get(0).getAttribute("line"));
        Element error = children(cases.get(0), "error").get(0);
        assertEquals("GP-YAML-2", error.getAttribute("type"));
        assertEquals("expect.verdict: 'maybe' is not one of pass, review, fail", error.getAttribute("message"));
        assertEquals(file("b-broken.yaml") + ":4:3: error GP-YAML-2 expect.verdict: 'maybe' is not one of pass, review, fail",
                error.getTextContent());
    }

    @Test
    void theFixtureGivesOneSuitePerTestFileAndNoFailures() throws Exception {
        Path clinic = Fixtures.clinic();
        Element green = write(TestRunner.run(clinic));
        assertEquals("11 tests, 0 failures, 0 errors", counts(green));
        List<Element> suites = children(green, "testsuite");
        List<String> names = new ArrayList<>();
        for (Element suite : suites) {
            names.add(suite.getAttribute("name").substring(clinic.resolve("tests").toString().length() + 1)
                    + " " + suite.getAttribute("tests") + " " + children(suite, "testcase").size());
            for (Element testCase : children(suite, "testcase")) {
                assertEquals(0, testCase.getChildNodes().getLength(), "a passing case is empty");
            }
        }
        assertEquals(List.of("corpus.jsonl 3 3", "offers.yaml 2 2", "privacy.yaml 4 4", "prv-1-dm-your-mri.yaml 1 1",
                "variant-strict.yaml 1 1"), names);
    }

    @Test
    void aProjectThatDoesNotCompileIsASuiteWithAnErrorPerProblem(@TempDir Path other) throws Exception {
        Path broken = Fixtures.copyClinic(other);
        java.nio.file.Files.writeString(broken.resolve("rules/broken.drl"), "rule \"X\" when then");
        Element root = write(TestRunner.run(broken));
        assertEquals("0", root.getAttribute("failures"));
        assertTrue(Integer.parseInt(root.getAttribute("errors")) >= 1, counts(root));
        assertEquals(root.getAttribute("tests"), root.getAttribute("errors"));
        Element suite = children(root, "testsuite").stream()
                .filter(s -> s.getAttribute("name").endsWith("rules/broken.drl")).findFirst().orElseThrow();
        Element error = children(children(suite, "testcase").get(0), "error").get(0);
        assertEquals("GP-DRL-1", error.getAttribute("type"));
    }
}
