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
    private final boolean verified;

    private Guidepost(Pack pack, boolean verified) {
        this.pack = pack;
        this.verified = verified;
    }

    /** Reads a pack file; nothing is trusted yet. */
    public static Guidepost open(Path packFile) throws PackException {
        return new Guidepost(new PackReader().read(Objects.requireNonNull(packFile, "packFile")), false);
    }

    /** Reads a pack from bytes (e.g. downloaded); nothing is trusted yet. */
    public static Guidepost open(byte[] pack, String name) throws PackException {
        return new Guidepost(new PackReader().read(pack, name), false);
    }

    /** Verifies the pack's signature against a public key file, or every {@code *.pub} file of a folder. */
    public Guidepost verify(Path trustedKeys) throws PackException {
        return verify(PackKeys.trusted(trustedKeys));
    }

    /** Verifies the pack's signature against trusted keys (by key id). */
    public Guidepost verify(Map<String, PublicKey> trustedKeys) throws PackException {
        pack.verify(trustedKeys);
        return new Guidepost(pack, true);
    }

    /** Accepts the pack without a signature: for tests and packs built in-house, never for downloaded ones. */
    public Guidepost trustUnsigned() {
        return new Guidepost(pack, true);
    }

    /** The pack's id, e.g. {@code model-social-media}. */
    public String id() {
        return pack.id();
    }

    /** The pack's semantic version. */
    public String version() {
        return pack.version();
    }

    /** A thread-safe checker for the verified pack (compiles its rules once). */
    public Checker checker() throws PackException {
        if (!verified) {
            throw new IllegalStateException("verify the pack first (verify(trustedKeys)), or call trustUnsigned()");
        }
        return new Checker(PackLoader.ruleSet(pack));
    }
}
