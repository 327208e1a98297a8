package org.guidepost.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guidepost.model.Guideline;
import org.guidepost.model.Lexicon;

/**
 * Everything a guideline compiles from, already read: the effective guideline (a variant's clauses merged
 * with those it extends, severities overridden), the rule files, the lexicons, and the rules switched off.
 * The workbench builds one from unsaved editor contents; {@link RuleEngine#compileProject} from disk.
 *
 * @param guidelineFile how diagnostics name the guideline file, e.g. {@code rules/x/guideline.yaml}
 * @param guidelineText the text of that file (to place diagnostics about clauses on their lines)
 * @param guideline     the effective guideline
 * @param rules         every rule file, inherited ones first
 * @param lexicons      every lexicon, a variant's added terms merged in
 * @param disabledRules names of inherited rules switched off
 */
public record GuidelineSources(String guidelineFile, String guidelineText, Guideline guideline, List<RuleSource> rules, List<Lexicon> lexicons,
        Set<String> disabledRules) {

    public GuidelineSources {
        Objects.requireNonNull(guidelineFile, "guidelineFile");
        guidelineText = guidelineText == null ? "" : guidelineText;
        Objects.requireNonNull(guideline, "guideline");
        rules = List.copyOf(rules);
        lexicons = List.copyOf(lexicons);
        disabledRules = Set.copyOf(disabledRules);
    }

    /**
     * Reads the guideline project in {@code directory} and what it extends, adding what cannot be read to
     * {@code diagnostics}; null when the project cannot be read at all.
     */
    public static GuidelineSources read(java.nio.file.Path directory, List<org.guidepost.model.Diagnostic> diagnostics) {
        return ProjectLoader.load(directory, diagnostics);
    }
}
