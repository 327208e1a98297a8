package org.guidepost.engine.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackWriter;

/**
 * The shipped guideline ({@code rules/model-social-media}) as a signed pack, made by the build (this class's
 * {@link #main}, run by exec-maven-plugin before the benchmarks jar is shaded) and read from the classpath by the
 * pack benchmarks: loading it touches no engine class before the measured call.
 */
public final class ShippedPack {
    static final String FOLDER = "/shipped-pack/";
    static final String PACK = "model-social-media.gpack";

    private ShippedPack() {
    }

    /** Packs the project {@code args[0]} into the folder {@code args[1]}, signed with a new key pair kept beside it. */
    public static void main(String[] args) throws IOException, PackException {
        Path project = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path keys = out.resolve("keys");
        if (Files.exists(keys.resolve(PackKeys.PRIVATE_FILE))) {
            Files.delete(keys.resolve(PackKeys.PRIVATE_FILE));
            Files.deleteIfExists(keys.resolve(PackKeys.PUBLIC_FILE));
        }
        PackKeys.generate(keys);
        KeyPair pair = new KeyPair(PackKeys.readPublic(keys.resolve(PackKeys.PUBLIC_FILE)),
                PackKeys.readPrivate(keys.resolve(PackKeys.PRIVATE_FILE)));
        new PackWriter().signWith(pair).write(project, out.resolve(PACK));
        Files.copy(keys.resolve(PackKeys.PUBLIC_FILE), out.resolve(PackKeys.PUBLIC_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the private key has done its job: the benchmarks only verify
        Files.delete(keys.resolve(PackKeys.PRIVATE_FILE));
        Files.delete(keys.resolve(PackKeys.PUBLIC_FILE));
        Files.delete(keys);
    }

    /** The pack's bytes. */
    public static byte[] bytes() {
        return resource(PACK);
    }

    /** The public key that signed it, by key id. */
    public static Map<String, PublicKey> trustedKeys() {
        try {
            Path file = Files.createTempFile("guidepost-benchmark-", ".pub");
            try {
                Files.write(file, resource(PackKeys.PUBLIC_FILE));
                PublicKey key = PackKeys.readPublic(file);
                return Map.of(PackKeys.keyId(key), key);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PackException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ShippedPack.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no " + FOLDER + name + " on the classpath: build the benchmarks with ./mvnw package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
