package org.guidepost.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;

/**
 * Writes a guideline project as a rule pack ({@code .gpack}, format 1): a zip whose first entry is
 * {@code manifest.json}, then {@code manifest.sig} when signed, then the project's files.
 *
 * <p><b>Variants are self-contained.</b> A pack holds the packed project and every project it {@code extends}, each
 * under {@code projects/<folder name>/} ({@code guideline.yaml}, {@code rules/*.drl}, {@code lexicons/*.yaml},
 * {@code tests/**}); the manifest's {@code main} names the packed one, and {@code extends} lists the chain (id,
 * version, folder). A variant's {@code extends: ../base} then resolves inside the pack as it did on disk, so loading
 * rebuilds the same sources without any other pack; a pack of a variant pins the exact base it was tested with. The
 * projects of a chain must therefore be sibling folders with distinct names (as in {@code rules/}).
 *
 * <p><b>Reproducible.</b> Entries are sorted by path, every timestamp is 1980-02-01T00:00 local DOS time (1980-01-01T00:00 is the value Java writes as an extra timestamp field, which would not be reproducible), the
 * compression level is fixed and the manifest has no creation time: packing the same files twice gives the same
 * bytes.
 */
public final class PackWriter {
    /** The pack format this writer writes and {@link PackReader} reads. */
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String PROJECTS = "projects/";
    /** The main project's rule set, precompiled by the engine (see {@code RuleEngine.load}). */
    static final String PRECOMPILED = "precompiled/rules.bin";
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);
    private static final ObjectMapper JSON = new ObjectMapper();

    private String version;
    private KeyPair signer;
    private String createdBy = "guidepost";
    private Map<String, String> runtime = Map.of("guidepost", ">=0.1.0 <0.2.0", "drools", "10.2.0");

    /** The pack's version; by default the guideline's. */
    public PackWriter version(String packVersion) {
        this.version = packVersion;
        return this;
    }

    /** Signs the manifest with this key pair (the public half gives the key id); null for an unsigned pack. */
    public PackWriter signWith(KeyPair keys) {
        this.signer = keys;
        return this;
    }

    /** What the manifest names as its creator, e.g. {@code guidepost 0.1.0}. */
    public PackWriter createdBy(String tool) {
        this.createdBy = tool;
        return this;
    }

    /** The runtime versions the pack works with, e.g. {@code guidepost -> ">=0.1.0 <0.2.0"}. */
    public PackWriter runtime(Map<String, String> versions) {
        this.runtime = Map.copyOf(versions);
        return this;
    }

    /** Packs the project in {@code projectDir} into {@code out}, atomically (temporary file, then move). */
    public void write(Path projectDir, Path out) throws PackException {
        byte[] bytes = toBytes(projectDir);
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".guidepost-", ".gpack.tmp");
            try {
                Files.write(temp, bytes);
                readableByAll(temp);
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new PackException(PackException.UNREADABLE, "cannot write " + out + " (" + e.getMessage() + ")", e);
        }
    }

    /** The pack of the project in {@code projectDir}, which must compile without errors. */
    public byte[] toBytes(Path projectDir) throws PackException {
        // the chain: the packed project first, then what it extends
        List<Path> chain = new ArrayList<>();
        List<Guideline> guidelines = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Path dir = projectDir.toAbsolutePath().normalize();
        while (dir != null) {
            Guideline guideline;
            try {
                guideline = GuidelineProjects.readGuideline(dir.resolve(GuidelineProjects.GUIDELINE_FILE));
            } catch (GuidelineFormatException e) {
                refuseIfBroken(projectDir);
                throw new PackException(PackException.DOES_NOT_COMPILE, e.getMessage(), e);
            }
            String name = dir.getFileName().toString();
            if (!names.add(name)) {
                throw new PackException(PackException.DOES_NOT_COMPILE, "two projects in the extends chain of " + projectDir
                        + " are both named '" + name + "'; a pack keeps each under projects/<folder name>");
            }
            chain.add(dir);
            guidelines.add(guideline);
            if (guideline.extendsPath() == null) {
                dir = null;
            } else {
                Path parent = dir.resolve(guideline.extendsPath()).normalize();
                if (!parent.getParent().equals(dir.getParent())) {
                    throw new PackException(PackException.DOES_NOT_COMPILE, dir.resolve(GuidelineProjects.GUIDELINE_FILE)
                            + ": 'extends: " + guideline.extendsPath() + "' is not a sibling folder (write ../<folder>);"
                            + " a self-contained pack keeps the projects of a chain side by side");
                }
                dir = parent;
            }
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (Path project : chain) {
            String prefix = PROJECTS + project.getFileName() + "/";
            try {
                files.put(prefix + GuidelineProjects.GUIDELINE_FILE, Files.readAllBytes(project.resolve(GuidelineProjects.GUIDELINE_FILE)));
                addTree(files, project, "rules", prefix, false, ".drl");
                addTree(files, project, "lexicons", prefix, false, ".yaml");
                addTree(files, project, "tests", prefix, true, "");
            } catch (IOException e) {
                throw new PackException(PackException.UNREADABLE, "cannot read " + project + " (" + e.getMessage() + ")", e);
            }
        }
        files.put(PRECOMPILED, precompile(projectDir, files, PROJECTS + chain.get(0).getFileName()));
        byte[] manifest = manifest(chain, guidelines, files);
        byte[] signature = signer == null ? null : PackSignature.sign(manifest, signer.getPrivate(), signer.getPublic());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.setMethod(ZipOutputStream.DEFLATED);
            put(zip, MANIFEST, manifest);
            if (signature != null) {
                put(zip, PackSignature.FILE, signature);
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing a zip in memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The precompiled rule set of the main project, compiled once, from exactly the files the pack holds. When they do
     * not compile, the project is compiled from disk so that the diagnostics name the user's files.
     */
    private static byte[] precompile(Path projectDir, Map<String, byte[]> files, String main) throws PackException {
        Compilation compilation;
        try {
            compilation = RuleEngine.compile(PackLoader.sources(files, main));
        } catch (PackException e) {
            refuseIfBroken(projectDir);
            throw e;
        }
        if (compilation.hasErrors()) {
            refuseIfBroken(projectDir);
            throw new PackException(PackException.DOES_NOT_COMPILE, "the guideline does not compile as packed:\n"
                    + compilation.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
        return compilation.ruleSet().orElseThrow().precompiled();
    }

    /** Refuses a project that does not compile on disk, with its diagnostics. */
    private static void refuseIfBroken(Path projectDir) throws PackException {
        Compilation compilation = RuleEngine.compileProject(projectDir);
        if (compilation.hasErrors()) {
            throw new PackException(PackException.DOES_NOT_COMPILE, "the guideline " + projectDir
                    + " does not compile, so it cannot be packed:\n" + compilation.diagnostics().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    /** A temporary file is created owner-only; a pack or public key is for everyone to read (rw-r--r--). */
    static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void addTree(Map<String, byte[]> files, Path project, String folder, String prefix, boolean deep,
            String suffix) throws IOException {
        Path root = project.resolve(folder);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = deep ? Files.walk(root) : Files.list(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                String relative = project.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(prefix + relative, Files.readAllBytes(file));
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(EPOCH);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private byte[] manifest(List<Path> chain, List<Guideline> guidelines, Map<String, byte[]> files) throws PackException {
        Guideline main = guidelines.get(0);
        ObjectNode m = JSON.createObjectNode();
        m.put("formatVersion", FORMAT_VERSION);
        m.put("id", main.id());
        m.put("version", version == null ? main.version() : version);
        m.put("title", main.title());
        m.put("publisher", main.publisher());
        m.put("guidelineVersion", main.version());
        m.put("main", PROJECTS + chain.get(0).getFileName());
        ArrayNode ext = m.putArray("extends");
        for (int i = 1; i < chain.size(); i++) {
            ext.addObject().put("id", guidelines.get(i).id()).put("version", guidelines.get(i).version())
                    .put("path", PROJECTS + chain.get(i).getFileName());
        }
        ObjectNode rt = m.putObject("runtime");
        new TreeMap<>(runtime).forEach(rt::put);
        m.put("createdBy", createdBy);
        m.putObject("precompiled").put("path", PRECOMPILED).put("engine", "drools").put("engineVersion",
                RuleEngine.droolsVersion());
        ArrayNode entries = m.putArray("entries");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            entries.addObject().put("path", file.getKey())
                    .put("sha256", HexFormat.of().formatHex(sha.digest(file.getValue())))
                    .put("size", file.getValue().length);
        }
        try {
            return (JSON.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))).writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
