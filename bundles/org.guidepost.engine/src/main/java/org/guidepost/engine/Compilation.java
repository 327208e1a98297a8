package org.guidepost.engine;

import java.util.List;
import java.util.Optional;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;

/**
 * The outcome of compiling a guideline: every diagnostic (errors and warnings, in file order), and the rule
 * set when there is no error.
 */
public final class Compilation {
    private final List<Diagnostic> diagnostics;
    private final RuleSet ruleSet;
    private final boolean precompiled;

    Compilation(List<Diagnostic> diagnostics, RuleSet ruleSet) {
        this(diagnostics, ruleSet, false);
    }

    Compilation(List<Diagnostic> diagnostics, RuleSet ruleSet, boolean precompiled) {
        this.diagnostics = List.copyOf(diagnostics);
        this.ruleSet = ruleSet;
        this.precompiled = precompiled;
    }

    /** Whether the rule set was loaded from its precompiled form rather than compiled from DRL. */
    public boolean loadedPrecompiled() {
        return precompiled;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The compiled rules; empty when there are errors. */
    public Optional<RuleSet> ruleSet() {
        return Optional.ofNullable(ruleSet);
    }

    /** The compiled rules, or an exception carrying the diagnostics when there are errors. */
    public RuleSet ruleSetOrThrow() throws RuleCompilationException {
        if (ruleSet == null) {
            throw new RuleCompilationException(diagnostics);
        }
        return ruleSet;
    }
}
