package org.guidepost.ui.lexicon;

import java.util.List;
import java.util.Set;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.LexiconMatch;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Guideline;
import org.guidepost.model.Lexicon;

/**
 * The matches of one lexicon in a sample text, found by the engine's own matcher (the engine compiles the lexicon
 * with no rules), so the preview shows exactly what rules see. The last compiled lexicon is kept: typing a sample
 * does not compile again. Thread-safe.
 */
final class LexiconPreview {
    private static final String FIELD = "/text";
    private Lexicon compiledLexicon;
    private RuleSet ruleSet;

    /** The matches of {@code lexicon} in {@code sample}, in text order. */
    List<LexiconMatch> matches(Lexicon lexicon, String sample) {
        if (sample == null || sample.isEmpty() || lexicon.terms().isEmpty()) {
            return List.of();
        }
        RuleSet rules = ruleSetFor(lexicon);
        Communication communication = new Communication("lexicon-preview", "facebook", "post", "clinic", sample);
        return rules.lexiconMatches(communication).stream()
                .filter(m -> FIELD.equals(m.getField()))
                .sorted(java.util.Comparator.comparingInt(LexiconMatch::getStart))
                .toList();
    }

    private synchronized RuleSet ruleSetFor(Lexicon lexicon) {
        if (ruleSet == null || !lexicon.equals(compiledLexicon)) {
            Guideline guideline = new Guideline("lexicon-preview", "Lexicon preview", "0", null, null, List.of());
            Compilation compilation = RuleEngine.compile(new GuidelineSources("lexicon-preview", "", guideline,
                    List.of(), List.of(lexicon), Set.of()));
            ruleSet = compilation.ruleSet().orElseThrow(() -> new IllegalStateException(
                    "the engine could not use the lexicon: " + compilation.diagnostics()));
            compiledLexicon = lexicon;
        }
        return ruleSet;
    }
}
