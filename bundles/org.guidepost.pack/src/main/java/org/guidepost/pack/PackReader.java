package org.guidepost.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a pack into memory, refusing anything it would not trust: every refusal is a {@link PackException} with its
 * own code. Sizes are counted as the bytes actually inflate (headers are never trusted), entries are counted, paths
 * that could escape a folder and duplicate paths are refused, and every entry must match the manifest's SHA-256 and
 * size, with nothing added and nothing missing. Whether the pack is signed by a trusted key is checked separately
 * ({@link Pack#verify}).
 */
public final class PackReader {

    /** The caps a reader enforces. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxFileBytes) {
        /** 10 000 entries, 16 MiB an entry, 64 MiB in all, a 64 MiB file. */
        public static final Limits DEFAULT = new Limits(10_000, 16L << 20, 64L << 20, 64L << 20);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Limits limits;

    public PackReader() {
        this(Limits.DEFAULT);
    }

    public PackReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads the pack file {@code file}. */
    public Pack read(Path file) throws PackException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new PackException(PackException.TOO_LARGE, file + " is " + size + " bytes; a pack may have at most "
                        + limits.maxFileBytes());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackException(PackException.UNREADABLE, "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", e);
        }
        return read(bytes, file.toString());
    }

    /** Reads a pack from its bytes; {@code name} names it in messages. */
    public Pack read(byte[] bytes, String name) throws PackException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new PackException(PackException.UNREADABLE, name + " is not a rule pack: it is not a zip file"
                    + " (a .gpack is written by 'guidepost pack')");
        }
        Map<String, byte[]> raw = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = nextEntry(zip, name)) != null) {
                String path = entry.getName();
                checkPath(path, name);
                if (raw.size() >= limits.maxEntries()) {
                    throw new PackException(PackException.TOO_MANY_ENTRIES, name + " has more than " + limits.maxEntries()
                            + " entries; a pack may have at most " + limits.maxEntries());
                }
                if (raw.containsKey(path)) {
                    throw new PackException(PackException.DUPLICATE_ENTRY, name + " holds the entry " + path
                            + " twice; a pack has one entry per path");
                }
                byte[] data = readBounded(zip, path, name, limits.maxTotalBytes() - total);
                total += data.length;
                raw.put(path, data);
            }
        } catch (IOException e) {
            throw new PackException(PackException.UNREADABLE, name + " cannot be read as a zip (" + e.getMessage() + ")", e);
        }
        if (raw.isEmpty()) {
            throw new PackException(PackException.UNREADABLE, name + " is not a rule pack: the zip has no entries");
        }
        byte[] manifestBytes = raw.remove(PackWriter.MANIFEST);
        if (manifestBytes == null) {
            throw new PackException(PackException.MISSING_MANIFEST, name + " has no " + PackWriter.MANIFEST
                    + "; it is not a rule pack, or it was damaged");
        }
        byte[] signature = raw.remove(PackSignature.FILE);
        JsonNode manifest = parseManifest(manifestBytes, name);
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        for (JsonNode e : manifest.get("entries")) {
            if (!e.path("path").isTextual() || !e.path("sha256").isTextual() || !e.path("size").canConvertToLong()) {
                throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                        + ": every item of 'entries' needs path, sha256 and size (found " + e + ")");
            }
            String path = e.get("path").asText();
            checkPath(path, name);
            if (listed.put(path, e) != null) {
                throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                        + " lists " + path + " twice");
            }
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        TreeMap<String, byte[]> entries = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : raw.entrySet()) {
            JsonNode expected = listed.get(file.getKey());
            if (expected == null) {
                throw new PackException(PackException.ENTRY_NOT_IN_MANIFEST, name + ": the entry " + file.getKey()
                        + " is not in the manifest (it was added after packing)");
            }
            long size = expected.get("size").asLong();
            String hash = HexFormat.of().formatHex(sha.digest(file.getValue()));
            if (size != file.getValue().length || !hash.equalsIgnoreCase(expected.get("sha256").asText())) {
                throw new PackException(PackException.ENTRY_CHANGED, name + ": the entry " + file.getKey()
                        + " differs from the manifest (sha256 " + hash + ", " + file.getValue().length + " bytes; manifest: "
                        + expected.get("sha256").asText() + ", " + size + " bytes): it was changed after packing");
            }
            entries.put(file.getKey(), file.getValue());
        }
        for (String path : listed.keySet()) {
            if (!entries.containsKey(path)) {
                throw new PackException(PackException.ENTRY_MISSING, name + ": the manifest lists " + path
                        + ", which the pack does not hold (it was removed after packing)");
            }
        }
        return new Pack(manifestBytes, manifest, signature, entries);
    }

    private static ZipEntry nextEntry(ZipInputStream zip, String name) throws PackException {
        try {
            return zip.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw new PackException(PackException.UNREADABLE, name + " is damaged: an entry header cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    private byte[] readBounded(InputStream in, String path, String name, long totalLeft) throws PackException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long count = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                count += n;
                if (count > limits.maxEntryBytes()) {
                    throw new PackException(PackException.TOO_LARGE, name + ": the entry " + path + " inflates to more than "
                            + limits.maxEntryBytes() + " bytes, the most one entry may have (a zip bomb?)");
                }
                if (count > totalLeft) {
                    throw new PackException(PackException.TOO_LARGE, name + ": the entries inflate to more than "
                            + limits.maxTotalBytes() + " bytes in all, the most a pack may have (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new PackException(PackException.ENTRY_CHANGED, name + ": the entry " + path + " is damaged ("
                    + e.getMessage() + "): it was changed after packing", e);
        } catch (IOException e) {
            throw new PackException(PackException.UNREADABLE, name + ": the entry " + path + " cannot be read ("
                    + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    /** Refuses a path that could leave the folder it is extracted to, or that is not a plain relative file path. */
    static void checkPath(String path, String name) throws PackException {
        boolean unsafe = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || (path.length() > 1 && path.charAt(1) == ':') || path.endsWith("/");
        for (String segment : path.split("/", -1)) {
            unsafe |= segment.isEmpty() || segment.equals("..") || segment.equals(".");
        }
        if (unsafe) {
            throw new PackException(PackException.UNSAFE_PATH, name + ": the entry path '" + path
                    + "' is not a plain relative path (absolute, '..', '.', empty segment, backslash or folder entry);"
                    + " a pack never holds one");
        }
    }

    private static JsonNode parseManifest(byte[] bytes, String name) throws PackException {
        JsonNode manifest;
        try {
            manifest = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                    + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                    + " cannot be read (" + e.getMessage() + ")", e);
        }
        if (manifest == null || !manifest.isObject()) {
            throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                    + " is not a JSON object");
        }
        JsonNode format = manifest.get("formatVersion");
        if (format == null || !format.isIntegralNumber()) {
            throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                    + " has no integer 'formatVersion'");
        }
        if (format.asInt() != PackWriter.FORMAT_VERSION) {
            throw new PackException(PackException.UNKNOWN_FORMAT, name + " is a pack of format version " + format.asText()
                    + "; this Guidepost reads format version " + PackWriter.FORMAT_VERSION + " (use the Guidepost release the"
                    + " pack was made for)");
        }
        for (Iterator<String> it = java.util.List.of("id", "version", "main").iterator(); it.hasNext();) {
            String field = it.next();
            if (!manifest.path(field).isTextual()) {
                throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                        + " has no text field '" + field + "'");
            }
        }
        if (!manifest.path("entries").isArray()) {
            throw new PackException(PackException.MALFORMED_MANIFEST, name + ": " + PackWriter.MANIFEST
                    + " has no 'entries' array");
        }
        return manifest;
    }
}
