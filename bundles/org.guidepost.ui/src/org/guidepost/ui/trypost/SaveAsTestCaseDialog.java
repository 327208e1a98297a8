package org.guidepost.ui.trypost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.guidepost.model.Clause;
import org.guidepost.model.Communication;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;

/**
 * Save as Test Case: the case's name, a note, the test file, and the clauses it must raise — those found ticked, any
 * other the user expects tickable (a case can also prove a near miss: nothing ticked).
 */
final class SaveAsTestCaseDialog extends TitleAreaDialog {
    static final String DEFAULT_FILE = "try-a-post.yaml";
    private final Path project;
    private final Communication communication;
    private final Report report;
    private final Map<String, Clause> clauses;
    private Text name;
    private Text note;
    private Combo file;
    private CheckboxTableViewer expected;
    private String caseName;
    private String caseNote;
    private String fileName;
    private Set<String> expectedClauses = Set.of();

    SaveAsTestCaseDialog(Shell shell, Path project, Communication communication, Report report, Map<String, Clause> clauses) {
        super(shell);
        this.project = project;
        this.communication = communication;
        this.report = report;
        this.clauses = clauses;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Save as Test Case");
        setMessage("The post becomes a test case of " + project.getFileName() + " that expects exactly the ticked clauses.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        new Label(form, SWT.NONE).setText("Name:");
        name = new Text(form, SWT.BORDER);
        name.setText(suggestedName());
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(name);
        name.addModifyListener(e -> validate());

        new Label(form, SWT.NONE).setText("Note:");
        note = new Text(form, SWT.BORDER);
        note.setMessage("optional: why this case matters");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(note);

        new Label(form, SWT.NONE).setText("Test file:");
        file = new Combo(form, SWT.DROP_DOWN);
        file.setItems(testFiles().toArray(String[]::new));
        file.setText(DEFAULT_FILE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.addModifyListener(e -> validate());

        Label label = new Label(form, SWT.NONE);
        label.setText("Expects:");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        expected = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.V_SCROLL);
        expected.setContentProvider(ArrayContentProvider.getInstance());
        expected.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Clause clause = (Clause) element;
                return clause.id() + "  " + clause.title();
            }
        });
        expected.setInput(new ArrayList<>(clauses.values()));
        report.findings().stream().map(Finding::getClause).map(clauses::get).filter(java.util.Objects::nonNull)
                .forEach(c -> expected.setChecked(c, true));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(expected.getControl());
        return area;
    }

    private String suggestedName() {
        String text = communication.getText() == null ? "" : communication.getText().strip();
        String start = text.length() > 50 ? text.substring(0, 50).strip() + "…" : text;
        Set<String> found = new TreeSet<>();
        report.findings().forEach(f -> found.add(f.getClause()));
        return "\"" + start + "\" " + (found.isEmpty() ? "raises nothing" : "raises " + String.join(", ", found));
    }

    private List<String> testFiles() {
        Set<String> names = new LinkedHashSet<>();
        names.add(DEFAULT_FILE);
        try (Stream<Path> files = Files.list(project.resolve("tests"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().forEach(names::add);
        } catch (IOException e) {
            // no tests folder yet: the default file will create it
        }
        return new ArrayList<>(names);
    }

    private void validate() {
        String problem = name.getText().isBlank() ? "Give the case a name that says what it proves."
                : !file.getText().matches("[A-Za-z0-9._-]+\\.ya?ml") ? "The test file is a name like try-a-post.yaml." : null;
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        caseName = name.getText().strip();
        caseNote = note.getText().isBlank() ? null : note.getText().strip();
        fileName = file.getText().strip();
        Set<String> ticked = new TreeSet<>();
        for (Object element : expected.getCheckedElements()) {
            ticked.add(((Clause) element).id());
        }
        expectedClauses = ticked;
        super.okPressed();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    String caseName() {
        return caseName;
    }

    String note() {
        return caseNote;
    }

    String fileName() {
        return fileName;
    }

    Set<String> expectedClauses() {
        return expectedClauses;
    }
}
