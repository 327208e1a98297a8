package org.guidepost.runtime;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.Objects;
import org.guidepost.pack.Pack;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackLoader;
import org.guidepost.pack.PackReader;

/**
 * What a clinic's tool needs to check draft posts against a guideline's rule pack:
 *
 * <pre>{@code
 * Checker checker = Guidepost.open(Path.of("model-social-media.gpack"))
 *         .verify(Path.of("association.pub"))
 *         .checker();
 * Report report = checker.check(json);   // or checker.check(communication)
 * }</pre>
 *
 * Opening reads the pack with bounded, checked reads; {@link #verify} refuses a pack that is unsigned, signed by
 * a key that is not trusted, or changed since it was signed. A pack is only turned into a checker once verified
 * (or explicitly accepted unsigned with {@link #trustUnsigned}).
 */
public final class Guidepost {
    private final Pack pack;
    private final Trust trust;

    /** How far the pack is trusted: a signed pack may use its precompiled rules, an accepted unsigned one may not. */
    private enum Trust { NONE, UNSIGNED_ACCEPTED, SIGNATURE_VERIFIED }

    private Guidepost(Pack pack, Trust trust) {
        this.pack = pack;
        this.trust = trust;
    }

    /** Reads a pack file; nothing is trusted yet. */
    public static Guidepost open(Path packFile) throws PackException {
        return new Guidepost(new PackReader().read(Objects.requireNonNull(packFile, "packFile")), Trust.NONE);
    }

    /** Reads a pack from bytes (e.g. downloaded); nothing is trusted yet. */
    public static Guidepost open(byte[] pack, String name) throws PackException {
        return new Guidepost(new PackReader().read(pack, name), Trust.NONE);
    }

    /** Verifies the pack's signature against a public key file, or every {@code *.pub} file of a folder. */
    public Guidepost verify(Path trustedKeys) throws PackException {
        return verify(PackKeys.trusted(trustedKeys));
    }

    /** Verifies the pack's signature against trusted keys (by key id). */
    public Guidepost verify(Map<String, PublicKey> trustedKeys) throws PackException {
        pack.verify(trustedKeys);
        return new Guidepost(pack, Trust.SIGNATURE_VERIFIED);
    }

    /** Accepts the pack without a signature: for tests and packs built in-house, never for downloaded ones. */
    public Guidepost trustUnsigned() {
        return new Guidepost(pack, Trust.UNSIGNED_ACCEPTED);
    }

    /** The pack's id, e.g. {@code model-social-media}. */
    public String id() {
        return pack.id();
    }

    /** The pack's semantic version. */
    public String version() {
        return pack.version();
    }

    /**
     * A thread-safe checker for the verified pack. A pack whose signature was verified loads its precompiled rules
     * (no DRL compilation) when they were made by this runtime's Drools version; otherwise its DRL is compiled once.
     */
    public Checker checker() throws PackException {
        if (trust == Trust.NONE) {
            throw new IllegalStateException("verify the pack first (verify(trustedKeys)), or call trustUnsigned()");
        }
        return new Checker(PackLoader.ruleSet(pack, trust == Trust.SIGNATURE_VERIFIED));
    }
}
