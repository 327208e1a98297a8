package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.guidepost.ui.drl.DrlEditor;
import org.guidepost.ui.editors.GuidepostTextEditor;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.editors.SourceFormEditor;
import org.guidepost.ui.workspace.OpenInEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a rule file or a guideline YAML replaces the file in one step (a new file moved over the old one). */
class AtomicSaveTest {
    private IWorkbenchPage page;
    private String rulesProperty;
    @TempDir
    Path rules;
    private Path project;

    @BeforeEach
    void linkAFixtureProject() throws Exception {
        page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
        project = GuidepostProjects.copyFixture("clinic", rules);
        GuidepostProjects.useRules(rules);
    }

    @AfterEach
    void restore() {
        page.closeAllEditors(false);
        GuidepostProjects.useRules(Path.of(rulesProperty));
    }

    @Test
    void drlAndYamlEditorsSaveThroughATemporaryFileAndAMove() throws Exception {
        for (Path file : List.of(project.resolve("rules/privacy.drl"), project.resolve("guideline.yaml"),
                project.resolve("lexicons/health-information-requests.yaml"), project.resolve("tests/privacy.yaml"))) {
            IEditorPart editor = OpenInEditor.open(page, file);
            assertInstanceOf(IFileEditorInput.class, editor.getEditorInput());
            // the form editors (guideline, lexicon) save through their Source page's text editor
            ITextEditor text = editor instanceof SourceFormEditor<?> form ? form.sourceEditor()
                    : assertInstanceOf(ITextEditor.class, editor);
            assertTrue(text instanceof DrlEditor || text instanceof GuidepostTextEditor, text.getClass().getName());
            Object inodeBefore = Files.getAttribute(file, "unix:ino");
            IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
            document.replace(0, 0, "# saved by AtomicSaveTest\n");
            assertTrue(editor.isDirty());

            editor.doSave(new NullProgressMonitor());

            assertFalse(editor.isDirty(), file + " still dirty");
            assertTrue(Files.readString(file).startsWith("# saved by AtomicSaveTest\n"), file.toString());
            // the platform writes in place (same inode); an atomic save moves a new file over the old one
            assertNotEquals(inodeBefore, Files.getAttribute(file, "unix:ino"), file + " was written in place");
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
            }
            // the workspace knows the new contents: editing again and saving again works without a conflict
            document.replace(0, 0, "# again\n");
            editor.doSave(new NullProgressMonitor());
            assertFalse(editor.isDirty());
            assertTrue(Files.readString(file).startsWith("# again\n# saved by AtomicSaveTest\n"));
            page.closeEditor(editor, false);
        }
    }
}
