package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.guidepost.model.CommunicationReader.Format;
import org.guidepost.model.CommunicationReader.Result;
import org.junit.jupiter.api.Test;

/** Reading what clinics send: format detection, located problems, limits. */
class CommunicationReaderTest {
    private static final CommunicationReader READER = new CommunicationReader();

    private static String post(String id) {
        return "{\"id\": \"" + id + "\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"},"
                + " \"text\": \"Hello from " + id + "\"}";
    }

    @Test
    void oneObjectIsOneRecord() {
        Result result = READER.read("\n  " + post("a") + "\n", "stdin");

        assertEquals(Format.OBJECT, result.format());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("a"), ids(result));
        assertEquals(2, result.records().get(0).line());
        assertEquals(3, result.records().get(0).column());
    }

    @Test
    void aPrettyPrintedObjectIsOneRecordNotNdjson() {
        Result result = READER.read("""
                {
                  "id": "a", "channel": "x", "kind": "post",
                  "account": {"type": "clinic"},
                  "text": "Hi"
                }
                """, "stdin");

        assertEquals(Format.OBJECT, result.format());
        assertEquals(List.of("a"), ids(result));
    }

    @Test
    void anArrayGivesOneRecordPerElementWithItsLine() {
        Result result = READER.read("[\n" + post("a") + ",\n\n" + post("b") + "\n]", "stdin");

        assertEquals(Format.ARRAY, result.format());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("a", "b"), ids(result));
        assertEquals(List.of(2, 4), lines(result));
        assertEquals(List.of(0, 1), result.records().stream().map(CommunicationRecord::index).toList());
    }

    @Test
    void ndjsonGivesOneRecordPerLineAndSkipsBlankLines() {
        Result result = READER.read(post("a") + "\n\n" + post("b") + "\r\n" + post("c") + "\n", "stdin");

        assertEquals(Format.NDJSON, result.format());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("a", "b", "c"), ids(result));
        assertEquals(List.of(1, 3, 4), lines(result));
    }

    @Test
    void malformedJsonSaysLineAndColumn() {
        Result result = READER.read("""
                {"id": "c-1",
                 "channel": "x",
                 "kind": "post" "account": {"type": "clinic"}, "text": "Hi"}
                """, "stdin");

        InputProblem problem = single(result);
        assertEquals(CommunicationReader.JSON_SYNTAX, problem.code());
        assertEquals(3, problem.line());
        assertEquals(17, problem.column());
        assertTrue(problem.toString().startsWith("stdin:3:17: error GP-JSON-1 not valid JSON: "), problem.toString());
        assertTrue(problem.message().contains("comma"), problem.message());
        assertEquals(List.of(), result.records());
    }

    @Test
    void aMissingFieldIsNamedByItsPointer() {
        Result result = READER.read("""
                {"id": "c-1", "channel": "x", "kind": "post",
                 "account": {"handle": "@clinic"}}""", "stdin");

        assertEquals(List.of("GP-COMM-1 /text 1:1", "GP-COMM-1 /account/type 2:13"), summaries(result));
        assertEquals("/text: required field is missing; add it", result.problems().get(0).message());
        assertEquals("/account/type: required field is missing; add it (one of clinic, professional, personal)",
                result.problems().get(1).message());
    }

    @Test
    void aValueOutsideTheEnumerationListsTheAllowedValues() {
        Result result = READER.read("""
                {"id": "c-1", "channel": "x",
                 "kind": "tweet", "account": {"type": "clinic"}, "text": "Hi"}""", "stdin");

        InputProblem problem = single(result);
        assertEquals(CommunicationReader.INVALID_VALUE, problem.code());
        assertEquals("/kind", problem.field());
        assertEquals("/kind: 'tweet' is not one of post, story, reply, comment, direct-message, profile,"
                + " advertisement, connection-request", problem.message());
        assertEquals("stdin:2:10: error GP-COMM-2 " + problem.message(), problem.toString());
    }

    @Test
    void nestedValuesOfTheWrongKindAreNamedWithWhatIsExpected() {
        Result result = READER.read("""
                {"id": "c-1", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "Hi",
                 "paid": "yes", "sponsor": 5, "inReplyTo": {"rating": 7},
                 "mentions": [{"relationship": "friend", "consent": {"expires": "next year"}}],
                 "publishedAt": "2026-13-01"}""", "stdin");

        assertEquals(List.of(
                "/paid: expected boolean, found string 'yes'",
                "/sponsor: expected string or null, found number 5",
                "/inReplyTo/rating: 7 is more than the maximum 5",
                "/mentions/0/relationship: 'friend' is not one of current-patient, former-patient, patient-family,"
                        + " prospective-patient, colleague, organization, public, unknown",
                "/mentions/0/consent/expires: 'next year' is not a date; write YYYY-MM-DD, e.g. 2026-05-31",
                "/publishedAt: '2026-13-01' is not a date and time; write RFC 3339, e.g. 2026-05-31T09:30:00Z"),
                result.problems().stream().map(InputProblem::message).toList());
        assertTrue(result.problems().stream().allMatch(p -> p.code().equals(CommunicationReader.INVALID_VALUE)));
    }

    @Test
    void oneBadRecordInNdjsonLeavesTheOthersRead() {
        String input = post("a") + "\n"
                + "{\"id\": \"b\", \"channel\": }\n"
                + post("c").replace("\"post\"", "\"tweet\"") + "\n"
                + post("d") + "\n";
        Result result = READER.read(input, "batch.ndjson");

        assertEquals(Format.NDJSON, result.format());
        assertEquals(List.of("a", "d"), ids(result));
        assertEquals(List.of(1, 4), lines(result));
        assertEquals(List.of("GP-JSON-1 null 2:24", "GP-COMM-2 /kind 3:44"), summaries(result));
        assertEquals(List.of(1, 2), result.problems().stream().map(InputProblem::record).toList());
    }

    @Test
    void oneBadRecordInAnArrayLeavesTheOthersRead() {
        Result result = READER.read("[\n" + post("a") + ",\n" + post("b").replace("\"clinic\"", "\"company\"") + ",\n"
                + post("c") + "\n]\n", "batch.json");

        assertEquals(List.of("a", "c"), ids(result));
        assertEquals(List.of(2, 4), lines(result));
        InputProblem problem = single(result);
        assertEquals(1, problem.record());
        assertEquals(3, problem.line());
        assertEquals("/account/type", problem.field());
        assertTrue(problem.message().contains("'company' is not one of clinic, professional, personal"));
    }

    @Test
    void aSyntaxErrorInAnArrayKeepsTheRecordsBeforeIt() {
        Result result = READER.read("[\n" + post("a") + ",\n{\"id\": \"b\",,}\n, " + post("c") + "]", "batch.json");

        assertEquals(List.of("a"), ids(result));
        assertEquals(List.of("GP-JSON-1 null 3:12"), summaries(result));
        assertEquals(1, result.problems().get(0).record());
    }

    @Test
    void anUnclosedObjectIsReportedWithWhereItStartedInTheWholeInput() {
        Result result = READER.read(post("a") + "\n  {\"id\": \"b\"\n" + post("c") + "\n", "batch.ndjson");

        assertEquals(List.of("a", "c"), ids(result));
        InputProblem problem = single(result);
        assertEquals(2, problem.line());
        assertTrue(problem.message().endsWith("expected close marker for Object (start marker at line 2, column 3)"),
                problem.message());
    }

    @Test
    void aRecordThatIsNotAnObjectIsRefusedAndTheOthersRead() {
        Result result = READER.read("[\"a post\", " + post("b") + "]", "stdin");

        assertEquals(List.of("b"), ids(result));
        assertEquals(List.of("GP-JSON-2 null 1:2"), summaries(result));
        assertTrue(single(result).message().contains("found string 'a post'"), single(result).message());
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        Result result = READER.read(post("a") + " " + post("b"), "stdin");

        assertEquals(CommunicationReader.JSON_SYNTAX, single(result).code());
        assertTrue(single(result).message().contains("NDJSON"), single(result).message());
    }

    @Test
    void emptyInputSaysWhatToSend() {
        Result result = READER.read(" \n ", "stdin");

        assertEquals(CommunicationReader.NOT_AN_OBJECT, single(result).code());
        assertTrue(single(result).message().contains("empty"));
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(200_000);
        String input = post("a").replace("}", ", \"metadata\": {\"x\": " + deep + "}") + "\n" + post("b") + "\n";
        Result result = READER.read(input, "stdin");

        assertEquals(List.of("b"), ids(result), "the next NDJSON line is still read");
        InputProblem problem = single(result);
        assertEquals(CommunicationReader.TOO_DEEP, problem.code());
        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("more than 64 deep"), problem.message());
    }

    @Test
    void theNestingLimitCanBeLowered() {
        String input = post("a").replace("}", ", \"metadata\": {\"x\": {\"y\": {}}}}");

        assertEquals(List.of(), READER.read(input, "stdin").problems());
        assertEquals(CommunicationReader.TOO_DEEP,
                single(READER.withMaxNestingDepth(3).read(input, "stdin")).code());
    }

    @Test
    void anInputOverTheLimitIsRefusedBeforeItIsParsed() {
        Result result = READER.withMaxInputBytes(100).read(post("a"), "stdin");

        assertNull(result.format());
        InputProblem problem = single(result);
        assertEquals(CommunicationReader.TOO_LARGE, problem.code());
        assertEquals(-1, problem.record());
        assertEquals("stdin:0:0: error GP-INPUT-1 the input is larger than 100 bytes, the most one check reads;"
                + " send fewer communications at a time", problem.toString());
    }

    @Test
    void anEndlessInputStopsAtTheDefaultLimitOf16MiB() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };

        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> READER.read(endless, "stdin"));
        assertEquals("the input is larger than 16 MiB, the most one check reads; send fewer communications at a time",
                single(result).message());
    }

    @Test
    void aTextLongerThanTheSchemaAllowsIsRefused() {
        String text = "x".repeat(100_001);
        Result result = READER.read(post("a").replace("Hello from a", text), "stdin");

        InputProblem problem = single(result);
        assertEquals(CommunicationReader.INVALID_VALUE, problem.code());
        assertEquals("/text: is 100001 characters long, more than the 100000 allowed; shorten it", problem.message());
        assertEquals(1, READER.read(post("a").replace("Hello from a", "x".repeat(100_000)), "stdin").records().size());
    }

    @Test
    void recordsOverTheLimitAreRefusedAfterTheFirstOnes() {
        CommunicationReader reader = READER.withMaxRecords(2);

        Result ndjson = reader.read(post("a") + "\n" + post("b") + "\n" + post("c") + "\n", "stdin");
        assertEquals(List.of("a", "b"), ids(ndjson));
        assertEquals(List.of("GP-INPUT-3 null 3:1"), summaries(ndjson));
        assertEquals(2, single(ndjson).record());

        Result array = reader.read("[" + post("a") + ", " + post("b") + ", " + post("c") + "]", "stdin");
        assertEquals(List.of("a", "b"), ids(array));
        assertEquals(CommunicationReader.TOO_MANY_RECORDS, single(array).code());
        assertEquals(2, single(array).record());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPlace() {
        byte[] bytes = (post("a") + "\n{\"id\": \"é").getBytes(StandardCharsets.ISO_8859_1);
        Result result = READER.read(new ByteArrayInputStream(bytes), "latin1.json");

        InputProblem problem = single(result);
        assertEquals(CommunicationReader.UNREADABLE, problem.code());
        assertEquals(2, problem.line());
        assertEquals(9, problem.column());
        assertTrue(problem.message().contains("not UTF-8"), problem.message());
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        Result result = READER.read("\uFEFF" + post("a"), "stdin");

        assertEquals(List.of("a"), ids(result));
        assertEquals(List.of(), result.problems());
    }

    private static InputProblem single(Result result) {
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    private static List<String> ids(Result result) {
        return result.communications().stream().map(Communication::getId).toList();
    }

    private static List<Integer> lines(Result result) {
        return result.records().stream().map(CommunicationRecord::line).toList();
    }

    private static List<String> summaries(Result result) {
        return result.problems().stream().map(p -> p.code() + " " + p.field() + " " + p.line() + ":" + p.column())
                .toList();
    }
}
