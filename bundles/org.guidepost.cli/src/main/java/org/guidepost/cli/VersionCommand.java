package org.guidepost.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code guidepost version}: the Guidepost, Java and Drools versions, one a line. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Print the Guidepost, Java and Drools versions.")
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Versions.lines().forEach(out::println);
        out.flush();
        return GuidepostCommand.OK;
    }
}
