package org.guidepost.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackTest {
    @TempDir
    Path temp;

    static Path project(String name) {
        try {
            return Path.of(PackTest.class.getResource("/projects/" + name + "/guideline.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    KeyPair keys(String dir) throws Exception {
        Path d = temp.resolve(dir);
        PackKeys.generate(d);
        return new KeyPair(PackKeys.readPublic(d.resolve(PackKeys.PUBLIC_FILE)), PackKeys.readPrivate(d.resolve(PackKeys.PRIVATE_FILE)));
    }

    static List<Communication> corpus() {
        CommunicationReader.Result result = new CommunicationReader().read(project("clinic").resolve("tests/corpus.jsonl"));
        assertFalse(result.communications().isEmpty());
        return result.communications();
    }

    static List<String> reports(RuleSet rules) {
        List<String> out = new ArrayList<>();
        for (Communication c : corpus()) {
            out.add(Json.write(rules.check(c, java.time.LocalDate.of(2026, 1, 15))));
        }
        return out;
    }

    // ---- round trip and variants

    @Test
    void roundTripGivesTheSameReportsAsTheProject() throws Exception {
        for (String name : List.of("clinic", "clinic-strict")) {
            byte[] bytes = new PackWriter().toBytes(project(name));
            Pack pack = new PackReader().read(bytes, name + ".gpack");
            RuleSet fromPack = PackLoader.ruleSet(pack);
            RuleSet fromProject = RuleEngine.compileProject(project(name)).ruleSetOrThrow();
            assertEquals(fromProject.ruleNames(), fromPack.ruleNames(), name);
            assertEquals(fromProject.guideline(), fromPack.guideline(), name);
            List<String> expected = reports(fromProject);
            assertEquals(expected, reports(fromPack), name);
            assertTrue(expected.stream().anyMatch(r -> r.contains("\"clause\"")), "the corpus raises findings");
        }
    }

    @Test
    void aVariantIsSelfContained() throws Exception {
        Pack pack = new PackReader().read(new PackWriter().toBytes(project("clinic-strict")), "v.gpack");
        assertEquals("projects/clinic-strict", pack.main());
        assertTrue(pack.paths().contains("projects/clinic/guideline.yaml"));
        assertTrue(pack.paths().contains("projects/clinic/rules/privacy.drl"));
        assertTrue(pack.paths().contains("projects/clinic/tests/corpus.jsonl"));
        assertEquals("clinic", pack.manifest().get("extends").get(0).get("id").asText());
        assertEquals("projects/clinic", pack.manifest().get("extends").get(0).get("path").asText());
        assertFalse(PackLoader.ruleSet(pack).ruleNames().contains("STY-1 shouting"), "the variant's disable applies");
    }

    @Test
    void manifestDescribesThePack() throws Exception {
        Pack pack = new PackReader().read(new PackWriter().version("3.1.4").toBytes(project("clinic")), "p");
        assertEquals(1, pack.manifest().get("formatVersion").asInt());
        assertEquals("clinic", pack.id());
        assertEquals("3.1.4", pack.version());
        assertEquals("10.2.0", pack.manifest().get("runtime").get("drools").asText());
        assertTrue(pack.manifest().get("guidelineVersion").isTextual());
        List<String> paths = new ArrayList<>();
        pack.manifest().get("entries").forEach(e -> paths.add(e.get("path").asText()));
        assertEquals(paths.stream().sorted().toList(), paths, "entries are sorted");
        assertEquals(new ArrayList<>(pack.paths()), paths);
    }

    @Test
    void aProjectThatDoesNotCompileIsNotPacked() throws Exception {
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken.resolve("rules"));
        Files.writeString(broken.resolve("guideline.yaml"), "id: broken\ntitle: B\nversion: 1.0.0\nclauses:\n"
                + "  - id: A-1\n    title: A\n    severity: error\n    text: t\n");
        Files.writeString(broken.resolve("rules/a.drl"), "package x\nrule \"r\" @clause(\"A-1\") when then nonsense( end\n");
        assertCode(PackException.DOES_NOT_COMPILE, () -> new PackWriter().toBytes(broken));
    }

    // ---- reproducibility

    @Test
    void packingTwiceGivesTheSameBytes() throws Exception {
        KeyPair keys = keys("k");
        Path a = temp.resolve("a.gpack");
        Path b = temp.resolve("b.gpack");
        new PackWriter().signWith(keys).write(project("clinic-strict"), a);
        new PackWriter().signWith(keys).write(project("clinic-strict"), b);
        assertEquals(-1, Files.mismatch(a, b));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(a))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                assertEquals(java.time.LocalDateTime.of(1980, 2, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName());
            }
        }
    }

    @Test
    void packingInAnotherJvmGivesTheSameBytes() throws Exception {
        Path here = temp.resolve("here.gpack");
        Path there = temp.resolve("there.gpack");
        new PackWriter().write(project("clinic-strict"), here);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PackInAnotherJvm.class.getName(),
                project("clinic-strict").toString(), there.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertEquals(-1, Files.mismatch(here, there), "the packs differ (the precompiled rules are the usual suspect)");
    }

    // ---- precompiled rules

    @Test
    void aPackCarriesItsRulesPrecompiledAndLoadsThemWithoutCompiling() throws Exception {
        for (String name : List.of("clinic", "clinic-strict")) {
            Pack pack = new PackReader().read(new PackWriter().toBytes(project(name)), name + ".gpack");
            assertTrue(pack.paths().contains(PackWriter.PRECOMPILED), name);
            assertEquals(PackWriter.PRECOMPILED, pack.manifest().get("precompiled").get("path").asText());
            assertEquals(RuleEngine.droolsVersion(), pack.manifest().get("precompiled").get("engineVersion").asText());

            org.guidepost.engine.Compilation loaded = PackLoader.loadPrecompiled(pack);

            assertTrue(loaded.loadedPrecompiled(), name + ": " + loaded.diagnostics());
            RuleSet compiled = PackLoader.ruleSet(pack);
            assertEquals(compiled.ruleNames(), loaded.ruleSetOrThrow().ruleNames(), name);
            assertEquals(reports(compiled), reports(loaded.ruleSetOrThrow()), name);
            assertEquals("projects/clinic/rules/privacy.drl", loaded.ruleSetOrThrow().fileOf("PRV-1 health information request"));
        }
    }

    @Test
    void aSignedPackWithUnsafeRulesIsRefusedAtLoadEvenWithPrecompiledRules() throws Exception {
        // A publisher's tool other than ours could sign anything: load checks the rules again.
        KeyPair keys = keys("k");
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        String drl = new String(entries.get("projects/clinic/rules/privacy.drl"), StandardCharsets.UTF_8);
        entries.put("projects/clinic/rules/privacy.drl", drl.replaceFirst("then\\s*\\n",
                "then\n    java.lang.Runtime.getRuntime().exec(\"rm -rf /\");\n").getBytes(StandardCharsets.UTF_8));
        Pack pack = new PackReader().read(resigned(entries, keys), "hostile.gpack");
        assertEquals(PackKeys.keyId(keys.getPublic()), pack.verify(Map.of(PackKeys.keyId(keys.getPublic()), keys.getPublic())));

        PackException e = assertCode(PackException.DOES_NOT_COMPILE, () -> PackLoader.ruleSet(pack, true));
        assertTrue(e.getMessage().contains("GP-SAFE-1") && e.getMessage().contains("projects/clinic/rules/privacy.drl"),
                e.getMessage());
    }

    /** The entries zipped with a manifest whose hashes match them, signed by {@code keys}. */
    static byte[] resigned(Map<String, byte[]> entries, KeyPair keys) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode manifest = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(entries.get("manifest.json"));
        for (com.fasterxml.jackson.databind.JsonNode entry : manifest.get("entries")) {
            byte[] data = entries.get(entry.get("path").asText());
            ((com.fasterxml.jackson.databind.node.ObjectNode) entry)
                    .put("sha256", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data)))
                    .put("size", data.length);
        }
        byte[] manifestBytes = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(manifest);
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("manifest.json", manifestBytes);
        out.put(PackSignature.FILE, PackSignature.sign(manifestBytes, keys.getPrivate(), keys.getPublic()));
        entries.forEach((path, data) -> {
            if (!path.startsWith("manifest.")) {
                out.put(path, data);
            }
        });
        return zip(out);
    }

    // ---- keys and signatures

    @Test
    void keygenWritesPemFilesAndAnOwnerOnlyPrivateKey() throws Exception {
        Path dir = temp.resolve("keys");
        String id = PackKeys.generate(dir);
        assertEquals(16, id.length());
        assertTrue(Files.readString(dir.resolve("guidepost.key")).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(dir.resolve("guidepost.pub")).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("guidepost.key"))));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("guidepost.pub"))));
        }
        assertEquals(id, PackKeys.keyId(PackKeys.readPublic(dir.resolve("guidepost.pub"))));
        assertCode(PackException.BAD_KEY, () -> PackKeys.generate(dir));
        assertCode(PackException.BAD_KEY, () -> PackKeys.readPublic(dir.resolve("guidepost.key")));
    }

    @Test
    void signedPackVerifiesAgainstItsKeyOnly() throws Exception {
        KeyPair keys = keys("k");
        KeyPair other = keys("other");
        Pack signed = new PackReader().read(new PackWriter().signWith(keys).toBytes(project("clinic")), "s");
        assertTrue(signed.isSigned());
        assertEquals(PackKeys.keyId(keys.getPublic()), signed.verify(PackKeys.trusted(temp.resolve("k/guidepost.pub"))));
        // a folder of trusted keys
        Path trustDir = temp.resolve("trust");
        Files.createDirectories(trustDir);
        Files.copy(temp.resolve("k/guidepost.pub"), trustDir.resolve("publisher.pub"));
        Files.copy(temp.resolve("other/guidepost.pub"), trustDir.resolve("other.pub"));
        assertEquals(PackKeys.keyId(keys.getPublic()), signed.verify(PackKeys.trusted(trustDir)));

        Map<String, PublicKey> otherOnly = Map.of(PackKeys.keyId(other.getPublic()), other.getPublic());
        assertCode(PackException.UNKNOWN_KEY, () -> signed.verify(otherOnly));

        Pack unsigned = new PackReader().read(new PackWriter().toBytes(project("clinic")), "u");
        assertFalse(unsigned.isSigned());
        assertCode(PackException.UNSIGNED, () -> unsigned.verify(PackKeys.trusted(trustDir)));

        // the right key id, but the signature is another key's: bad signature
        Map<String, PublicKey> impostor = Map.of(PackKeys.keyId(keys.getPublic()), other.getPublic());
        assertCode(PackException.BAD_SIGNATURE, () -> signed.verify(impostor));
    }

    @Test
    void aChangedManifestBreaksTheSignature() throws Exception {
        KeyPair keys = keys("k");
        Map<String, byte[]> entries = unzip(new PackWriter().signWith(keys).toBytes(project("clinic")));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        entries.put("manifest.json", manifest.replace("\"createdBy\" : \"guidepost\"", "\"createdBy\" : \"guidepost!\"")
                .getBytes(StandardCharsets.UTF_8));
        assertFalse(manifest.equals(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)));
        Pack pack = new PackReader().read(zip(entries), "m");
        assertCode(PackException.BAD_SIGNATURE, () -> pack.verify(Map.of(PackKeys.keyId(keys.getPublic()), keys.getPublic())));
    }

    // ---- tampering

    @Test
    void oneFlippedByteInAnyEntryIsCaught() throws Exception {
        byte[] good = new PackWriter().signWith(keys("k")).toBytes(project("clinic-strict"));
        Map<String, byte[]> entries = unzip(good);
        int tried = 0;
        for (String path : entries.keySet()) {
            if (path.startsWith("manifest.")) {
                continue;
            }
            // in the data as stored (the zip's bytes)...
            int at = indexOf(good, path.getBytes(StandardCharsets.UTF_8)) + path.length() + 2;
            byte[] flipped = good.clone();
            flipped[at] ^= 0x01;
            PackException e = assertThrows(PackException.class, () -> new PackReader().read(flipped, "t"), path);
            assertTrue(List.of(PackException.ENTRY_CHANGED, PackException.UNREADABLE).contains(e.code()), e.toString());
            // ...and in the content, zipped again consistently: only the manifest's hash catches it
            Map<String, byte[]> changed = new LinkedHashMap<>(entries);
            byte[] data = changed.get(path).clone();
            data[data.length / 2] ^= 0x01;
            changed.put(path, data);
            assertCode(PackException.ENTRY_CHANGED, () -> new PackReader().read(zip(changed), "t"));
            tried++;
        }
        assertTrue(tried > 10, "tried " + tried);
    }

    @Test
    void anAddedEntryIsCaught() throws Exception {
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        entries.put("projects/clinic/rules/extra.drl", "package x\n".getBytes(StandardCharsets.UTF_8));
        PackException e = assertCode(PackException.ENTRY_NOT_IN_MANIFEST, () -> new PackReader().read(zip(entries), "t"));
        assertTrue(e.getMessage().contains("projects/clinic/rules/extra.drl"), e.getMessage());
    }

    @Test
    void aRemovedEntryIsCaught() throws Exception {
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        entries.remove("projects/clinic/rules/privacy.drl");
        PackException e = assertCode(PackException.ENTRY_MISSING, () -> new PackReader().read(zip(entries), "t"));
        assertTrue(e.getMessage().contains("projects/clinic/rules/privacy.drl"), e.getMessage());
    }

    @Test
    void aChangedSizeIsCaught() throws Exception {
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        byte[] data = entries.get("projects/clinic/guideline.yaml");
        entries.put("projects/clinic/guideline.yaml", java.util.Arrays.copyOf(data, data.length + 1));
        assertCode(PackException.ENTRY_CHANGED, () -> new PackReader().read(zip(entries), "t"));
    }

    // ---- hostile zips

    @Test
    void notAZip() throws Exception {
        assertCode(PackException.UNREADABLE, () -> new PackReader().read("hello".getBytes(StandardCharsets.UTF_8), "t"));
        assertCode(PackException.UNREADABLE, () -> new PackReader().read(temp.resolve("absent.gpack")));
    }

    @Test
    void zipSlipPathsAreRefused() throws Exception {
        for (String evil : List.of("../evil.drl", "projects/../../evil", "/etc/passwd", "projects\\..\\x", "C:/x", "a//b", "dir/")) {
            Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
            entries.put(evil, new byte[] {1});
            PackException e = assertCode(PackException.UNSAFE_PATH, () -> new PackReader().read(zip(entries), "t"));
            assertTrue(e.getMessage().contains(evil), e.getMessage());
        }
    }

    @Test
    void duplicateEntriesAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // ZipOutputStream refuses duplicates, so write the second under a same-length name and patch it
            put(zip, "manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
            put(zip, "a.txt", new byte[] {1});
            put(zip, "b.txt", new byte[] {2});
        }
        byte[] bytes = out.toByteArray();
        byte[] b = "b.txt".getBytes(StandardCharsets.US_ASCII);
        for (int i = indexOf(bytes, b); i >= 0; i = indexOf(bytes, b)) {
            bytes[i] = 'a';
        }
        byte[] patched = bytes;
        assertCode(PackException.DUPLICATE_ENTRY, () -> new PackReader().read(patched, "t"));
    }

    @Test
    void bombsAreRefusedByInflatedSize() throws Exception {
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        entries.put("projects/clinic/tests/bomb.json", new byte[17 << 20]);
        byte[] bomb = zip(entries);
        assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);
        PackException e = assertCode(PackException.TOO_LARGE, () -> new PackReader().read(bomb, "t"));
        assertTrue(e.getMessage().contains("bomb.json"), e.getMessage());
        // in all: several entries under the per-entry cap
        Map<String, byte[]> many = unzip(new PackWriter().toBytes(project("clinic")));
        for (int i = 0; i < 5; i++) {
            many.put("projects/clinic/tests/big" + i + ".json", new byte[15 << 20]);
        }
        byte[] total = zip(many);
        assertCode(PackException.TOO_LARGE, () -> new PackReader().read(total, "t"));
        assertCode(PackException.TOO_LARGE, () -> new PackReader(new PackReader.Limits(10_000, 1 << 20, 64L << 20, 1000))
                .read(writeFile(total)));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        for (int i = 0; i <= 10_000; i++) {
            entries.put("projects/clinic/tests/f" + i, new byte[0]);
        }
        byte[] many = zip(entries);
        assertCode(PackException.TOO_MANY_ENTRIES, () -> new PackReader().read(many, "t"));
    }

    @Test
    void missingMalformedAndUnknownManifests() throws Exception {
        Map<String, byte[]> entries = unzip(new PackWriter().toBytes(project("clinic")));
        Map<String, byte[]> noManifest = new LinkedHashMap<>(entries);
        noManifest.remove("manifest.json");
        assertCode(PackException.MISSING_MANIFEST, () -> new PackReader().read(zip(noManifest), "t"));

        Map<String, byte[]> malformed = new LinkedHashMap<>(entries);
        malformed.put("manifest.json", "{\n  \"formatVersion\": 1,\n  \"id\" \"x\"\n}".getBytes(StandardCharsets.UTF_8));
        PackException e = assertCode(PackException.MALFORMED_MANIFEST, () -> new PackReader().read(zip(malformed), "t"));
        assertTrue(e.getMessage().contains("manifest.json:3:"), e.getMessage());

        Map<String, byte[]> noEntries = new LinkedHashMap<>(entries);
        noEntries.put("manifest.json", "{\"formatVersion\": 1, \"id\": \"x\", \"version\": \"1\", \"main\": \"projects/x\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertCode(PackException.MALFORMED_MANIFEST, () -> new PackReader().read(zip(noEntries), "t"));

        Map<String, byte[]> future = new LinkedHashMap<>(entries);
        future.put("manifest.json", new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2").getBytes(StandardCharsets.UTF_8));
        e = assertCode(PackException.UNKNOWN_FORMAT, () -> new PackReader().read(zip(future), "t"));
        assertTrue(e.getMessage().contains("format version 2"), e.getMessage());
    }

    // ---- helpers

    Path writeFile(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(temp, "p", ".gpack");
        Files.write(file, bytes);
        return file;
    }

    static PackException assertCode(String code, org.junit.jupiter.api.function.Executable action) {
        PackException e = assertThrows(PackException.class, action);
        assertEquals(code, e.code(), e.toString());
        assertFalse(e.getMessage().isBlank());
        return e;
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return out.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
