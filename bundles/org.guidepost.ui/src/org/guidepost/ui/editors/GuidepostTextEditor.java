package org.guidepost.ui.editors;

import org.eclipse.ui.editors.text.TextEditor;

/** The text editor for guideline YAML (guideline.yaml, lexicons, test cases): the platform's, saving atomically. */
public class GuidepostTextEditor extends TextEditor {
    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(new AtomicSaveDocumentProvider());
    }
}
