package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.guidepost.cli.GuidepostCommandTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen, pack, verify and check --pack FILE.gpack, as a user runs them. */
class PackCommandsTest {
    private static final String PROJECT = ValidateCommandTest.FIXTURE.toString();
    private static final String FAILING = """
            {"id": "p-1", "channel": "instagram", "kind": "post", "account": {"type": "clinic"},
             "text": "Sore knee? DM us your MRI and we'll tell you if you need surgery!"}""";

    @TempDir
    Path temp;
    Path keys;
    Path signed;

    @BeforeEach
    void keysAndASignedPack() {
        keys = temp.resolve("keys");
        Result keygen = GuidepostCommandTest.run("keygen", "--out", keys.toString());
        assertEquals(0, keygen.code(), keygen.err());
        assertTrue(keygen.out().startsWith("key "), keygen.out());
        signed = temp.resolve("out/tiny.gpack");
        Result pack = GuidepostCommandTest.run("pack", PROJECT, "--out", signed.toString(), "--version", "1.2.3",
                "--sign-key", keys.resolve("guidepost.key").toString());
        assertEquals(0, pack.code(), pack.err());
        assertTrue(pack.out().contains("signed by"), pack.out());
    }

    @Test
    void keygenRefusesToOverwriteAndNeedsOut() {
        assertEquals(2, GuidepostCommandTest.run("keygen", "--out", keys.toString()).code());
        assertEquals(2, GuidepostCommandTest.run("keygen").code());
    }

    @Test
    void packIsReproducibleAndRefusesBadInput() throws IOException {
        Path again = temp.resolve("again.gpack");
        assertEquals(0, GuidepostCommandTest.run("pack", PROJECT, "--out", again.toString(), "--version", "1.2.3",
                "--sign-key", keys.resolve("guidepost.key").toString()).code());
        assertEquals(-1, Files.mismatch(signed, again));
        assertEquals(2, GuidepostCommandTest.run("pack", temp.resolve("nope").toString(), "--out", again.toString()).code());
        assertEquals(2, GuidepostCommandTest.run("pack", PROJECT, "--out", again.toString(), "--version", "one").code());
        assertEquals(2, GuidepostCommandTest.run("pack", PROJECT, "--out", again.toString(), "--sign-key",
                keys.resolve("guidepost.pub").toString()).code());
        assertEquals(2, GuidepostCommandTest.run("pack", PROJECT).code());
        try (var files = Files.list(temp)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void verifySaysValidOrExactlyWhyNot() throws IOException {
        Result valid = GuidepostCommandTest.run("verify", signed.toString(), "--trust", keys.resolve("guidepost.pub").toString());
        assertEquals(0, valid.code(), valid.out() + valid.err());
        assertTrue(valid.out().startsWith("valid: signed by "), valid.out());
        assertEquals(0, GuidepostCommandTest.run("verify", signed.toString(), "--trust", keys.toString()).code());

        Path unsigned = temp.resolve("unsigned.gpack");
        assertEquals(0, GuidepostCommandTest.run("pack", PROJECT, "--out", unsigned.toString()).code());
        Result notSigned = GuidepostCommandTest.run("verify", unsigned.toString(), "--trust", keys.resolve("guidepost.pub").toString());
        assertEquals(1, notSigned.code());
        assertTrue(notSigned.out().contains("GP-SIG-1") && notSigned.out().contains("not signed"), notSigned.out());

        Path other = temp.resolve("other");
        assertEquals(0, GuidepostCommandTest.run("keygen", "--out", other.toString()).code());
        Result unknown = GuidepostCommandTest.run("verify", signed.toString(), "--trust", other.resolve("guidepost.pub").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.out().contains("GP-SIG-2"), unknown.out());

        Path tampered = tamper(signed, "rules/");
        Result changed = GuidepostCommandTest.run("verify", tampered.toString(), "--trust", keys.resolve("guidepost.pub").toString());
        assertEquals(1, changed.code());
        assertTrue(changed.out().contains("GP-PACK-9") && changed.out().contains("differs from the manifest"), changed.out());

        assertEquals(2, GuidepostCommandTest.run("verify", temp.resolve("nope.gpack").toString(), "--trust",
                keys.resolve("guidepost.pub").toString()).code());
        assertEquals(2, GuidepostCommandTest.run("verify", signed.toString(), "--trust", temp.resolve("nokey").toString()).code());
        assertEquals(2, GuidepostCommandTest.run("verify", signed.toString(), "--trust", keys.resolve("guidepost.key").toString()).code());
        assertEquals(2, GuidepostCommandTest.run("verify", signed.toString()).code());
    }

    @Test
    void checkAgainstAPackGivesTheSameReportsAsAgainstTheProject() throws IOException {
        Path input = temp.resolve("post.json");
        Files.writeString(input, FAILING);
        Result fromProject = GuidepostCommandTest.run("check", "--pack", PROJECT, input.toString());
        Result fromPack = GuidepostCommandTest.run("check", "--pack", signed.toString(), "--trust",
                keys.resolve("guidepost.pub").toString(), input.toString());
        assertEquals(1, fromProject.code(), fromProject.err());
        assertEquals(1, fromPack.code(), fromPack.err());
        assertEquals(fromProject.out(), fromPack.out());
    }

    @Test
    void checkRefusesUnsignedOrTamperedPacks() throws IOException {
        Path input = temp.resolve("post.json");
        Files.writeString(input, FAILING);
        String pub = keys.resolve("guidepost.pub").toString();
        Path unsigned = temp.resolve("unsigned.gpack");
        assertEquals(0, GuidepostCommandTest.run("pack", PROJECT, "--out", unsigned.toString()).code());

        Result refused = GuidepostCommandTest.run("check", "--pack", unsigned.toString(), "--trust", pub, input.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("GP-SIG-1"), refused.err());
        assertEquals(2, GuidepostCommandTest.run("check", "--pack", unsigned.toString(), input.toString()).code());
        assertEquals(1, GuidepostCommandTest.run("check", "--pack", unsigned.toString(), "--trust", pub, "--allow-unsigned",
                input.toString()).code());
        assertEquals(1, GuidepostCommandTest.run("check", "--pack", unsigned.toString(), "--allow-unsigned", input.toString()).code());
        // a signed pack needs --trust to be checked
        assertEquals(2, GuidepostCommandTest.run("check", "--pack", signed.toString(), input.toString()).code());

        for (Path tampered : new Path[] {tamper(signed, "rules/"), tamper(unsigned, "lexicons/")}) {
            Result r = GuidepostCommandTest.run("check", "--pack", tampered.toString(), "--trust", pub, "--allow-unsigned",
                    input.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("GP-PACK-9"), r.err());
            assertEquals("", r.out());
        }
        Path junk = temp.resolve("junk.gpack");
        Files.writeString(junk, "not a zip");
        Result notZip = GuidepostCommandTest.run("check", "--pack", junk.toString(), "--allow-unsigned", input.toString());
        assertEquals(2, notZip.code());
        assertTrue(notZip.err().contains("GP-PACK-1"), notZip.err());
    }

    /** The pack with one byte of the first entry under {@code folder} flipped, zipped again. */
    private Path tamper(Path pack, String folder) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pack))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        String victim = entries.keySet().stream().filter(p -> p.contains("/" + folder)).findFirst().orElseThrow();
        entries.get(victim)[0] ^= 0x20;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Path tampered = temp.resolve("tampered-" + pack.getFileName());
        Files.write(tampered, out.toByteArray());
        return tampered;
    }

    @Test
    void aProjectWithUnsafeRulesIsNotPacked() throws IOException {
        Path project = TestCommandTest.copyOfFixture(temp, "hostile");
        Path drl = project.resolve("rules/privacy.drl");
        Files.writeString(drl, Files.readString(drl).replace("findings.add(", "System.exit(0); findings.add("));
        Path out = temp.resolve("hostile.gpack");

        Result result = GuidepostCommandTest.run("pack", project.toString(), "--out", out.toString());

        assertTrue(result.code() != 0, result.out() + result.err());
        assertTrue((result.out() + result.err()).contains("GP-SAFE-1"), result.out() + result.err());
        assertTrue(Files.notExists(out), "nothing is written");
    }
}
