package org.guidepost.ui.guideline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.Severity;
import org.guidepost.testing.Traceability;
import org.guidepost.testing.Traceability.ClauseTrace;
import org.guidepost.ui.internal.ProblemBanner;
import org.guidepost.ui.traceability.ClauseTraceabilityView;

/**
 * The Clauses page of the {@link GuidelineEditor}: the guideline's title, version and publisher; its clauses in a
 * table (id, severity, title) with Add, Remove, Up and Down; the selected clause's fields beside the table, written to
 * the file as they are typed (a field that is not valid yet is marked and not written); and below them the selected
 * clause's traceability: the rules that enforce it, the cases that raise it, its near misses and its gaps.
 */
public class ClausesPage extends FormPage {
    private static final String[] SEVERITIES = {"error", "warning", "info"};

    private final GuidelineEditor editor;
    private ScrolledForm form;
    private IMessageManager messages;
    private ProblemBanner problemBanner;
    private String saveProblem;
    private boolean showing;

    private Text title;
    private Text version;
    private Text publisher;
    private Label variantNote;

    private TableViewer table;
    private Button add;
    private Button remove;
    private Button up;
    private Button down;

    private Composite details;
    private Text id;
    private Text clauseTitle;
    private Combo severity;
    private Text text;
    private Text source;
    private Text remediation;

    private Label traceSummary;
    private TreeViewer traceTree;

    public ClausesPage(GuidelineEditor editor) {
        super(editor, "clauses", "Clauses");
        this.editor = editor;
    }

    /** A row of the table: the clause and where it stands in the guideline. */
    record Row(int index, Clause clause, boolean inherited) {
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        messages = managedForm.getMessageManager();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(body);

        problemBanner = new ProblemBanner(toolkit, form, body);

        createHeader(toolkit, body);

        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        toolkit.adapt(sash);
        sash.setSashWidth(6);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 360).applyTo(sash);
        createTable(toolkit, sash);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        toolkit.adapt(right);
        right.setSashWidth(6);
        createDetails(toolkit, right);
        createTrace(toolkit, right);
        right.setWeights(3, 2);
        sash.setWeights(37, 63);
        show();
        table.getControl().setFocus();
    }

    private void createHeader(FormToolkit toolkit, Composite body) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR);
        section.setText("Guideline");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite fields = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(2, 2).spacing(8, 4).applyTo(fields);
        title = field(toolkit, fields, "Title:", 200);
        version = field(toolkit, fields, "Version:", 60);
        publisher = field(toolkit, fields, "Publisher:", 140);
        title.addModifyListener(e -> headerEdited());
        version.addModifyListener(e -> headerEdited());
        publisher.addModifyListener(e -> headerEdited());
        variantNote = toolkit.createLabel(fields, "", SWT.WRAP);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(variantNote);
        variantNote.setVisible(false);
        section.setClient(fields);
    }

    private static Text field(FormToolkit toolkit, Composite parent, String label, int width) {
        toolkit.createLabel(parent, label);
        Text field = toolkit.createText(parent, "", SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(width > 100, false).hint(width, SWT.DEFAULT).applyTo(field);
        return field;
    }

    private void createTable(FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Clauses");
        section.setDescription("In the order readers see them. Select one to edit it.");
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(client);
        Composite holder = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, true).hint(220, 120).applyTo(holder);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        toolkit.adapt(table.getTable(), false, false);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        // the icon says the severity (as in the Problems view); the title gets the room
        columns.setColumnData(column("Id", row -> row.clause().id(), row -> severityImage(row.clause().severity())),
                new ColumnWeightData(30, 90));
        columns.setColumnData(column("Title", row -> row.clause().title() + (row.inherited() ? "  (inherited)" : ""),
                row -> null), new ColumnWeightData(70, 120));
        table.addSelectionChangedListener(e -> {
            if (!showing) {
                showDetails();
                showTrace();
            }
            updateButtons();
        });

        // the buttons wrap onto a second row when the table is narrow, instead of being cut off
        Composite buttons = toolkit.createComposite(client);
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = 0;
        row.marginRight = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        buttons.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(buttons);
        add = button(toolkit, buttons, "&Add Clause");
        add.addListener(SWT.Selection, e -> {
            int index = editor.addClause();
            if (index >= 0) {
                selectIndex(index);
                id.setFocus();
                id.selectAll();
            }
        });
        remove = button(toolkit, buttons, "&Remove");
        remove.addListener(SWT.Selection, e -> removeSelected());
        up = button(toolkit, buttons, "&Up");
        up.addListener(SWT.Selection, e -> move(-1));
        down = button(toolkit, buttons, "Do&wn");
        down.addListener(SWT.Selection, e -> move(1));
        table.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
        section.setClient(client);
    }

    private static Button button(FormToolkit toolkit, Composite parent, String label) {
        return toolkit.createButton(parent, label, SWT.PUSH);
    }

    private org.eclipse.swt.widgets.TableColumn column(String heading, java.util.function.Function<Row, String> label,
            java.util.function.Function<Row, Image> image) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(heading);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((Row) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((Row) element);
            }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) {
                return ((Row) element).inherited()
                        ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
        return column.getColumn();
    }

    private void createDetails(FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Clause");
        section.setDescription("Changes are written to the file as you type; save to keep them.");
        details = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(2, 2).spacing(8, 4).applyTo(details);
        toolkit.createLabel(details, "Id:");
        id = toolkit.createText(details, "", SWT.SINGLE);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(id);
        toolkit.createLabel(details, "Severity:");
        severity = new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN);
        severity.setItems(SEVERITIES);
        toolkit.adapt(severity);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(severity);
        clauseTitle = labelled(toolkit, "Title:", SWT.SINGLE, 1);
        text = labelled(toolkit, "Text:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 4);
        text.setMessage("What the clause asks of practitioners, in the guideline's words");
        source = labelled(toolkit, "Source:", SWT.SINGLE, 1);
        source.setMessage("Where it comes from, e.g. a section of the published guideline");
        remediation = labelled(toolkit, "What to do:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 3);
        remediation.setMessage("What to do instead; shown with every finding of the clause");
        for (Text field : List.of(id, clauseTitle, text, source, remediation)) {
            field.addModifyListener(e -> clauseEdited());
        }
        severity.addListener(SWT.Selection, e -> clauseEdited());
        section.setClient(details);
    }

    private Text labelled(FormToolkit toolkit, String label, int style, int lines) {
        Label name = toolkit.createLabel(details, label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, lines > 1 ? SWT.BEGINNING : SWT.CENTER).applyTo(name);
        Text field = toolkit.createText(details, "", style);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, lines > 1)
                .hint(200, lines > 1 ? field.getLineHeight() * lines : SWT.DEFAULT).applyTo(field);
        return field;
    }

    private void createTrace(FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Traceability");
        section.setDescription("What enforces and proves the selected clause, as saved. Double-click to open.");
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(client);
        traceSummary = toolkit.createLabel(client, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(traceSummary);
        traceTree = new TreeViewer(client, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        toolkit.adapt(traceTree.getTree(), false, false);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 80).applyTo(traceTree.getControl());
        traceTree.setContentProvider(new ClauseTraceabilityView.Content());
        traceTree.setLabelProvider(new DelegatingStyledCellLabelProvider(new ClauseTraceabilityView.Labels()));
        traceTree.setAutoExpandLevel(2);
        traceTree.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            Traceability trace = editor.trace();
            if (!ClauseTraceabilityView.open(getSite().getPage(), trace == null ? null : Path.of(trace.project()),
                    element) && element != null) {
                traceTree.setExpandedState(element, !traceTree.getExpandedState(element));
            }
        });
        section.setClient(client);
    }

    // ---- edits

    private void headerEdited() {
        if (showing) {
            return;
        }
        String problem = editor.headerProblem(title.getText(), version.getText());
        messages.removeMessage("header", title);
        messages.removeMessage("header", version);
        if (problem != null) {
            messages.addMessage("header", problem, null, IMessageProvider.ERROR,
                    title.getText().isBlank() ? title : version);
            return;
        }
        editor.setHeader(title.getText(), version.getText(), publisher.getText());
    }

    private void clauseEdited() {
        Row row = selected();
        if (showing || row == null) {
            return;
        }
        if (row.inherited()) {
            editor.setInheritedSeverity(row.clause().id(),
                    Severity.valueOf(SEVERITIES[Math.max(severity.getSelectionIndex(), 0)].toUpperCase(Locale.ROOT)));
            return;
        }
        Clause edited = new Clause(id.getText().strip(), clauseTitle.getText().strip(), optional(text),
                Severity.valueOf(SEVERITIES[Math.max(severity.getSelectionIndex(), 0)].toUpperCase(Locale.ROOT)),
                optional(source), optional(remediation));
        String problem = editor.problemWith(row.index(), edited);
        for (Control control : List.of(id, clauseTitle)) {
            messages.removeMessage("clause", control);
        }
        if (problem != null) {
            messages.addMessage("clause", problem, null, IMessageProvider.ERROR,
                    edited.title().isBlank() && !problem.contains("id") ? clauseTitle : id);
            return;
        }
        editor.setClause(row.index(), edited);
    }

    private static String optional(Text field) {
        String value = field.getText().strip();
        return value.isEmpty() ? null : value;
    }

    private void removeSelected() {
        Row row = selected();
        if (row != null && !row.inherited() && editor.removeClause(row.index())) {
            Guideline g = editor.guideline();
            if (g != null && !g.clauses().isEmpty()) {
                selectIndex(Math.min(row.index(), g.clauses().size() - 1));
            }
        }
    }

    private void move(int delta) {
        Row row = selected();
        if (row != null && !row.inherited() && editor.moveClause(row.index(), delta)) {
            selectIndex(row.index() + delta);
        }
    }

    private void updateButtons() {
        boolean readable = editor.guideline() != null;
        Row row = selected();
        int count = readable ? editor.guideline().clauses().size() : 0;
        add.setEnabled(readable);
        boolean own = row != null && !row.inherited();
        remove.setEnabled(readable && own);
        up.setEnabled(readable && own && row.index() > 0);
        down.setEnabled(readable && own && row.index() < count - 1);
    }

    // ---- showing

    /** The selected row, or null. */
    Row selected() {
        Object first = table == null ? null : table.getStructuredSelection().getFirstElement();
        return first instanceof Row row ? row : null;
    }

    /** Selects the clause {@code clauseId}; false when there is none. */
    public boolean select(String clauseId) {
        if (editor.guideline() == null || table == null) {
            return false;
        }
        for (int i = 0; i < table.getTable().getItemCount(); i++) {
            if (((Row) table.getElementAt(i)).clause().id().equals(clauseId)) {
                selectIndex(i);
                return true;
            }
        }
        return false;
    }

    /** Selects the clause at {@code index} and shows its fields and trace. */
    public void selectIndex(int index) {
        if (index >= 0 && index < table.getTable().getItemCount()) {
            table.getTable().setSelection(index);
            table.getTable().showSelection();
            showDetails();
            showTrace();
            updateButtons();
        }
    }

    /** The guideline or the source's problem changed: show it (when the page exists). */
    void guidelineChanged() {
        if (form != null && !form.isDisposed()) {
            show();
        }
    }

    private void show() {
        Guideline g = editor.guideline();
        String problem = editor.problem();
        showing = true;
        try {
            if (g != null) {
                form.setText("Guideline " + g.id());
                setIfChanged(title, g.title());
                setIfChanged(version, g.version());
                setIfChanged(publisher, g.publisher());
                boolean variant = g.extendsPath() != null;
                if (variant) {
                    variantNote.setText("A variant of " + g.extendsPath() + ". Its own clauses come first; the clauses "
                            + "it inherits follow in grey: their wording is edited there, their severity here (an "
                            + "override in this variant)"
                            + (g.disabledRules().isEmpty() ? "" : "; it switches off " + g.disabledRules().size()
                                    + (g.disabledRules().size() == 1 ? " inherited rule" : " inherited rules"))
                            + ".");
                }
                ((org.eclipse.swt.layout.GridData) variantNote.getLayoutData()).exclude = !variant;
                variantNote.setVisible(variant);
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < g.clauses().size(); i++) {
                    rows.add(new Row(i, g.clauses().get(i), false));
                }
                // a variant's inherited clauses, after its own: read-only here but for their severity in this variant
                for (Clause base : editor.inheritedClauses()) {
                    if (g.clause(base.id()).isEmpty()) {
                        Severity severity = g.severities().getOrDefault(base.id(), base.severity());
                        rows.add(new Row(-1, new Clause(base.id(), base.title(), base.text(), severity, base.source(),
                                base.remediation()), true));
                    }
                }
                int selection = table.getTable().getSelectionIndex();
                table.setInput(rows);
                if (selection < 0 && !rows.isEmpty()) {
                    selection = 0;
                }
                table.getTable().setSelection(Math.min(selection, rows.size() - 1));
            }
            boolean readable = g != null;
            for (Control control : List.of(table.getTable(), title, version, publisher, id, clauseTitle, severity, text,
                    source, remediation)) {
                control.setEnabled(readable);
            }
            showDetails();
            updateButtons();
            if (saveProblem != null) {
                showProblem(saveProblem);
            } else if (problem != null) {
                showProblem("The source is not a valid guideline, so this page shows what it said last and cannot be "
                        + "edited: " + problem + ". Fix it on the Source page.");
            } else {
                showProblem(null);
            }
        } finally {
            showing = false;
        }
        showTrace();
        form.getBody().layout(true, true);
    }

    private void showDetails() {
        Row row = selected();
        boolean was = showing;
        showing = true;
        try {
            Clause clause = row == null ? null : row.clause();
            setIfChanged(id, clause == null ? "" : clause.id());
            setIfChanged(clauseTitle, clause == null ? "" : clause.title());
            setIfChanged(text, clause == null ? "" : clause.text());
            setIfChanged(source, clause == null ? "" : clause.source());
            setIfChanged(remediation, clause == null ? "" : clause.remediation());
            int index = clause == null ? -1 : List.of(SEVERITIES).indexOf(name(clause.severity()));
            if (severity.getSelectionIndex() != index) {
                if (index < 0) {
                    severity.deselectAll();
                } else {
                    severity.select(index);
                }
            }
            for (Control control : List.of(id, clauseTitle, severity, text, source, remediation)) {
                control.setEnabled(clause != null && editor.guideline() != null);
            }
            // an inherited clause is edited where it is defined; here only its severity in this variant changes
            boolean own = row == null || !row.inherited();
            for (Text field : List.of(id, clauseTitle, text, source, remediation)) {
                field.setEditable(own);
            }
            messages.removeMessages(id);
            messages.removeMessages(clauseTitle);
        } finally {
            showing = was;
        }
    }

    /** Sets a field's text unless it already says that (ignoring the spaces around it, which are not written). */
    private static void setIfChanged(Text field, String value) {
        String wanted = value == null ? "" : value;
        if (!field.getText().strip().equals(wanted.strip())) {
            field.setText(wanted);
        }
    }

    /** The trace changed (or is being made): show the selected clause's. */
    void traceChanged() {
        if (form != null && !form.isDisposed()) {
            showTrace();
        }
    }

    private void showTrace() {
        Row row = selected();
        Traceability trace = editor.trace();
        ClauseTrace clause = null;
        if (row != null && trace != null) {
            clause = trace.clauses().stream().filter(c -> c.clause().equals(row.clause().id())).findFirst().orElse(null);
        }
        String summary;
        if (row == null) {
            summary = "Select a clause to see what enforces and proves it.";
        } else if (trace == null) {
            summary = "Tracing the clauses (running the test cases)…";
        } else if (trace.clauses().isEmpty()) {
            summary = "The guideline does not compile, so nothing can be traced; see the Problems view.";
        } else if (clause == null) {
            summary = row.clause().id() + " is not in the trace yet: save to trace it.";
        } else if (row.inherited()) {
            // proven where it is defined; here only this variant's own cases count, so "gaps" would mislead
            Guideline g = editor.guideline();
            summary = "Inherited from " + (g == null ? "the project this one extends" : g.extendsPath())
                    + ", where its rules and the cases that prove it are. In this variant's own cases: "
                    + count(clause.hits().size(), "case") + " raise it, " + count(clause.nearMisses().size(), "near miss")
                    + (clause.failing().isEmpty() ? "." : ", " + count(clause.failing().size(), "failing case") + ".");
        } else if (clause.gaps().isEmpty()) {
            summary = "Enforced by " + count(clause.rules().size(), "rule") + ", raised by "
                    + count(clause.hits().size(), "case") + ", with " + count(clause.nearMisses().size(), "near miss")
                    + ". No gaps.";
        } else {
            summary = "Gaps: " + String.join("; ", clause.gaps()) + ".";
        }
        if (editor.tracing() && trace != null) {
            summary += " (Tracing again…)";
        } else if (editor.traceCancelled()) {
            summary += " (The last trace was cancelled: it is incomplete.)";
        }
        traceSummary.setText(summary);
        traceTree.setInput(clause);
        traceSummary.getParent().layout(true, true);
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("miss") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    /** Shows why a save was refused, or clears it (null). */
    void showSaveProblem(String message) {
        saveProblem = message;
        if (form != null && !form.isDisposed()) {
            showProblem(message != null ? message : editor.problem() == null ? null
                    : "The source is not a valid guideline: " + editor.problem() + ". Fix it on the Source page.");
        }
    }

    /** The whole problem wrapped at the top, a few words in the heading; null clears both. */
    private void showProblem(String detail) {
        problemBanner.show(detail == null ? null : detail.startsWith("Not saved") ? "Not saved" : "The source is not valid",
                detail);
    }

    /** The message shown at the top of the page ("" when none), for tests. */
    public String message() {
        return problemBanner == null ? "" : problemBanner.text();
    }

    /** The table of clauses, for tests. */
    public TableViewer table() {
        return table;
    }

    /** The trace summary of the selected clause, for tests. */
    public String traceSummary() {
        return traceSummary.getText();
    }

    /** The trace tree of the selected clause, for tests. */
    public TreeViewer traceTree() {
        return traceTree;
    }

    /** The field of the clause's title, for tests that type into it. */
    public Text titleField() {
        return clauseTitle;
    }

    /** The field of the clause's id, for tests that type into it. */
    public Text idField() {
        return id;
    }

    /** The severity chooser, for tests. */
    public Combo severityField() {
        return severity;
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static Image severityImage(Severity severity) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(switch (severity) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }

    @Override
    public void setFocus() {
        if (table != null) {
            table.getControl().setFocus();
        }
    }
}
