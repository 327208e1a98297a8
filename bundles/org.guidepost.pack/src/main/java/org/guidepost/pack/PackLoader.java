package org.guidepost.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.engine.RuleSource;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;

/**
 * Turns a verified {@link Pack} into the {@link GuidelineSources} of its main project, in memory (nothing is extracted
 * to disk), merging what it extends as the engine does for a project on disk: inherited clauses, rules and lexicons
 * first, severities overridden, rules switched off, a lexicon of an inherited name adding its terms.
 */
public final class PackLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private PackLoader() {
    }

    /** The sources of the pack's main project. */
    public static GuidelineSources sources(Pack pack) throws PackException {
        return sources(pack.entries(), pack.main());
    }

    static GuidelineSources sources(Map<String, byte[]> entries, String main) throws PackException {
        return load(entries, main, new LinkedHashSet<>());
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

    private static GuidelineSources load(Map<String, byte[]> entries, String folder, Set<String> chain) throws PackException {
        if (!chain.add(folder)) {
            throw new PackException(PackException.DOES_NOT_COMPILE, "'extends' goes round in a circle in the pack: "
                    + String.join(" -> ", chain) + " -> " + folder);
        }
        String guidelineFile = folder + "/" + GuidelineProjects.GUIDELINE_FILE;
        byte[] guidelineBytes = entries.get(guidelineFile);
        if (guidelineBytes == null) {
            throw new PackException(PackException.DOES_NOT_COMPILE, "the pack has no " + guidelineFile);
        }
        Guideline own = parse(guidelineBytes, guidelineFile, Guideline.class);
        List<RuleSource> rules = new ArrayList<>();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>(own.disabledRules());
        Map<String, Clause> clauses = new LinkedHashMap<>();
        if (own.extendsPath() != null) {
            String parentFolder = resolve(folder, own.extendsPath());
            if (parentFolder == null || !entries.containsKey(parentFolder + "/" + GuidelineProjects.GUIDELINE_FILE)) {
                throw new PackException(PackException.DOES_NOT_COMPILE, guidelineFile + ": 'extends: " + own.extendsPath()
                        + "' names no project in the pack");
            }
            GuidelineSources parent = load(entries, parentFolder, chain);
            rules.addAll(parent.rules());
            parent.lexicons().forEach(l -> lexicons.put(l.name(), l));
            disabled.addAll(parent.disabledRules());
            parent.guideline().clauses().forEach(c -> clauses.put(c.id(), c));
            own.severities().forEach((clauseId, severity) -> {
                Clause inherited = clauses.get(clauseId);
                if (inherited != null) {
                    clauses.put(clauseId, new Clause(inherited.id(), inherited.title(), inherited.text(), severity,
                            inherited.source(), inherited.remediation()));
                }
            });
        }
        for (Clause clause : own.clauses()) {
            clauses.putIfAbsent(clause.id(), clause);
        }
        String rulesPrefix = folder + "/rules/";
        String lexiconsPrefix = folder + "/lexicons/";
        Set<String> ownLexicons = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String path = entry.getKey();
            if (directlyIn(path, rulesPrefix, ".drl")) {
                rules.add(new RuleSource(path, new String(entry.getValue(), StandardCharsets.UTF_8)));
            } else if (directlyIn(path, lexiconsPrefix, ".yaml")) {
                Lexicon lexicon = parse(entry.getValue(), path, Lexicon.class);
                if (!ownLexicons.add(lexicon.name())) {
                    throw new PackException(PackException.DOES_NOT_COMPILE, path + ": another lexicon of "
                            + folder + " is also named '" + lexicon.name() + "'");
                }
                Lexicon inherited = lexicons.get(lexicon.name());
                lexicons.put(lexicon.name(), inherited == null ? lexicon : inherited.plus(lexicon.terms()));
            }
        }
        Guideline effective = new Guideline(own.id(), own.title(), own.version(), own.publisher(), own.language(),
                own.extendsPath(), List.copyOf(clauses.values()), own.severities(), List.copyOf(disabled));
        return new GuidelineSources(guidelineFile, new String(guidelineBytes, StandardCharsets.UTF_8), effective, rules,
                List.copyOf(lexicons.values()), disabled);
    }

    private static boolean directlyIn(String path, String prefix, String suffix) {
        return path.startsWith(prefix) && path.endsWith(suffix) && path.indexOf('/', prefix.length()) < 0;
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

    private static <T> T parse(byte[] bytes, String path, Class<T> type) throws PackException {
        try {
            T value = YAML.readValue(bytes, type);
            if (value == null) {
                throw new PackException(PackException.DOES_NOT_COMPILE, path + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new PackException(PackException.DOES_NOT_COMPILE, path + " cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
