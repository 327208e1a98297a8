package org.guidepost.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;

/**
 * A pack read into memory by {@link PackReader}: every entry's hash and size already match its manifest. Whether it
 * is signed by a trusted key is {@link #verify}'s question.
 */
public final class Pack {
    private final byte[] manifestBytes;
    private final JsonNode manifest;
    private final byte[] signature;
    private final SortedMap<String, byte[]> entries;

    Pack(byte[] manifestBytes, JsonNode manifest, byte[] signature, SortedMap<String, byte[]> entries) {
        this.manifestBytes = manifestBytes.clone();
        this.manifest = manifest;
        this.signature = signature;
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** The manifest's {@code id}. */
    public String id() {
        return manifest.path("id").asText();
    }

    /** The pack's {@code version}. */
    public String version() {
        return manifest.path("version").asText();
    }

    /** The folder in the pack of the project that was packed, e.g. {@code projects/model-social-media-au}. */
    public String main() {
        return manifest.path("main").asText();
    }

    /** The parsed manifest (read-only by convention). */
    public JsonNode manifest() {
        return manifest.deepCopy();
    }

    /** The exact bytes of {@code manifest.json}, which a signature covers. */
    public byte[] manifestBytes() {
        return manifestBytes.clone();
    }

    /** Whether the pack carries {@code manifest.sig}. */
    public boolean isSigned() {
        return signature != null;
    }

    /** The entries (not the manifest or signature), by path; the arrays must not be changed. */
    Map<String, byte[]> entries() {
        return entries;
    }

    /** The entry paths, sorted. */
    public java.util.Set<String> paths() {
        return entries.keySet();
    }

    /**
     * Checks the signature against trusted keys; returns the id of the key that signed the pack.
     *
     * @throws PackException {@code GP-SIG-1} unsigned, {@code GP-SIG-2} signed by an untrusted key, {@code GP-SIG-3}
     *                       a signature that does not match the manifest
     */
    public String verify(Map<String, java.security.PublicKey> trusted) throws PackException {
        return PackSignature.verify(manifestBytes, signature, trusted);
    }
}
