package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The command line as a user meets it: output, error output and exit code. */
class GuidepostCommandTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GuidepostCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Properties versionProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream(Versions.RESOURCE)) {
            assertTrue(in != null, "version.properties is on the classpath");
            properties.load(in);
        }
        return properties;
    }

    @Test
    void helpExitsZeroAndListsTheSubcommandsAndExitCodes() {
        Result result = run("--help");

        assertEquals(0, result.code());
        assertTrue(result.out().contains("Usage: guidepost"), result.out());
        assertTrue(result.out().contains("Check communications against guideline rule packs"), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.strip().startsWith("version ")), result.out());
        assertTrue(result.out().contains("bad input or usage"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void versionPrintsGuidepostJavaAndDroolsVersions() throws IOException {
        Properties filtered = versionProperties();
        String version = filtered.getProperty("version");
        String drools = filtered.getProperty("drools");
        assertNotEquals("${project.version}", version, "version.properties is filtered");
        assertNotEquals("${drools.version}", drools, "version.properties is filtered");
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        assertTrue(drools.matches("\\d+\\.\\d+\\.\\d+.*"), drools);

        Result result = run("version");

        assertEquals(0, result.code(), result.err());
        assertEquals(String.join("\n",
                "guidepost " + version,
                "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "drools " + drools), result.out().strip().replace(System.lineSeparator(), "\n"));
        assertFalse(result.out().contains("${"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void dashDashVersionPrintsTheSameLines() {
        Result result = run("--version");

        assertEquals(0, result.code());
        assertEquals(run("version").out(), result.out());
    }

    @Command(name = "literal", mixinStandardHelpOptions = true, versionProvider = LiteralVersion.class)
    static final class LiteralVersionCommand {
    }

    static final class LiteralVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {GuidepostCommand.VersionProvider.literal("java 17 (100% ${vendor} %s)")};
        }
    }

    @Test
    void versionLinesArePrintedLiterally() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new LiteralVersionCommand()).setOut(new PrintWriter(out));

        assertEquals(0, commandLine.execute("--version"));
        assertEquals("java 17 (100% ${vendor} %s)", out.toString().strip());
    }

    @Test
    void unknownSubcommandIsAUsageErrorWithAHintAndNoStackTrace() {
        Result result = run("nonsense");

        assertEquals(2, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().contains("nonsense"), result.err());
        assertTrue(result.err().contains("Run 'guidepost --help' for usage."), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertEquals(2, result.err().lines().count(), result.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = run("--bogus");

        assertEquals(2, result.code());
        assertTrue(result.err().contains("--bogus"), result.err());
        assertTrue(result.err().contains("Run 'guidepost --help' for usage."), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void unknownOptionOfASubcommandPointsToTheSubcommandsHelp() {
        Result result = run("version", "--bogus");

        assertEquals(2, result.code());
        assertTrue(result.err().contains("Run 'guidepost version --help' for usage."), result.err());
    }
}
