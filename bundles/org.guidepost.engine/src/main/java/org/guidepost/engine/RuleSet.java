package org.guidepost.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.guidepost.model.Communication;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Finding;
import org.kie.api.runtime.KieSession;

/**
 * Compiled rules, ready to evaluate communications. Immutable and safe to share between threads: each
 * evaluation runs in a session of its own.
 */
public final class RuleSet {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getClause)
            .thenComparing(Finding::getRule).thenComparing(Finding::getMessage);

    private final InternalKnowledgeBase knowledgeBase;
    private final ClassLoader loader;
    private final List<Diagnostic> warnings;

    RuleSet(InternalKnowledgeBase knowledgeBase, ClassLoader loader, List<Diagnostic> warnings) {
        this.knowledgeBase = knowledgeBase;
        this.loader = loader;
        this.warnings = List.copyOf(warnings);
    }

    /** Problems that did not stop compilation. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The names of the compiled rules, sorted. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        knowledgeBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        names.sort(null);
        return names;
    }

    /** Fires the rules on one communication (and any other facts) and returns the findings, in a stable order. */
    public List<Finding> evaluate(Communication communication, Object... otherFacts) {
        try {
            return RuleEngine.withContextLoader(loader, () -> fire(communication, otherFacts));
        } catch (RuleCompilationException e) {
            throw new IllegalStateException(e); // evaluation never compiles
        }
    }

    private List<Finding> fire(Communication communication, Object... otherFacts) {
        KieSession session = knowledgeBase.newKieSession();
        try {
            session.insert(communication);
            for (Object fact : otherFacts) {
                session.insert(fact);
            }
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (Object fact : session.getObjects(Finding.class::isInstance)) {
                findings.add((Finding) fact);
            }
            findings.sort(ORDER);
            return findings;
        } finally {
            session.dispose();
        }
    }
}
