package org.guidepost.ui.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.guidepost.engine.LexiconMatch;
import org.guidepost.model.Lexicon;
import org.guidepost.ui.internal.ProblemBanner;

/**
 * The Terms page of the {@link LexiconEditor}: the lexicon's name and description, its terms in a table (phrase,
 * variants, exceptions, lists as comma-separated text; edited in place), and "Try it on a sample text", which marks
 * what the lexicon matches in a sample as the user types.
 */
public class LexiconTermsPage extends FormPage {
    static final int PREVIEW_DELAY_MILLIS = 250;
    private static final RGB MATCH = new RGB(255, 226, 122);

    private final LexiconEditor editor;
    private final LexiconPreview preview = new LexiconPreview();
    private final AtomicInteger previewGeneration = new AtomicInteger();
    private volatile int previewsShown;

    private ScrolledForm form;
    private Text description;
    private TableViewer table;
    private Button add;
    private Button remove;
    private StyledText sample;
    private Label matchCount;
    /** What stops the table or a save, in full and wrapped (the form's heading has room for a few words only). */
    private ProblemBanner problemBanner;
    private String saveProblem;
    private boolean showing;

    public LexiconTermsPage(LexiconEditor editor) {
        super(editor, "terms", "Terms");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(body);

        problemBanner = new ProblemBanner(toolkit, form, body);

        Section about = toolkit.createSection(body, ExpandableComposite.TITLE_BAR);
        about.setText("Description");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(about);
        Composite aboutBody = toolkit.createComposite(about);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(aboutBody);
        description = toolkit.createText(aboutBody, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        description.setMessage("What the lexicon is about and which clauses use it");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, description.getLineHeight() * 2).applyTo(description);
        description.addModifyListener(e -> {
            if (!showing) {
                editor.setDescription(description.getText());
            }
        });
        about.setClient(aboutBody);

        // terms above, the sample below, both always visible: the sash divides what the editor has
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        toolkit.adapt(sash);
        sash.setSashWidth(6);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 300).applyTo(sash);

        Section termsSection = toolkit.createSection(sash, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        termsSection.setText("Terms");
        termsSection.setDescription("A phrase, other ways of saying it (variants), and phrases that look alike but must "
                + "not count (exceptions). Separate list items with commas; * stands for any one word.");
        Composite termsBody = toolkit.createComposite(termsSection);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(termsBody);
        createTable(toolkit, termsBody);
        Composite buttons = toolkit.createComposite(termsBody);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        add = toolkit.createButton(buttons, "&Add Term", SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> addAndEdit());
        remove = toolkit.createButton(buttons, "&Remove", SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, e -> removeSelected());
        termsSection.setClient(termsBody);

        Section trySection = toolkit.createSection(sash, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        trySection.setText("Try it on a sample text");
        trySection.setDescription("Type or paste a post: what this lexicon matches is marked, as rules will see it.");
        Composite tryBody = toolkit.createComposite(trySection);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(tryBody);
        sample = new StyledText(tryBody, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        toolkit.adapt(sample);
        sample.setMargins(4, 4, 4, 4);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, sample.getLineHeight() * 2 + 8).applyTo(sample);
        sample.addModifyListener(e -> schedulePreview());
        matchCount = toolkit.createLabel(tryBody, "Type a sample text to see what the lexicon matches.", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(matchCount);
        trySection.setClient(tryBody);
        sash.setWeights(3, 2);

        show();
    }

    private void createTable(FormToolkit toolkit, Composite parent) {
        Composite holder = toolkit.createComposite(parent);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 80).applyTo(holder);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table control = table.getTable();
        toolkit.adapt(control, false, false);
        control.setHeaderVisible(true);
        control.setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        // the columns share the width (the lists get more), so all three are always in view
        columns.setColumnData(column("Phrase", 0), new ColumnWeightData(25, 120));
        columns.setColumnData(column("Variants", 1), new ColumnWeightData(45, 160));
        columns.setColumnData(column("Exceptions", 2), new ColumnWeightData(30, 120));
        TableViewerEditor.create(table, new ColumnViewerEditorActivationStrategy(table) {
            @Override
            protected boolean isEditorActivationEvent(
                    org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        table.addSelectionChangedListener(e -> updateButtons());
        control.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
    }

    /** A row of the table: the term and where it stands in the lexicon. */
    private record Row(int index, Lexicon.Term term) {
    }

    private TableColumn column(String title, int which) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell(((Row) element).term(), which);
            }

            @Override
            public String getToolTipText(Object element) {
                String text = cell(((Row) element).term(), which);
                return text.isEmpty() ? null : text; // the whole list when the column is too narrow for it
            }
        });
        column.setEditingSupport(new EditingSupport(table) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(table.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return editor.lexicon() != null;
            }

            @Override
            protected Object getValue(Object element) {
                return cell(((Row) element).term(), which);
            }

            @Override
            protected void setValue(Object element, Object value) {
                Row row = (Row) element;
                String text = String.valueOf(value).strip();
                Lexicon.Term old = row.term();
                if (which == 0 && text.isEmpty()) {
                    showSaveProblem("A term needs a phrase: to drop the term, select it and press Remove.");
                    return;
                }
                Lexicon.Term term = which == 0 ? new Lexicon.Term(text, old.variants(), old.exceptions())
                        : which == 1 ? new Lexicon.Term(old.phrase(), split(text), old.exceptions())
                        : new Lexicon.Term(old.phrase(), old.variants(), split(text));
                editor.setTerm(row.index(), term);
            }
        });
        return column.getColumn();
    }

    private static String cell(Lexicon.Term term, int which) {
        return which == 0 ? term.phrase() : String.join(", ", which == 1 ? term.variants() : term.exceptions());
    }

    /** Comma-separated text as a list (a phrase with a comma in it cannot be written here; matching ignores commas). */
    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void addAndEdit() {
        if (editor.addTerm(new Lexicon.Term("new term", List.of(), List.of()))) {
            Object last = table.getElementAt(table.getTable().getItemCount() - 1);
            if (last != null) {
                table.editElement(last, 0);
            }
        }
    }

    private void removeSelected() {
        int[] selected = table.getTable().getSelectionIndices();
        Arrays.sort(selected);
        for (int i = selected.length - 1; i >= 0; i--) {
            Row row = (Row) table.getElementAt(selected[i]);
            editor.removeTerm(row.index());
        }
    }

    private void updateButtons() {
        boolean readable = editor.lexicon() != null;
        add.setEnabled(readable);
        remove.setEnabled(readable && !table.getStructuredSelection().isEmpty());
    }

    // ---- showing the lexicon

    /** The lexicon or the source's problem changed: show it (when the page exists) and try the sample again. */
    void lexiconChanged() {
        if (form != null && !form.isDisposed()) {
            show();
        }
    }

    private void show() {
        Lexicon lexicon = editor.lexicon();
        String problem = editor.problem();
        showing = true;
        try {
            if (lexicon != null) {
                form.setText("Lexicon " + lexicon.name());
                String text = lexicon.description() == null ? "" : lexicon.description();
                if (!description.getText().strip().equals(text)) {
                    description.setText(text);
                }
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < lexicon.terms().size(); i++) {
                    rows.add(new Row(i, lexicon.terms().get(i)));
                }
                if (!table.isCellEditorActive()) {
                    int[] selection = table.getTable().getSelectionIndices();
                    table.setInput(rows);
                    table.getTable().setSelection(selection);
                }
            }
            table.getTable().setEnabled(lexicon != null);
            description.setEnabled(lexicon != null);
            updateButtons();
            if (saveProblem != null) { // a refused save says why, and what to fix
                showProblem(saveProblem.startsWith("Not saved") ? "Not saved" : "Not changed", saveProblem);
            } else if (problem != null) {
                showProblem("The source is not a valid lexicon",
                        "The source is not a valid lexicon, so the table shows what it said last and cannot be edited: "
                                + problem + ". Fix it on the Source page.");
            } else {
                showProblem(null, null);
            }
        } finally {
            showing = false;
        }
        schedulePreview();
    }

    /** Shows why a save or an edit was refused, or clears it (null). */
    void showSaveProblem(String message) {
        saveProblem = message;
        if (form != null && !form.isDisposed()) {
            if (message != null) {
                showProblem(message.startsWith("Not saved") ? "Not saved" : "Not changed", message);
            } else if (editor.problem() == null) {
                showProblem(null, null);
            }
        }
    }

    /** A few words in the form's heading, the whole problem wrapped above the description; nulls clear both. */
    private void showProblem(String heading, String detail) {
        problemBanner.show(heading, detail);
    }

    /** The problem shown at the top of the page (the source cannot be read, a save was refused), or null. */
    public String message() {
        return problemBanner == null || problemBanner.text().isEmpty() ? null : problemBanner.text();
    }

    // ---- the preview

    public StyledText sampleText() {
        return sample;
    }

    /** The line saying how many matches the sample has. */
    public String matchSummary() {
        return matchCount.getText();
    }

    /** How many previews were shown (tests wait for the next one). */
    public int previewsShown() {
        return previewsShown;
    }

    public TableViewer table() {
        return table;
    }

    /** Finds the matches again a moment after the last change to the sample or the lexicon. */
    private void schedulePreview() {
        if (sample == null || sample.isDisposed()) {
            return;
        }
        int mine = previewGeneration.incrementAndGet();
        Display display = sample.getDisplay();
        display.timerExec(PREVIEW_DELAY_MILLIS, () -> {
            if (mine == previewGeneration.get() && !sample.isDisposed()) {
                runPreview(mine);
            }
        });
    }

    private void runPreview(int mine) {
        Lexicon lexicon = editor.lexicon();
        String text = sample.getText();
        Display display = sample.getDisplay();
        if (lexicon == null) {
            return; // the header says why
        }
        Job job = new Job("Matching lexicon " + lexicon.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<LexiconMatch> matches;
                String failure = null;
                try {
                    matches = preview.matches(lexicon, text);
                } catch (RuntimeException | LinkageError e) {
                    matches = List.of();
                    failure = "The preview failed: " + e.getMessage();
                }
                List<LexiconMatch> found = matches;
                String problem = failure;
                display.asyncExec(() -> {
                    if (mine == previewGeneration.get() && !sample.isDisposed() && text.equals(sample.getText())) {
                        showMatches(found, problem);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void showMatches(List<LexiconMatch> matches, String problem) {
        List<StyleRange> ranges = new ArrayList<>();
        int end = 0;
        int length = sample.getCharCount();
        for (LexiconMatch match : matches) {
            if (match.getStart() >= end && match.getEnd() <= length && match.getStart() < match.getEnd()) {
                StyleRange range = new StyleRange(match.getStart(), match.getEnd() - match.getStart(), null,
                        new Color(MATCH));
                range.fontStyle = SWT.BOLD;
                ranges.add(range);
                end = match.getEnd(); // StyledText refuses overlapping ranges: the first one wins
            }
        }
        sample.setStyleRanges(ranges.toArray(new StyleRange[0]));
        if (problem != null) {
            matchCount.setText(problem);
        } else if (sample.getCharCount() == 0) {
            matchCount.setText("Type a sample text to see what the lexicon matches.");
        } else if (matches.isEmpty()) {
            matchCount.setText("No matches.");
        } else {
            matchCount.setText(matches.size() + (matches.size() == 1 ? " match: " : " matches: ")
                    + matches.stream().map(m -> "\u201c" + m.getExcerpt() + "\u201d (" + m.getTerm() + ")")
                            .collect(Collectors.joining(", ")));
        }
        matchCount.getParent().layout();
        previewsShown++;
    }
}
