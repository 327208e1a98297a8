package org.guidepost.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.guidepost.model.Diagnostic;

/** Rules that do not compile, with every diagnostic that says why and where. */
public final class RuleCompilationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public RuleCompilationException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
