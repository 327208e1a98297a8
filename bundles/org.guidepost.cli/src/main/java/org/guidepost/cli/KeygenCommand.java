package org.guidepost.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guidepost keygen --out DIR}: an Ed25519 key pair for signing rule packs. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Make an Ed25519 key pair for signing rule packs: DIR/guidepost.key (private, PKCS#8 PEM, "
                + "readable by its owner only) and DIR/guidepost.pub (public, X.509 PEM, for --trust)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the key pair was written", "2:bad usage, or the folder already holds a key or cannot be written"})
final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the key pair (created if needed).")
    Path out;

    @Override
    public Integer call() {
        try {
            String keyId = PackKeys.generate(out);
            spec.commandLine().getOut().println("key " + keyId + ": private " + out.resolve(PackKeys.PRIVATE_FILE)
                    + " (keep it secret), public " + out.resolve(PackKeys.PUBLIC_FILE));
            spec.commandLine().getOut().flush();
            return GuidepostCommand.OK;
        } catch (PackException e) {
            return PackCommand.fail(spec, e);
        }
    }
}
