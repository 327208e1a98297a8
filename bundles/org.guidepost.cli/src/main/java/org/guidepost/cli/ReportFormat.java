package org.guidepost.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.guidepost.model.Guideline;
import org.guidepost.model.Report;

/** How {@code guidepost check} prints reports. */
enum ReportFormat {
    /** One report object for one communication, an array for several (report.schema.json). */
    JSON {
        @Override
        void write(List<Checked> checked, Guideline guideline, String source, PrintWriter out) throws IOException {
            List<Report> reports = checked.stream().map(Checked::report).toList();
            out.println(PRETTY.writeValueAsString(reports.size() == 1 ? reports.get(0) : reports));
        }
    },
    /** One report a line. */
    NDJSON {
        @Override
        void write(List<Checked> checked, Guideline guideline, String source, PrintWriter out) throws IOException {
            for (Checked one : checked) {
                out.println(COMPACT.writeValueAsString(one.report()));
            }
        }
    },
    /** SARIF 2.1.0: the clauses as rules, findings as results with regions in the communications' text. */
    SARIF {
        @Override
        void write(List<Checked> checked, Guideline guideline, String source, PrintWriter out) throws IOException {
            out.println(PRETTY.writeValueAsString(SarifReport.of(checked, guideline, source)));
        }
    },
    /** For people: verdict, findings, the offending words marked, what to do instead. */
    TEXT {
        @Override
        void write(List<Checked> checked, Guideline guideline, String source, PrintWriter out) {
            TextReport.write(checked, guideline, out);
        }
    };

    static final ObjectMapper COMPACT = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    static final ObjectMapper PRETTY = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

    abstract void write(List<Checked> checked, Guideline guideline, String source, PrintWriter out) throws IOException;
}
