package org.guidepost.testing;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.guidepost.testing.CaseResult.Outcome;

/**
 * The test run as JUnit XML, as Jenkins, GitLab and Maven's report tools read it: one {@code testsuite} per test
 * file, one {@code testcase} per case, a {@code failure} with the expected and actual clauses, an {@code error}
 * with the cause. A test file that could not be read is a suite with one erroring case, so CI shows it.
 */
public final class JUnitXmlReporter {
    private JUnitXmlReporter() {
    }

    public static void write(TestRun run, Writer out) throws XMLStreamException {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        run.results().forEach(r -> byFile.computeIfAbsent(r.testCase().file(), f -> new ArrayList<>()).add(r));
        Map<String, List<Diagnostic>> problemsByFile = new LinkedHashMap<>();
        run.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .forEach(d -> problemsByFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));

        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", run.project());
        xml.writeAttribute("tests", String.valueOf(run.results().size() + problemsByFile.values().stream().mapToInt(List::size).sum()));
        xml.writeAttribute("failures", String.valueOf(run.count(Outcome.FAIL)));
        xml.writeAttribute("errors", String.valueOf(run.count(Outcome.ERROR) + problemsByFile.values().stream().mapToInt(List::size).sum()));
        xml.writeAttribute("time", seconds(run.nanos()));
        xml.writeCharacters("\n");
        for (Map.Entry<String, List<CaseResult>> file : byFile.entrySet()) {
            List<CaseResult> results = file.getValue();
            List<Diagnostic> problems = problemsByFile.getOrDefault(file.getKey(), List.of());
            startSuite(xml, file.getKey(), results.size() + problems.size(),
                    results.stream().filter(r -> r.outcome() == Outcome.FAIL).count(),
                    results.stream().filter(r -> r.outcome() == Outcome.ERROR).count() + problems.size(),
                    results.stream().mapToLong(CaseResult::nanos).sum());
            for (CaseResult result : results) {
                writeCase(xml, file.getKey(), result);
            }
            writeProblems(xml, file.getKey(), problems);
            endSuite(xml);
        }
        for (Map.Entry<String, List<Diagnostic>> file : problemsByFile.entrySet()) {
            if (!byFile.containsKey(file.getKey())) {
                startSuite(xml, file.getKey(), file.getValue().size(), 0, file.getValue().size(), 0);
                writeProblems(xml, file.getKey(), file.getValue());
                endSuite(xml);
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static void startSuite(XMLStreamWriter xml, String name, long tests, long failures, long errors, long nanos)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(nanos));
        xml.writeCharacters("\n");
    }

    private static void endSuite(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeCase(XMLStreamWriter xml, String file, CaseResult result) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className(file));
        xml.writeAttribute("name", result.testCase().name());
        xml.writeAttribute("file", file);
        xml.writeAttribute("line", String.valueOf(result.testCase().line()));
        xml.writeAttribute("time", seconds(result.nanos()));
        if (result.outcome() != Outcome.PASS) {
            boolean failure = result.outcome() == Outcome.FAIL;
            xml.writeStartElement(failure ? "failure" : "error");
            xml.writeAttribute("message", String.join("; ", result.problems()));
            xml.writeAttribute("type", failure ? "ExpectationNotMet" : "CaseError");
            StringBuilder body = new StringBuilder();
            body.append(file).append(':').append(result.testCase().line()).append('\n');
            if (failure) {
                body.append("expected: ").append(sorted(result.expected()))
                        .append(result.testCase().expectation().clauses() == null ? " (among others)" : "").append('\n');
                body.append("actual:   ").append(sorted(result.actual())).append('\n');
            }
            result.problems().forEach(p -> body.append(p).append('\n'));
            xml.writeCharacters(body.toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeProblems(XMLStreamWriter xml, String file, List<Diagnostic> problems) throws XMLStreamException {
        for (Diagnostic problem : problems) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", className(file));
            xml.writeAttribute("name", "line " + problem.line() + ": " + problem.code());
            xml.writeAttribute("file", file);
            xml.writeAttribute("line", String.valueOf(problem.line()));
            xml.writeAttribute("time", "0");
            xml.writeStartElement("error");
            xml.writeAttribute("message", problem.message());
            xml.writeAttribute("type", problem.code());
            xml.writeCharacters(problem.toString());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }

    /**
     * {@code rules/x/tests/prv-5.yaml} becomes {@code rules.x.tests.prv-5}: how CI tools group cases. An absolute or
     * {@code ../} path would start with dots (an empty package); they are dropped.
     */
    private static String className(String file) {
        return file.replace('\\', '/').replaceAll("\\.(yaml|yml|jsonl)$", "").replace('/', '.').replaceAll("^\\.+", "");
    }

    private static String sorted(java.util.Set<String> clauses) {
        return clauses.stream().sorted().toList().toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
