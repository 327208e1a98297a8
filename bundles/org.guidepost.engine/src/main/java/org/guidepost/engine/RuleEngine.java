package org.guidepost.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rules into a {@link RuleSet}: the one place in Guidepost that compiles rules. Callers never see
 * Drools types; problems come back as {@link Diagnostic}s with a stable code and a location.
 */
public final class RuleEngine {
    /** A DRL file does not compile (syntax, unknown type or field, bad expression). */
    public static final String DRL_ERROR = "GP-DRL-1";
    /** Drools warns about a DRL file (it compiles). */
    public static final String DRL_WARNING = "GP-DRL-2";

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");

    private RuleEngine() {
    }

    /** Compiles rules about the model's classes. */
    public static RuleSet compile(List<RuleSource> sources) throws RuleCompilationException {
        return compile(sources, RuleEngine.class.getClassLoader());
    }

    /**
     * Compiles rules whose fact classes are loaded by {@code factLoader} (the model's classes are always
     * visible). Thread-safe; the result is immutable.
     */
    public static RuleSet compile(List<RuleSource> sources, ClassLoader factLoader) throws RuleCompilationException {
        ClassLoader loader = DroolsClassLoader.bridging(factLoader, RuleEngine.class.getClassLoader());
        return withContextLoader(loader, () -> build(sources, loader));
    }

    private static RuleSet build(List<RuleSource> sources, ClassLoader loader) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(new Properties(), loader));
        for (RuleSource source : sources) {
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
        if (builder.hasErrors()) {
            throw new CompilationFailure(diagnostics);
        }
        InternalKnowledgeBase knowledgeBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(new Properties(), loader));
        knowledgeBase.addPackages(builder.getKnowledgePackages());
        return new RuleSet(knowledgeBase, loader, diagnostics);
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
    static <T> T withContextLoader(ClassLoader loader, Supplier<T> call) throws RuleCompilationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.get();
        } catch (CompilationFailure failure) {
            throw new RuleCompilationException(failure.diagnostics);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Carries diagnostics out of the supplier; turned into the checked exception above. */
    private static final class CompilationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> diagnostics;

        CompilationFailure(List<Diagnostic> diagnostics) {
            super(null, null, false, false);
            this.diagnostics = diagnostics;
        }
    }
}
