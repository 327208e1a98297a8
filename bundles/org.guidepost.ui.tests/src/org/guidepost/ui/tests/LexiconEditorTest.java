package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.lexicon.LexiconEditor;
import org.guidepost.ui.lexicon.LexiconTermsPage;
import org.guidepost.ui.lexicon.LexiconYaml;
import org.guidepost.ui.workspace.OpenInEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lexicon editor: terms table and source in step, the live preview, saving valid YAML that keeps comments. */
class LexiconEditorTest {
    private static final String HEADER = "# Reviewed by the privacy committee, 2026-03.\n";
    private IWorkbenchPage page;
    private String rulesProperty;
    @TempDir
    Path rules;
    private Path lexiconFile;

    @BeforeEach
    void linkAFixtureProject() throws Exception {
        page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        lexiconFile = project.resolve("lexicons/health-information-requests.yaml");
        Files.writeString(lexiconFile, HEADER + Files.readString(lexiconFile));
        GuidepostProjects.useRules(rules);
    }

    @AfterEach
    void restore() {
        page.closeAllEditors(false);
        GuidepostProjects.useRules(Path.of(rulesProperty));
    }

    @Test
    void addingATermPreviewsItSavesItAndKeepsTheComments() throws Exception {
        LexiconEditor editor = assertInstanceOf(LexiconEditor.class, OpenInEditor.open(page, lexiconFile));
        LexiconTermsPage terms = editor.termsPage();
        assertEquals("health-information-requests", editor.lexicon().name());
        assertEquals(3, terms.table().getTable().getItemCount());
        assertFalse(editor.isDirty());

        assertTrue(editor.addTerm(new Lexicon.Term("upload your x-ray", List.of("post your scan"),
                List.of("don't upload your x-ray"))));
        assertTrue(editor.isDirty());
        assertEquals(4, terms.table().getTable().getItemCount());
        assertEquals("upload your x-ray", terms.table().getTable().getItem(3).getText(0));
        assertEquals("post your scan", terms.table().getTable().getItem(3).getText(1));

        // the preview uses the engine's matcher: "X-rays" (hyphen, plural) matches; "scan" via the variant
        String sample = "Please upload your X-rays before the visit, or post your scans.";
        int before = terms.previewsShown();
        terms.sampleText().setText(sample);
        UiWaits.until(() -> terms.previewsShown() > before && terms.sampleText().getText().equals(sample), 30,
                "the preview");
        StyleRange[] ranges = terms.sampleText().getStyleRanges();
        assertEquals(2, ranges.length, Arrays.toString(ranges));
        assertEquals(sample.indexOf("upload"), ranges[0].start);
        assertEquals("upload your X-rays".length(), ranges[0].length);
        assertEquals(sample.indexOf("post your scans"), ranges[1].start);
        assertEquals("post your scans".length(), ranges[1].length);
        assertTrue(terms.matchSummary().startsWith("2 matches: "), terms.matchSummary());
        editor.showTermsPage();
        Screenshots.save(page.getWorkbenchWindow().getShell(),
                UiWaits.screenshot("lexicon-editor-terms-in-perspective"));
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.save(page.getWorkbenchWindow().getShell(), UiWaits.screenshot("lexicon-editor-terms"));

        editor.doSave(new NullProgressMonitor());

        assertFalse(editor.isDirty());
        String saved = Files.readString(lexiconFile);
        assertTrue(saved.startsWith(HEADER + "name: health-information-requests\n"), saved);
        Lexicon read = GuidelineProjects.readLexicon(lexiconFile);
        assertEquals(4, read.terms().size());
        assertEquals(new Lexicon.Term("upload your x-ray", List.of("post your scan"), List.of("don't upload your x-ray")),
                read.terms().get(3));
        // the terms that were not touched are still written as they were
        assertTrue(saved.contains("  - phrase: dm * your mri\n    variants: [\"dm * your x-ray\", \"dm * your scan\","),
                saved);

        editor.showSourcePage();
        assertTrue(editor.document().get().contains("- phrase: upload your x-ray"), editor.document().get());
        // what the Source page's text widget shows
        StyledText shown = assertInstanceOf(StyledText.class, editor.sourceEditor().getAdapter(Control.class));
        assertTrue(shown.getText().contains("- phrase: upload your x-ray"), shown.getText());
        Screenshots.save(page.getWorkbenchWindow().getShell(), UiWaits.screenshot("lexicon-editor-source"));
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.closeEditor(editor, false);
    }

    @Test
    void invalidSourceIsShownOnThePageAndRefusedOnSaveWithoutLosingTheText() throws Exception {
        LexiconEditor editor = assertInstanceOf(LexiconEditor.class, OpenInEditor.open(page, lexiconFile));
        String broken = editor.document().get().replace("terms:", "terms: [unclosed");
        editor.document().set(broken);
        editor.reread();
        assertNull(editor.lexicon());
        assertNotNull(editor.problem());
        assertTrue(editor.termsPage().message().contains("GP-YAML"), editor.termsPage().message());

        editor.doSave(new NullProgressMonitor());

        assertTrue(editor.isDirty());
        assertTrue(editor.termsPage().message().startsWith("Not saved"), editor.termsPage().message());
        assertEquals(broken, editor.document().get());
        assertTrue(Files.readString(lexiconFile).contains("terms:\n"), "the file on disk is untouched");
        Screenshots.save(page.getWorkbenchWindow().getShell(), UiWaits.screenshot("lexicon-editor-invalid"));

        // fixing the source brings the table back
        editor.document().set(broken.replace("terms: [unclosed", "terms:"));
        editor.reread();
        assertEquals(3, editor.lexicon().terms().size());
        page.closeEditor(editor, false);
    }

    @Test
    void editingAShippedHandWrittenLexiconKeepsEveryLineOfTheTermsNotTouched() throws Exception {
        Path shipped = Path.of(rulesProperty, "model-social-media", "lexicons",
                "tes-testimonials.yaml");
        String text = Files.readString(shipped);
        Lexicon before = GuidelineProjects.readLexicon(shipped);
        Lexicon.Term added = new Lexicon.Term("five stars", List.of("5 stars", "five-star review"), List.of());
        String rewritten = LexiconYaml.rewrite(text, before, before.plus(List.of(added)));
        assertEquals(text + "  - phrase: five stars\n    variants: [\"5 stars\", \"five-star review\"]\n", rewritten);

        // changing the last term rewrites that term only; the comments and the terms above it stay
        List<Lexicon.Term> changed = new java.util.ArrayList<>(before.terms());
        Lexicon.Term last = changed.get(changed.size() - 1);
        changed.set(changed.size() - 1, new Lexicon.Term(last.phrase(), last.variants().subList(0, 2), List.of()));
        Lexicon after = new Lexicon(before.name(), before.description(), changed);
        String edited = LexiconYaml.rewrite(text, before, after);
        assertEquals(after, LexiconYaml.read(edited).lexicon());
        String untouched = text.substring(0, text.indexOf("  - phrase: " + last.phrase()));
        assertTrue(edited.startsWith(untouched), edited);
        assertTrue(untouched.contains("# Praise of results, usually quoted in the first person."));
    }

    @Test
    void rewritingKeepsCommentsAndFlowListsOfUntouchedTerms() throws Exception {
        String text = HEADER + "name: l\n# about l\ndescription: d\nterms:\n  # first\n  - one\n"
                + "  # second, by hand\n  - phrase: two\n    variants: [\"2\",\n               \"ii\"]   # roman\n"
                + "  - three\n";
        Lexicon before = LexiconYaml.read(text).lexicon();
        assertNotNull(before);
        Lexicon after = new Lexicon("l", "d", List.of(before.terms().get(1),
                new Lexicon.Term("three", List.of("3"), List.of()), new Lexicon.Term("four", List.of(), List.of())));
        String rewritten = LexiconYaml.rewrite(text, before, after);
        assertEquals(HEADER + "name: l\n# about l\ndescription: d\nterms:\n"
                + "  # second, by hand\n  - phrase: two\n    variants: [\"2\",\n               \"ii\"]   # roman\n"
                + "  - phrase: three\n    variants: [\"3\"]\n  - four\n", rewritten);
        assertEquals(after, LexiconYaml.read(rewritten).lexicon());
    }
}
