package org.guidepost.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.ProjectFiles;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;

/**
 * Turns a verified {@link Pack} into the {@link GuidelineSources} of its main project, in memory (nothing is extracted
 * to disk), merging what it extends as the engine does for a project on disk: inherited clauses, rules and lexicons
 * first, severities overridden, rules switched off, a lexicon of an inherited name adding its terms.
 */
public final class PackLoader {
    private PackLoader() {
    }

    /** The sources of the pack's main project. */
    public static GuidelineSources sources(Pack pack) throws PackException {
        return sources(pack.entries(), pack.main());
    }

    static GuidelineSources sources(Map<String, byte[]> entries, String main) throws PackException {
        return load(entries, main);
    }

    /** Compiles the pack's main project; the compilation's diagnostics name files by their path in the pack. */
    public static Compilation compile(Pack pack) throws PackException {
        return RuleEngine.compile(sources(pack));
    }

    /**
     * Loads the pack's main project from its precompiled rules when it has them for this engine's Drools version,
     * else compiles its DRL (a {@code GP-PRE-1} diagnostic says why). Use it only for a pack whose signature was
     * verified against a trusted key: the precompiled form is serialised Java objects made by the publisher.
     */
    public static Compilation loadPrecompiled(Pack pack) throws PackException {
        byte[] precompiled = pack.entries().get(PackWriter.PRECOMPILED);
        return precompiled == null ? compile(pack) : RuleEngine.load(sources(pack), precompiled);
    }

    /** The rule set of the pack's main project compiled from its DRL, refusing a pack whose rules do not compile. */
    public static RuleSet ruleSet(Pack pack) throws PackException {
        return ruleSet(pack, false);
    }

    /**
     * The rule set of the pack's main project, refusing a pack whose rules do not compile; from its precompiled
     * form when {@code usePrecompiled} (see {@link #loadPrecompiled}: only for a verified pack).
     */
    public static RuleSet ruleSet(Pack pack, boolean usePrecompiled) throws PackException {
        Compilation compilation = usePrecompiled ? loadPrecompiled(pack) : compile(pack);
        if (compilation.hasErrors()) {
            throw new PackException(PackException.DOES_NOT_COMPILE, "the rules of pack " + pack.id() + " " + pack.version()
                    + " do not compile:\n" + compilation.diagnostics().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
        return compilation.ruleSet().orElseThrow();
    }

    private static GuidelineSources load(Map<String, byte[]> entries, String folder) throws PackException {
        try {
            return ProjectFiles.load(new ProjectFiles.Source() {
                @Override
                public byte[] file(String path) {
                    return entries.get(path);
                }

                @Override
                public List<String> filesIn(String dir, String suffix) {
                    String prefix = dir + "/";
                    return entries.keySet().stream().filter(p -> p.startsWith(prefix) && p.endsWith(suffix)
                            && p.indexOf('/', prefix.length()) < 0).sorted().toList();
                }

                @Override
                public String resolve(String dir, String relative) {
                    return PackLoader.resolve(dir, relative);
                }

                @Override
                public String where() {
                    return "in the pack";
                }
            }, folder);
        } catch (ProjectFiles.ProjectFilesException e) {
            throw new PackException(PackException.DOES_NOT_COMPILE, e.getMessage(), e);
        }
    }

    /** {@code extends} resolved against a project folder of the pack, or null when it leaves {@code projects/}. */
    static String resolve(String folder, String relative) {
        List<String> parts = new ArrayList<>(List.of(folder.split("/")));
        for (String segment : relative.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        String result = String.join("/", parts);
        return result.startsWith(PackWriter.PROJECTS) && parts.size() == 2 ? result : null;
    }
}
