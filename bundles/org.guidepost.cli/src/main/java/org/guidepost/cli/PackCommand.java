package org.guidepost.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.Callable;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code guidepost pack <project-dir> --out FILE [--version X.Y.Z] [--sign-key KEY]}: a release as one file. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Pack a guideline project (with the projects it extends) into a rule pack file (.gpack): "
                + "a manifest with the SHA-256 of every entry, the clauses, rules, lexicons and tests. Packing the same "
                + "files twice gives the same bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pack was written", "2:bad usage, a project that does not compile, or a key that cannot be read"})
final class PackCommand implements Callable<Integer> {
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT-DIR", description = "The guideline project folder to pack.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The pack file to write (e.g. x.gpack).")
    Path out;

    @Option(names = "--version", paramLabel = "X.Y.Z", description = "The pack's version (default: the guideline's).")
    String version;

    @Option(names = "--sign-key", paramLabel = "KEY",
            description = "Sign with this private key (guidepost.key from 'guidepost keygen'; its guidepost.pub must be beside it).")
    Path signKey;

    @Override
    public Integer call() {
        Projects.requireProject(spec.commandLine(), project);
        if (version != null && !VERSION.matcher(version).matches()) {
            throw new ParameterException(spec.commandLine(), "--version " + version + " is not a semantic version (X.Y.Z)");
        }
        try {
            PackWriter writer = new PackWriter().version(version).createdBy("guidepost " + Versions.guidepost())
                    .runtime(Map.of("guidepost", runtimeRange(Versions.guidepost()), "drools", Versions.drools()));
            String signedBy = null;
            if (signKey != null) {
                KeyPair keys = keyPair(spec.commandLine(), signKey);
                writer.signWith(keys);
                signedBy = PackKeys.keyId(keys.getPublic());
            }
            writer.write(project, out);
            spec.commandLine().getOut().println("packed " + project + " into " + out + " (" + Files.size(out) + " bytes, "
                    + (signedBy == null ? "unsigned" : "signed by " + signedBy) + ")");
            spec.commandLine().getOut().flush();
            return GuidepostCommand.OK;
        } catch (PackException e) {
            return fail(spec, e);
        } catch (java.io.IOException e) {
            return fail(spec, new PackException(PackException.UNREADABLE, e.getMessage(), e));
        }
    }

    /** {@code >=0.1.0 <0.2.0} for 0.1.x, {@code >=1.2.0 <2.0.0} for 1.x. */
    static String runtimeRange(String version) {
        String[] parts = version.replaceAll("[-+].*", "").split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major == 0 ? ">=0." + minor + ".0 <0." + (minor + 1) + ".0" : ">=" + major + "." + minor + ".0 <" + (major + 1) + ".0.0";
        } catch (NumberFormatException e) {
            return version;
        }
    }

    /** The private key and the public key beside it ({@code x.key} → {@code x.pub}), checked to belong together. */
    static KeyPair keyPair(CommandLine commandLine, Path privateFile) throws PackException {
        if (!Files.isRegularFile(privateFile)) {
            throw new ParameterException(commandLine, "no such key file: " + privateFile);
        }
        String name = privateFile.getFileName().toString();
        Path publicFile = privateFile.resolveSibling((name.endsWith(".key") ? name.substring(0, name.length() - 4) : name) + ".pub");
        if (!Files.isRegularFile(publicFile)) {
            throw new ParameterException(commandLine, "the public key " + publicFile + " is not beside " + privateFile
                    + " (the pack names its signer by the public key's id)");
        }
        KeyPair keys = new KeyPair(PackKeys.readPublic(publicFile), PackKeys.readPrivate(privateFile));
        try {
            java.security.Signature s = java.security.Signature.getInstance(PackKeys.ALGORITHM);
            s.initSign(keys.getPrivate());
            s.update(new byte[] {42});
            byte[] sig = s.sign();
            s.initVerify(keys.getPublic());
            s.update(new byte[] {42});
            if (!s.verify(sig)) {
                throw new PackException(PackException.BAD_KEY, publicFile + " is not the public key of " + privateFile);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new PackException(PackException.BAD_KEY, "cannot sign with " + privateFile + " (" + e.getMessage() + ")", e);
        }
        return keys;
    }

    static int fail(CommandSpec spec, PackException e) {
        spec.commandLine().getErr().println("guidepost: error: " + e.code() + " " + e.getMessage());
        spec.commandLine().getErr().flush();
        return GuidepostCommand.USAGE;
    }
}
