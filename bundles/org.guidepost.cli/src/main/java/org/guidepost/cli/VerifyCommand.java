package org.guidepost.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.Callable;
import org.guidepost.pack.Pack;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code guidepost verify FILE --trust PUBLIC-KEY}: whether a rule pack is intact and signed by a trusted key. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a rule pack: every entry matches the manifest's SHA-256 and size, nothing is added or "
                + "missing, and the manifest is signed by a trusted key. Prints 'valid: signed by <key id>' or exactly why not."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "1:invalid (unsigned, unknown key, bad signature, changed, added or missing entry, "
                + "or not a readable pack)", "2:bad usage, or a trusted key file that cannot be read"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The pack file (.gpack).")
    Path file;

    @Option(names = "--trust", required = true, paramLabel = "PUBLIC-KEY",
            description = "A trusted public key file (guidepost.pub), or a folder of *.pub files.")
    Path trust;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        Map<String, PublicKey> trusted;
        try {
            trusted = trustedKeys(spec, trust);
        } catch (PackException e) {
            return PackCommand.fail(spec, e);
        }
        try {
            Pack pack = new PackReader().read(file);
            String keyId = pack.verify(trusted);
            spec.commandLine().getOut().println("valid: signed by " + keyId + " (" + pack.id() + " " + pack.version() + ", "
                    + pack.paths().size() + " entries)");
            spec.commandLine().getOut().flush();
            return GuidepostCommand.OK;
        } catch (PackException e) {
            spec.commandLine().getOut().println("invalid: " + e.code() + " " + e.getMessage());
            spec.commandLine().getOut().flush();
            return GuidepostCommand.FINDINGS;
        }
    }

    static Map<String, PublicKey> trustedKeys(CommandSpec spec, Path trust) throws PackException {
        if (!Files.exists(trust)) {
            throw new ParameterException(spec.commandLine(), "no such public key file or folder: " + trust);
        }
        return PackKeys.trusted(trust);
    }
}
