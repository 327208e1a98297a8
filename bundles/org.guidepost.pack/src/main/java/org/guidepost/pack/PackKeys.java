package org.guidepost.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Ed25519 keys of pack publishers, as PEM files: {@code guidepost.key} (PKCS#8 "PRIVATE KEY", readable by its owner
 * only) and {@code guidepost.pub} (X.509 "PUBLIC KEY"). A key id is the first 16 hex digits of the SHA-256 of the
 * public key's DER encoding.
 */
public final class PackKeys {
    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_FILE = "guidepost.key";
    public static final String PUBLIC_FILE = "guidepost.pub";

    private PackKeys() {
    }

    /** Makes a key pair in {@code dir} (created if needed); refuses to overwrite an existing key. Returns the key id. */
    public static String generate(Path dir) throws PackException {
        try {
            Files.createDirectories(dir);
            Path priv = dir.resolve(PRIVATE_FILE);
            Path pub = dir.resolve(PUBLIC_FILE);
            if (Files.exists(priv) || Files.exists(pub)) {
                throw new PackException(PackException.BAD_KEY, dir + " already holds " + PRIVATE_FILE + " or " + PUBLIC_FILE
                        + "; choose another folder (a key is never overwritten)");
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            writeAtomically(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            writeAtomically(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            return keyId(pair.getPublic());
        } catch (IOException | GeneralSecurityException e) {
            throw new PackException(PackException.BAD_KEY, "cannot write a key pair in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    private static void writeAtomically(Path target, String text, boolean ownerOnly) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp;
        if (ownerOnly && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            temp = Files.createTempFile(parent, ".guidepost-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            temp = Files.createTempFile(parent, ".guidepost-", ".tmp");
        }
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            if (!ownerOnly) {
                PackWriter.readableByAll(temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static byte[] unpem(Path file, String type) throws PackException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PackException(PackException.BAD_KEY, "cannot read the key file " + file + " (" + e.getMessage() + ")", e);
        }
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new PackException(PackException.BAD_KEY, file + " is not a PEM '" + type + "' file (expected a "
                    + begin + " line; " + (type.equals("PUBLIC KEY") ? "give guidepost.pub" : "give guidepost.key") + ")");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new PackException(PackException.BAD_KEY, file + ": the PEM body is not Base64 (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a private key written by {@link #generate}. */
    public static PrivateKey readPrivate(Path file) throws PackException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(unpem(file, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new PackException(PackException.BAD_KEY, file + " is not an Ed25519 private key (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a public key written by {@link #generate}. */
    public static PublicKey readPublic(Path file) throws PackException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(unpem(file, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new PackException(PackException.BAD_KEY, file + " is not an Ed25519 public key (" + e.getMessage() + ")", e);
        }
    }

    /** The id of a public key: the first 16 hex digits of the SHA-256 of its DER encoding. */
    public static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * The trusted keys by id: one public key file, or every {@code *.pub} file in a folder (sorted; a folder without
     * any is refused).
     */
    public static Map<String, PublicKey> trusted(Path fileOrDir) throws PackException {
        Map<String, PublicKey> keys = new TreeMap<>();
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> files = Files.list(fileOrDir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pub")).sorted().toList()) {
                    PublicKey key = readPublic(file);
                    keys.put(keyId(key), key);
                }
            } catch (IOException e) {
                throw new PackException(PackException.BAD_KEY, "cannot list " + fileOrDir + " (" + e.getMessage() + ")", e);
            }
            if (keys.isEmpty()) {
                throw new PackException(PackException.BAD_KEY, fileOrDir + " holds no public key file (*.pub)");
            }
        } else {
            PublicKey key = readPublic(fileOrDir);
            keys.put(keyId(key), key);
        }
        return keys;
    }
}
