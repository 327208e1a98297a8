package org.guidepost.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.model.Verdict;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime as a clinic's tool uses it, on a plain classpath, with the shipped guideline packed and signed. */
class RuntimeTest {
    private static final String DRAFT = """
            {"id": "d-1", "channel": "instagram", "kind": "post", "account": {"type": "clinic"},
             "text": "Sore knee? DM us your MRI and we'll tell you if you need surgery!"}""";

    @TempDir
    static Path dir;
    static Path keys;
    static Path signed;
    static Path unsigned;

    @BeforeAll
    static void packTheShippedGuideline() throws Exception {
        keys = dir.resolve("keys");
        PackKeys.generate(keys);
        signed = dir.resolve("signed.gpack");
        new PackWriter().signWith(new java.security.KeyPair(PackKeys.readPublic(keys.resolve("guidepost.pub")),
                PackKeys.readPrivate(keys.resolve("guidepost.key")))).write(Path.of("../../rules/model-social-media"), signed);
        unsigned = dir.resolve("unsigned.gpack");
        new PackWriter().write(Path.of("../../rules/model-social-media"), unsigned);
    }

    @Test
    void theReadmeExampleRunsAndFindsTheBrokenClause() throws Exception {
        Report report = ReadmeExample.checkDraft(signed, keys.resolve("guidepost.pub"), DRAFT);

        assertEquals(Verdict.FAIL, report.verdict());
        assertTrue(report.findings().stream().map(Finding::getClause).toList().contains("PRV-5"), report.toString());
        assertEquals("model-social-media", report.pack().id());
    }

    @Test
    void theReadmeShowsTheExampleAsItIsCompiled() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/guidepost/runtime/ReadmeExample.java"));
        String example = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
                source.indexOf("// README-END")).stripIndent().strip();
        String readme = Files.readString(Path.of("../../README.md"));
        assertTrue(readme.contains(example), "README.md must show ReadmeExample.checkDraft as it is:\n" + example);
    }

    @Test
    void anUnsignedOrUntrustedPackIsRefusedUnlessAcceptedOnPurpose() throws Exception {
        PackException unsignedPack = assertThrows(PackException.class,
                () -> Guidepost.open(unsigned).verify(keys.resolve("guidepost.pub")));
        assertTrue(unsignedPack.getMessage().contains("GP-SIG-1") || unsignedPack.code().equals("GP-SIG-1"),
                unsignedPack.getMessage());
        Path otherKeys = dir.resolve("other");
        PackKeys.generate(otherKeys);
        assertThrows(PackException.class, () -> Guidepost.open(signed).verify(otherKeys.resolve("guidepost.pub")));
        assertThrows(IllegalStateException.class, () -> Guidepost.open(signed).checker(), "not verified yet");
        assertEquals(Verdict.FAIL, Guidepost.open(unsigned).trustUnsigned().checker().check(DRAFT).verdict());
    }

    @Test
    void onlyAPackWhoseSignatureWasVerifiedLoadsItsPrecompiledRules() throws Exception {
        Checker verified = Guidepost.open(signed).verify(keys.resolve("guidepost.pub")).checker();
        Checker acceptedUnsigned = Guidepost.open(unsigned).trustUnsigned().checker();
        Checker signedButNotVerified = Guidepost.open(signed).trustUnsigned().checker();

        assertTrue(verified.loadedPrecompiled());
        assertFalse(acceptedUnsigned.loadedPrecompiled(), "serialised objects of an unsigned pack must not be read");
        assertFalse(signedButNotVerified.loadedPrecompiled());
        assertEquals(Checker.toJson(acceptedUnsigned.check(DRAFT)), Checker.toJson(verified.check(DRAFT)));
    }

    @Test
    void badJsonIsRefusedWithItsPlace() throws Exception {
        Checker checker = Guidepost.open(signed).verify(keys.resolve("guidepost.pub")).checker();
        Checker.InvalidCommunicationException e = assertThrows(Checker.InvalidCommunicationException.class,
                () -> checker.check("{\"id\": \"x\", \"channel\": \"fax\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"hi\"}"));
        assertTrue(e.getMessage().contains("/channel") && e.getMessage().contains("facebook"), e.getMessage());
        assertTrue(Checker.toJson(checker.check(DRAFT)).contains("\"verdict\":\"fail\""));
    }

    @Test
    void oneCheckerServesManyThreads() throws Exception {
        Checker checker = Guidepost.open(signed).verify(keys.resolve("guidepost.pub")).checker();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    try {
                        if (checker.check(DRAFT).verdict() != Verdict.FAIL) {
                            wrong.add("iteration " + i);
                        }
                    } catch (Checker.InvalidCommunicationException e) {
                        wrong.add(e.getMessage());
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(wrong));
    }

    @Test
    void noEclipseOrOsgiIsOnTheClasspath() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            assertTrue(!entry.contains("org/eclipse/platform") && !entry.contains("org/osgi") && !entry.contains("/org.eclipse.osgi"),
                    "a clinic's classpath holds only plain jars: " + entry);
        }
    }
}
