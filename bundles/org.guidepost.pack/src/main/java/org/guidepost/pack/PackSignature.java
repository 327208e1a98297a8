package org.guidepost.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/** {@code manifest.sig}: {@code {"keyId": ..., "algorithm": "Ed25519", "signature": base64}} over manifest.json's bytes. */
final class PackSignature {
    static final String FILE = "manifest.sig";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackSignature() {
    }

    static byte[] sign(byte[] manifest, PrivateKey key, PublicKey publicKey) throws PackException {
        try {
            Signature signer = Signature.getInstance(PackKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(manifest);
            ObjectNode sig = JSON.createObjectNode();
            sig.put("keyId", PackKeys.keyId(publicKey));
            sig.put("algorithm", PackKeys.ALGORITHM);
            sig.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            return (JSON.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))).writeValueAsString(sig) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IOException e) {
            throw new PackException(PackException.BAD_KEY, "cannot sign with this key (" + e.getMessage() + ")", e);
        }
    }

    static String verify(byte[] manifest, byte[] sigFile, Map<String, PublicKey> trusted) throws PackException {
        if (sigFile == null) {
            throw new PackException(PackException.UNSIGNED, "the pack is not signed (it has no " + FILE
                    + "); ask its publisher for a signed pack, or pack it with --sign-key");
        }
        JsonNode sig;
        try {
            sig = JSON.readTree(sigFile);
        } catch (IOException e) {
            throw new PackException(PackException.BAD_SIGNATURE, FILE + " is not valid JSON (" + e.getMessage() + ")", e);
        }
        String keyId = sig == null ? "" : sig.path("keyId").asText("");
        String algorithm = sig == null ? "" : sig.path("algorithm").asText("");
        if (!PackKeys.ALGORITHM.equals(algorithm)) {
            throw new PackException(PackException.BAD_SIGNATURE, FILE + " names algorithm '" + algorithm + "'; only "
                    + PackKeys.ALGORITHM + " is accepted");
        }
        PublicKey key = trusted.get(keyId);
        if (key == null) {
            throw new PackException(PackException.UNKNOWN_KEY, "the pack is signed by key " + keyId
                    + ", which is not trusted (trusted: " + (trusted.isEmpty() ? "none" : String.join(", ", trusted.keySet())) + ")");
        }
        try {
            Signature verifier = Signature.getInstance(PackKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(manifest);
            if (verifier.verify(Base64.getDecoder().decode(sig.path("signature").asText("")))) {
                return keyId;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PackException(PackException.BAD_SIGNATURE, "the signature of key " + keyId
                    + " is not a valid Ed25519 signature (" + e.getMessage() + ")", e);
        }
        throw new PackException(PackException.BAD_SIGNATURE, "bad signature: manifest.json was changed after key " + keyId
                + " signed it, or the signature was");
    }
}
