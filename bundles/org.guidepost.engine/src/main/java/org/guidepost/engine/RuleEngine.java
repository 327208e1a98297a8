package org.guidepost.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.guidepost.engine.Findings.RuleBinding;
import org.guidepost.model.Clause;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Lexicon;
import org.guidepost.model.Severity;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles guidelines into {@link RuleSet}s: the one place in Guidepost that compiles rules. Callers never see
 * Drools types; problems come back as {@link Diagnostic}s with a stable code and a location.
 *
 * <p>Diagnostic codes:
 * <ul>
 * <li>{@value #DRL_ERROR} a rule file does not compile (syntax, unknown type or field, bad expression);
 * <li>{@value #DRL_WARNING} Drools warns about a rule file;
 * <li>{@value #MISSING_CLAUSE} a rule does not say which clause it enforces ({@code @clause("ID")});
 * <li>{@value #UNKNOWN_CLAUSE} a rule names a clause the guideline does not have;
 * <li>{@value #BAD_SEVERITY} a rule's {@code @severity} is not error, warning or info;
 * <li>{@value #DUPLICATE_RULE} two rules have the same name;
 * <li>{@value #UNENFORCED_CLAUSE} (warning) no rule enforces a clause;
 * <li>{@value #UNKNOWN_LEXICON} a rule matches a lexicon the project does not have;
 * <li>{@value #DUPLICATE_LEXICON} two lexicon files of a project have the same name;
 * <li>{@value #EXTENDS_MISSING} {@code extends} names no guideline project;
 * <li>{@value #EXTENDS_CYCLE} {@code extends} goes round in a circle;
 * <li>{@value #UNKNOWN_CLAUSE_OVERRIDE} {@code severities} names a clause that is not inherited;
 * <li>{@value #UNKNOWN_DISABLED_RULE} {@code disable} names a rule that is not inherited;
 * <li>{@value #OVERRIDE_WITHOUT_EXTENDS} {@code severities} or {@code disable} without {@code extends};
 * <li>{@value #DUPLICATE_CLAUSE} a clause id is defined twice;
 * <li>{@value #UNSAFE_RULE} a rule file uses something outside the allowed API (see {@code RuleSafety});
 * <li>{@value #PRECOMPILED_NOT_USED} (info or warning) precompiled rules could not be used, so the DRL was compiled;
 * <li>{@code GP-YAML-1}, {@code GP-YAML-2}, {@code GP-IO-1}: a project file cannot be read (see the model).
 * </ul>
 */
public final class RuleEngine {
    public static final String DRL_ERROR = "GP-DRL-1";
    public static final String DRL_WARNING = "GP-DRL-2";
    public static final String MISSING_CLAUSE = "GP-RULE-1";
    public static final String UNKNOWN_CLAUSE = "GP-RULE-2";
    public static final String BAD_SEVERITY = "GP-RULE-3";
    public static final String DUPLICATE_RULE = "GP-RULE-4";
    public static final String UNENFORCED_CLAUSE = "GP-CLAUSE-1";
    public static final String DUPLICATE_CLAUSE = "GP-CLAUSE-2";
    public static final String UNKNOWN_LEXICON = "GP-LEX-1";
    public static final String DUPLICATE_LEXICON = "GP-LEX-2";
    public static final String EXTENDS_MISSING = "GP-EXT-1";
    public static final String EXTENDS_CYCLE = "GP-EXT-2";
    public static final String UNKNOWN_CLAUSE_OVERRIDE = "GP-EXT-3";
    public static final String UNKNOWN_DISABLED_RULE = "GP-EXT-4";
    public static final String OVERRIDE_WITHOUT_EXTENDS = "GP-EXT-5";
    public static final String UNSAFE_RULE = "GP-SAFE-1";
    public static final String PRECOMPILED_NOT_USED = "GP-PRE-1";

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern LEXICON_NAME = Pattern.compile("\\blexicon\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern LEXICON_LIST = Pattern.compile("\\blexicon\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Comparator<Diagnostic> FILE_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private RuleEngine() {
    }

    /** The Drools version this engine compiles with; a precompiled rule set loads only into the same version. */
    public static String droolsVersion() {
        return PrecompiledRules.droolsVersion();
    }

    /** Reads the guideline project in {@code directory} (and what it extends) and compiles it. */
    public static Compilation compileProject(Path directory) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        GuidelineSources sources = ProjectLoader.load(directory, diagnostics);
        if (sources == null || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return new Compilation(diagnostics, null);
        }
        Compilation compiled = compile(sources);
        diagnostics.addAll(compiled.diagnostics());
        return new Compilation(diagnostics, compiled.ruleSet().orElse(null));
    }

    /** Compiles guideline sources whose rules are about the model's classes. Thread-safe. */
    public static Compilation compile(GuidelineSources sources) {
        return compile(sources, RuleEngine.class.getClassLoader());
    }

    /** Compiles guideline sources whose rules may also use classes of {@code factLoader}. Thread-safe. */
    public static Compilation compile(GuidelineSources sources, ClassLoader factLoader) {
        ClassLoader loader = DroolsClassLoader.bridging(factLoader, RuleEngine.class.getClassLoader());
        return withContextLoader(loader, () -> build(sources, loader));
    }

    /**
     * Loads a rule set from its precompiled form ({@link RuleSet#precompiled()}) and the sources it was compiled
     * from, without compiling the DRL. The sources are still checked for unsafe rules and give the clauses, lexicons
     * and rule files. When the precompiled form cannot be used (another Drools version or format, unreadable, or
     * holding classes a rule base is not made of) the DRL is compiled instead and a {@value #PRECOMPILED_NOT_USED}
     * diagnostic says why.
     *
     * <p>Only pass a precompiled form from a trusted source (a pack whose signature was verified): it is Java
     * serialisation, filtered to the classes of a rule base, but still code the publisher made.
     */
    public static Compilation load(GuidelineSources sources, byte[] precompiled) {
        ClassLoader loader = RuleEngine.class.getClassLoader();
        return withContextLoader(loader, () -> {
            List<Diagnostic> unsafe = unsafeRules(sources);
            if (!unsafe.isEmpty()) {
                return new Compilation(unsafe, null);
            }
            String incompatible = PrecompiledRules.incompatibility(precompiled);
            if (incompatible != null) {
                return compiledInstead(sources, loader, Severity.INFO, incompatible);
            }
            Collection<KiePackage> packages;
            try {
                packages = PrecompiledRules.read(precompiled, loader);
            } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
                return compiledInstead(sources, loader, Severity.WARNING, "they cannot be read (" + e + ")");
            }
            InternalKnowledgeBase knowledgeBase = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(new Properties(), loader));
            knowledgeBase.addPackages(packages);
            List<Diagnostic> diagnostics = new ArrayList<>();
            Map<String, String> fileOfRule = new HashMap<>();
            Map<String, RuleBinding> bindings = bindRules(sources, knowledgeBase, diagnostics, fileOfRule, true);
            Set<String> sourceRules = ruleNamesIn(sources);
            sourceRules.removeAll(sources.disabledRules());
            if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR) || !sourceRules.equals(bindings.keySet())) {
                return compiledInstead(sources, loader, Severity.WARNING, "they do not hold the rules of the DRL files "
                        + "(precompiled " + new TreeSet<>(bindings.keySet()) + ", DRL " + new TreeSet<>(sourceRules) + ")");
            }
            diagnostics.sort(FILE_ORDER);
            return new Compilation(diagnostics, new RuleSet(knowledgeBase, loader, sources.guideline(), bindings,
                    fileOfRule, new LexiconMatcher(sources.lexicons()), true), true);
        });
    }

    private static Compilation compiledInstead(GuidelineSources sources, ClassLoader loader, Severity severity, String why) {
        Compilation compiled = build(sources, loader);
        List<Diagnostic> diagnostics = new ArrayList<>(compiled.diagnostics());
        diagnostics.add(0, new Diagnostic(PRECOMPILED_NOT_USED, severity, sources.guidelineFile(), 0, 0,
                "the precompiled rules were not used because " + why + "; the DRL was compiled instead"));
        return new Compilation(diagnostics, compiled.ruleSet().orElse(null));
    }

    private static List<Diagnostic> unsafeRules(GuidelineSources sources) {
        // A rule pack runs inside clinics' tools: unsafe rules are refused before Drools compiles or loads anything.
        List<Diagnostic> unsafe = new ArrayList<>();
        sources.rules().forEach(source -> unsafe.addAll(RuleSafety.check(source)));
        unsafe.sort(FILE_ORDER);
        return unsafe;
    }

    private static Set<String> ruleNamesIn(GuidelineSources sources) {
        Set<String> names = new HashSet<>();
        for (RuleSource source : sources.rules()) {
            Matcher header = RULE_HEADER.matcher(source.drl());
            while (header.find()) {
                names.add(ruleName(header));
            }
        }
        return names;
    }

    private static String ruleName(Matcher header) {
        return header.group(2) != null ? header.group(2) : header.group(3) != null ? header.group(3) : header.group(4);
    }

    private static Compilation build(GuidelineSources sources, ClassLoader loader) {
        List<Diagnostic> unsafe = unsafeRules(sources);
        if (!unsafe.isEmpty()) {
            return new Compilation(unsafe, null);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(new Properties(), loader));
        for (RuleSource source : sources.rules()) {
            Resource resource = ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.name());
            builder.add(resource, ResourceType.DRL);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            diagnostics.add(toDiagnostic(result));
        }
        // After a syntax error Drools adds "Parser returned a null Package" without a line: it says nothing more.
        if (diagnostics.stream().anyMatch(d -> d.line() > 0 && d.severity() == Severity.ERROR)) {
            diagnostics.removeIf(d -> d.line() == 0 && d.message().startsWith("Parser returned a null Package"));
        }
        checkLexiconNames(sources, diagnostics);
        if (builder.hasErrors()) {
            diagnostics.sort(FILE_ORDER);
            return new Compilation(diagnostics, null);
        }
        InternalKnowledgeBase knowledgeBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(new Properties(), loader));
        knowledgeBase.addPackages(builder.getKnowledgePackages());
        Map<String, String> fileOfRule = new HashMap<>();
        Map<String, RuleBinding> bindings = bindRules(sources, knowledgeBase, diagnostics, fileOfRule, false);
        diagnostics.sort(FILE_ORDER);
        if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return new Compilation(diagnostics, null);
        }
        // Switched-off rules leave the rule base: a filter at firing time would still evaluate their conditions.
        knowledgeBase.getKiePackages().forEach(p -> p.getRules().stream()
                .filter(rule -> sources.disabledRules().contains(rule.getName())).toList()
                .forEach(rule -> knowledgeBase.removeRule(p.getName(), rule.getName())));
        bindings.keySet().removeAll(sources.disabledRules());
        return new Compilation(diagnostics, new RuleSet(knowledgeBase, loader, sources.guideline(), bindings,
                fileOfRule, new LexiconMatcher(sources.lexicons())));
    }

    /** Ties each rule to its clause and severity, and checks the guideline's clauses are all enforced. */
    private static Map<String, RuleBinding> bindRules(GuidelineSources sources, InternalKnowledgeBase knowledgeBase,
            List<Diagnostic> diagnostics, Map<String, String> fileOfRule, boolean disabledAlreadyRemoved) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        sources.guideline().clauses().forEach(c -> clauses.put(c.id(), c));
        Map<String, RuleSource> sourceOfRule = new HashMap<>();
        Map<String, Integer> lineOfRule = new HashMap<>();
        for (RuleSource source : sources.rules()) {
            Matcher header = RULE_HEADER.matcher(source.drl());
            while (header.find()) {
                String name = ruleName(header);
                if (sourceOfRule.putIfAbsent(name, source) != null) {
                    diagnostics.add(new Diagnostic(DUPLICATE_RULE, Severity.ERROR, source.name(),
                            lineAt(source.drl(), header.start(1)), 1, "rule \"" + name + "\" is also defined in "
                            + sourceOfRule.get(name).name() + "; give each rule a name of its own"));
                }
                lineOfRule.putIfAbsent(name, lineAt(source.drl(), header.start(1)));
            }
        }
        Map<String, RuleBinding> bindings = new LinkedHashMap<>();
        knowledgeBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            RuleSource source = sourceOfRule.get(rule.getName());
            String file = source == null ? "<rules>" : source.name();
            fileOfRule.put(rule.getName(), file);
            int line = lineOfRule.getOrDefault(rule.getName(), 0);
            RuleBinding binding = bind(rule, clauses, file, line, diagnostics);
            if (binding != null) {
                bindings.put(rule.getName(), binding);
            }
        }));
        for (String disabled : sources.disabledRules()) {
            if (!disabledAlreadyRemoved && !bindings.containsKey(disabled)) {
                int line = lineOf(sources.guidelineText(), disabled);
                diagnostics.add(new Diagnostic(UNKNOWN_DISABLED_RULE, Severity.ERROR, sources.guidelineFile(), line,
                        line > 0 ? 1 : 0,
                        "'disable' names rule \"" + disabled + "\", which no inherited rule file defines"));
            }
        }
        Set<String> enforced = bindings.values().stream().filter(b -> !sources.disabledRules().contains(b.rule()))
                .map(b -> b.clause().id()).collect(Collectors.toSet());
        for (Clause clause : clauses.values()) {
            if (!enforced.contains(clause.id())) {
                int line = lineOf(sources.guidelineText(), "id: " + clause.id());
                diagnostics.add(new Diagnostic(UNENFORCED_CLAUSE, Severity.WARNING, sources.guidelineFile(), line,
                        line > 0 ? 1 : 0,
                        "no rule enforces clause " + clause.id() + " (" + clause.title() + "); add a rule with @clause(\""
                                + clause.id() + "\")"));
            }
        }
        return bindings;
    }

    private static RuleBinding bind(Rule rule, Map<String, Clause> clauses, String file, int line,
            List<Diagnostic> diagnostics) {
        Object clauseId = rule.getMetaData().get("clause");
        if (clauseId == null || clauseId.toString().isBlank()) {
            diagnostics.add(new Diagnostic(MISSING_CLAUSE, Severity.ERROR, file, line, 1, "rule \"" + rule.getName()
                    + "\" does not say which clause it enforces; add @clause(\"ID\") after its name"));
            return null;
        }
        Clause clause = clauses.get(unquote(clauseId));
        if (clause == null) {
            diagnostics.add(new Diagnostic(UNKNOWN_CLAUSE, Severity.ERROR, file, line, 1, "rule \"" + rule.getName()
                    + "\" enforces clause " + unquote(clauseId) + ", which the guideline does not have (clauses: "
                    + String.join(", ", clauses.keySet()) + ")"));
            return null;
        }
        Severity severity = clause.severity();
        Object declared = rule.getMetaData().get("severity");
        if (declared != null) {
            try {
                severity = Severity.of(unquote(declared).toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                diagnostics.add(new Diagnostic(BAD_SEVERITY, Severity.ERROR, file, line, 1, "rule \"" + rule.getName()
                        + "\": " + e.getMessage()));
                return null;
            }
        }
        return new RuleBinding(rule.getName(), clause, severity);
    }

    /** Rules match lexicons by name in strings; a misspelt name would silently never match. */
    private static void checkLexiconNames(GuidelineSources sources, List<Diagnostic> diagnostics) {
        Set<String> known = sources.lexicons().stream().map(Lexicon::name).collect(Collectors.toSet());
        for (RuleSource source : sources.rules()) {
            List<int[]> names = new ArrayList<>(); // start, end of each quoted lexicon name
            Matcher single = LEXICON_NAME.matcher(source.drl());
            while (single.find()) {
                names.add(new int[] {single.start(1), single.end(1)});
            }
            Matcher list = LEXICON_LIST.matcher(source.drl());
            while (list.find()) {
                Matcher quoted = QUOTED.matcher(list.group(1));
                while (quoted.find()) {
                    names.add(new int[] {list.start(1) + quoted.start(1), list.start(1) + quoted.end(1)});
                }
            }
            for (int[] at : names) {
                String name = source.drl().substring(at[0], at[1]);
                if (!known.contains(name)) {
                    diagnostics.add(new Diagnostic(UNKNOWN_LEXICON, Severity.ERROR, source.name(),
                            lineAt(source.drl(), at[0]), columnAt(source.drl(), at[0]), "no lexicon is named '" + name
                            + "' (lexicons: " + (known.isEmpty() ? "none" : String.join(", ", known.stream().sorted().toList()))
                            + "); add lexicons/" + name + ".yaml or fix the name"));
                }
            }
        }
    }

    private static String unquote(Object value) {
        String text = value.toString().trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /** The line of the first occurrence of {@code needle}, or 0. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : lineAt(text, at);
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnAt(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    private static Diagnostic toDiagnostic(KnowledgeBuilderResult result) {
        boolean error = result.getSeverity() == ResultSeverity.ERROR;
        String file = result.getResource() != null && result.getResource().getSourcePath() != null
                ? result.getResource().getSourcePath() : "<rules>";
        String message = result.getMessage() == null ? "" : result.getMessage().trim();
        int line = 0;
        int column = 0;
        Matcher at = LINE_COLUMN.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1; // Drools' parser counts columns from 0
        } else if (result.getLines() != null && result.getLines().length > 0 && result.getLines()[0] > 0) {
            line = result.getLines()[0];
        }
        return new Diagnostic(error ? DRL_ERROR : DRL_WARNING, error ? Severity.ERROR : Severity.WARNING,
                file, line, column, message.replaceAll("\\s+", " "));
    }

    /**
     * Runs a Drools call with {@code loader} as the context class loader: Drools finds its services through
     * it, and caches a failed lookup for the life of the JVM, so it must be right on the first call.
     */
    static <T> T withContextLoader(ClassLoader loader, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
