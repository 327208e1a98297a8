package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labelled corpus (sample.jsonl) can be checked as it is: each line's communication is read. */
class LabelledCorpusLinesTest {

    @Test
    void eachLabelledLineIsReadAsItsCommunication() throws Exception {
        String corpus;
        try (InputStream in = getClass().getResourceAsStream("sample.jsonl")) {
            corpus = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        CommunicationReader.Result result = new CommunicationReader().read(corpus, "sample.jsonl");

        assertEquals(List.of(), result.problems());
        assertEquals(50, result.records().size());
        assertEquals("s-001", result.communications().get(0).getId());
        assertEquals(3, result.records().get(2).line());
    }

    @Test
    void anObjectWithItsOwnIdIsACommunicationEvenIfItHasACommunicationField() {
        CommunicationReader.Result result = new CommunicationReader().read("""
                {"id": "c-1", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "hi",
                 "communication": {"id": "other"}}""", "stdin");
        assertEquals("c-1", result.communications().get(0).getId());
    }
}
