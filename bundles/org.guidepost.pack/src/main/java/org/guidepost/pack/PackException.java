package org.guidepost.pack;

/**
 * A pack that cannot be written, read, verified or loaded, with a stable code ({@code GP-PACK-*} for the
 * file, {@code GP-SIG-*} for its signature) and a message that says what is wrong and where.
 */
public final class PackException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Not a zip file, or it cannot be read. */
    public static final String UNREADABLE = "GP-PACK-1";
    /** No {@code manifest.json}. */
    public static final String MISSING_MANIFEST = "GP-PACK-2";
    /** {@code manifest.json} is not valid JSON or lacks a required field. */
    public static final String MALFORMED_MANIFEST = "GP-PACK-3";
    /** A {@code formatVersion} this reader does not know. */
    public static final String UNKNOWN_FORMAT = "GP-PACK-4";
    /** An entry path that could escape the pack (zip-slip: {@code ..}, absolute, backslash). */
    public static final String UNSAFE_PATH = "GP-PACK-5";
    /** Two entries with one path. */
    public static final String DUPLICATE_ENTRY = "GP-PACK-6";
    /** More entries than the reader accepts. */
    public static final String TOO_MANY_ENTRIES = "GP-PACK-7";
    /** An entry, or all entries together, inflate to more than the reader accepts. */
    public static final String TOO_LARGE = "GP-PACK-8";
    /** An entry whose SHA-256 or size differs from the manifest, or whose compressed data is damaged. */
    public static final String ENTRY_CHANGED = "GP-PACK-9";
    /** An entry in the zip that the manifest does not list. */
    public static final String ENTRY_NOT_IN_MANIFEST = "GP-PACK-10";
    /** An entry the manifest lists that the zip does not hold. */
    public static final String ENTRY_MISSING = "GP-PACK-11";
    /** The project (when packing) or the pack's project (when loading) does not compile or is not laid out as a pack needs. */
    public static final String DOES_NOT_COMPILE = "GP-PACK-12";
    /** The pack has no signature. */
    public static final String UNSIGNED = "GP-SIG-1";
    /** The pack is signed by a key that is not trusted. */
    public static final String UNKNOWN_KEY = "GP-SIG-2";
    /** The signature does not match the manifest (or is not a signature). */
    public static final String BAD_SIGNATURE = "GP-SIG-3";
    /** A key file that is not a PEM Ed25519 key, or that cannot be read or written. */
    public static final String BAD_KEY = "GP-SIG-4";

    private final String code;

    public PackException(String code, String message) {
        this(code, message, null);
    }

    public PackException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The stable code, e.g. {@code GP-PACK-9}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code + " " + getMessage();
    }
}
