package org.guidepost.ui.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.ui.forms.editor.FormPage;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;
import org.guidepost.ui.editors.SourceFormEditor;

/**
 * The editor of a lexicon file ({@code lexicons/*.yaml}): a Terms page (table of terms, description, a live preview
 * on a sample text) and a Source page. A change in the table rewrites the {@code terms:} block ({@link LexiconYaml});
 * see {@link SourceFormEditor} for how the pages stay in step.
 */
public class LexiconEditor extends SourceFormEditor<Lexicon> {
    public static final String ID = "org.guidepost.ui.editors.lexicon";

    private LexiconTermsPage terms;

    @Override
    protected FormPage createFormPage() {
        terms = new LexiconTermsPage(this);
        return terms;
    }

    @Override
    protected Reading<Lexicon> read(String text) {
        LexiconYaml.Reading reading = LexiconYaml.read(text);
        return new Reading<>(reading.lexicon(), reading.ok() ? null : reading.describe());
    }

    @Override
    protected String rewrite(String text, Lexicon before, Lexicon after) {
        return LexiconYaml.rewrite(text, before, after);
    }

    @Override
    protected void modelChanged() {
        terms.lexiconChanged();
    }

    @Override
    protected void showSaveProblem(String problem) {
        terms.showSaveProblem(problem);
    }

    @Override
    protected String readBack(Path file) {
        try {
            GuidelineProjects.readLexicon(file);
            return null;
        } catch (GuidelineFormatException e) {
            return e.inFile();
        }
    }

    /** The lexicon as the text says it, or null while the text cannot be read (see {@link #problem()}). */
    public Lexicon lexicon() {
        return model();
    }

    public LexiconTermsPage termsPage() {
        return terms;
    }

    public void showTermsPage() {
        showFormPage();
    }

    // ---- the model API of the Terms page (the table, the buttons and the tests call it)

    /** Adds {@code term} after the others; false (and the page says why) when the source cannot be read now. */
    public boolean addTerm(Lexicon.Term term) {
        Lexicon current = lexicon();
        if (current == null) {
            return false;
        }
        List<Lexicon.Term> all = new ArrayList<>(current.terms());
        all.add(term);
        return apply(new Lexicon(current.name(), current.description(), all));
    }

    /** Replaces the term at {@code index}. */
    public boolean setTerm(int index, Lexicon.Term term) {
        Lexicon current = lexicon();
        if (current == null || index < 0 || index >= current.terms().size()) {
            return false;
        }
        List<Lexicon.Term> all = new ArrayList<>(current.terms());
        all.set(index, term);
        return apply(new Lexicon(current.name(), current.description(), all));
    }

    /** Removes the term at {@code index}. */
    public boolean removeTerm(int index) {
        Lexicon current = lexicon();
        if (current == null || index < 0 || index >= current.terms().size()) {
            return false;
        }
        List<Lexicon.Term> all = new ArrayList<>(current.terms());
        all.remove(index);
        return apply(new Lexicon(current.name(), current.description(), all));
    }

    public boolean setDescription(String description) {
        Lexicon current = lexicon();
        if (current == null) {
            return false;
        }
        String value = description == null || description.isBlank() ? null : description.strip();
        return apply(new Lexicon(current.name(), value, current.terms()));
    }
}
