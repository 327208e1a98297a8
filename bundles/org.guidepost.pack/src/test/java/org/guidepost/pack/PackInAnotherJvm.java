package org.guidepost.pack;

import java.nio.file.Path;

/** Packs a project in a JVM of its own, for {@link PackTest}: identity hash codes differ from JVM to JVM. */
public final class PackInAnotherJvm {
    private PackInAnotherJvm() {
    }

    public static void main(String[] args) throws Exception {
        new PackWriter().write(Path.of(args[0]), Path.of(args[1]));
    }
}
