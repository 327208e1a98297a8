package org.guidepost.ui.trypost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.guidepost.engine.Compilation;
import org.guidepost.model.Clause;
import org.guidepost.model.Communication;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;
import org.guidepost.testing.TestCaseWriter;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.ProjectChooser;
import org.guidepost.ui.workspace.OpenInEditor;

/**
 * Try a post: a communication written in a form (or as JSON), checked against a guideline project as the user
 * types (debounced, in a background job), with the findings listed and their evidence marked in the text. Any post
 * becomes a test case with "Save as Test Case…".
 */
public final class TryAPostView extends ViewPart {
    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.views.tryAPost";
    static final String[] CHANNELS = {"instagram", "facebook", "x", "linkedin", "tiktok", "youtube", "google-reviews",
        "website", "email", "sms", "other"};
    static final String[] KINDS = {"post", "story", "reply", "comment", "direct-message", "profile", "advertisement",
        "connection-request"};
    static final String[] ACCOUNTS = {"clinic", "professional", "personal"};
    static final String[] RELATIONSHIPS = {"", "current-patient", "former-patient", "patient-family", "prospective-patient",
        "colleague", "organization", "public", "unknown"};
    static final String[] OFFERS = {"", "discount", "free-service", "gift", "contest", "referral-reward", "package-deal"};
    private static final int DEBOUNCE_MILLIS = 300;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final RGB ERROR_MARK = new RGB(255, 205, 205);
    private static final RGB WARNING_MARK = new RGB(255, 236, 179);
    private static final RGB INFO_MARK = new RGB(210, 228, 255);

    private final CompiledProjects compiled = new CompiledProjects();
    private final AtomicInteger generation = new AtomicInteger();
    private ObjectNode communication = JSON.createObjectNode();
    private boolean updatingForm;

    private ProjectChooser projectChooser;
    private Combo channel;
    private Combo kind;
    private Combo account;
    private Button paid;
    private StyledText text;
    private Button image;
    private Button depictsPatient;
    private Button identifiable;
    private Button showsRecords;
    private Button beforeAfter;
    private Text mentionName;
    private Combo mentionRelationship;
    private Combo offerKind;
    private Text offerDescription;
    private StyledText json;
    private Label jsonStatus;
    private Label verdict;
    private TableViewer findings;
    private Button saveAsTestCase;
    private Report lastReport;
    private Communication lastCommunication;
    private Map<String, Clause> clauses = Map.of();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        projectChooser = new ProjectChooser(top, this::scheduleCheck);

        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tabs);
        CTabItem formTab = new CTabItem(tabs, SWT.NONE);
        formTab.setText("Post");
        formTab.setControl(createForm(tabs));
        CTabItem jsonTab = new CTabItem(tabs, SWT.NONE);
        jsonTab.setText("JSON");
        jsonTab.setControl(createJson(tabs));
        tabs.setSelection(formTab);

        Composite report = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(report);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(report);
        verdict = new Label(report, SWT.WRAP);
        verdict.setText("Write a post to see which clauses it breaks.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT).applyTo(verdict);
        saveAsTestCase = new Button(report, SWT.PUSH);
        saveAsTestCase.setText("Save as Test Case…");
        saveAsTestCase.setEnabled(false);
        saveAsTestCase.addListener(SWT.Selection, e -> openSaveDialog());
        createFindings(report);

        loadProjects();
        communication = starter();
        showInForm(communication);
        showJson();
    }

    private Composite createForm(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        Composite where = row(form, "Channel:", 3);
        channel = combo(where, CHANNELS);
        kind = combo(where, KINDS);
        account = combo(where, ACCOUNTS);
        channel.setToolTipText("Channel");
        kind.setToolTipText("Kind of communication");
        account.setToolTipText("Whose account posts it");
        new Label(form, SWT.NONE);
        paid = new Button(form, SWT.CHECK);
        paid.setText("Paid or sponsored");
        paid.addListener(SWT.Selection, e -> formChanged());

        Label textLabel = new Label(form, SWT.NONE);
        textLabel.setText("Text:");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(textLabel);
        text = new StyledText(form, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 110).applyTo(text);
        text.addModifyListener(e -> formChanged());

        Composite media = row(form, "Image:", 3);
        image = check(media, "attached");
        depictsPatient = check(media, "shows a patient");
        identifiable = check(media, "patient identifiable");
        showsRecords = check(media, "records visible");
        beforeAfter = check(media, "before-and-after");

        Composite mention = row(form, "Mention:", 2);
        mentionName = new Text(mention, SWT.BORDER);
        mentionName.setMessage("name or @handle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(mentionName);
        mentionName.addModifyListener(e -> formChanged());
        mentionRelationship = combo(mention, RELATIONSHIPS);
        mentionRelationship.setToolTipText("Who the mentioned person is to the clinic");

        Composite offer = row(form, "Offer:", 2);
        offerKind = combo(offer, OFFERS);
        offerDescription = new Text(offer, SWT.BORDER);
        offerDescription.setMessage("terms, e.g. 20% off the first visit until 31 March");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(offerDescription);
        offerDescription.addModifyListener(e -> formChanged());
        return form;
    }

    /** A label and a row of {@code columns} controls beside it. */
    private static Composite row(Composite form, String label, int columns) {
        new Label(form, SWT.NONE).setText(label);
        Composite row = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    private Combo combo(Composite parent, String[] items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, e -> formChanged());
        return combo;
    }

    private Button check(Composite parent, String label) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(label);
        button.addListener(SWT.Selection, e -> formChanged());
        return button;
    }

    private Composite createJson(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(box);
        json = new StyledText(box, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        json.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(json);
        json.addModifyListener(e -> jsonChanged());
        jsonStatus = new Label(box, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(jsonStatus);
        return box;
    }

    private void createFindings(Composite parent) {
        findings = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        findings.getTable().setHeaderVisible(true);
        findings.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 120).applyTo(findings.getControl());
        column("Clause", 160, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Finding finding = (Finding) element;
                Clause clause = clauses.get(finding.getClause());
                return clause == null ? finding.getClause() : finding.getClause() + " " + clause.title();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return switch (((Finding) element).getSeverity()) {
                    case ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                    case WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
                    case INFO -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
                };
            }

            @Override
            public String getToolTipText(Object element) {
                Finding finding = (Finding) element;
                return finding.getRemediation() == null ? null : "Instead: " + finding.getRemediation();
            }
        });
        column("Finding", 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).getMessage();
            }
        });
        column("Evidence", 140, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                List<Evidence> evidence = ((Finding) element).getEvidence();
                return evidence.isEmpty() ? "" : evidence.stream().map(e -> e.excerpt() != null ? "»" + e.excerpt() + "«"
                        : e.field()).reduce((a, b) -> a + ", " + b).orElse("");
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(findings);
        org.guidepost.ui.internal.TableColumns.stretch(findings.getTable(), 1);
        findings.addSelectionChangedListener(event -> {
            Object selected = event.getStructuredSelection().getFirstElement();
            if (selected instanceof Finding finding) {
                finding.getEvidence().stream().filter(e -> "/text".equals(e.field()) && e.start() != null).findFirst()
                        .ifPresent(e -> text.setSelection(e.start(), e.end()));
            }
        });
    }

    private void column(String title, int width, ColumnLabelProvider label) {
        TableViewerColumn column = new TableViewerColumn(findings, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(label);
    }

    private static ObjectNode starter() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", "try-a-post");
        node.put("channel", "instagram");
        node.put("kind", "post");
        node.putObject("account").put("type", "clinic");
        node.put("text", "");
        return node;
    }

    // ---- form <-> JSON

    private void formChanged() {
        if (updatingForm) {
            return;
        }
        ObjectNode node = communication.deepCopy();
        node.put("channel", channel.getText());
        node.put("kind", kind.getText());
        (node.get("account") instanceof ObjectNode a ? a : node.putObject("account")).put("type", account.getText());
        if (paid.getSelection()) {
            node.put("paid", true);
        } else {
            node.remove("paid");
        }
        node.put("text", text.getText());
        updateImage(node);
        updateFirst(node, "mentions", mentionName.getText().isBlank() ? null : m -> {
            String name = mentionName.getText().strip();
            m.remove(List.of("name", "handle"));
            m.put(name.startsWith("@") ? "handle" : "name", name);
            if (mentionRelationship.getText().isEmpty()) {
                m.remove("relationship");
            } else {
                m.put("relationship", mentionRelationship.getText());
            }
        });
        updateFirst(node, "offers", offerKind.getText().isEmpty() ? null : o -> {
            o.put("kind", offerKind.getText());
            if (offerDescription.getText().isBlank()) {
                o.remove("description");
            } else {
                o.put("description", offerDescription.getText());
            }
        });
        communication = node;
        showJson();
        scheduleCheck();
    }

    private void updateImage(ObjectNode node) {
        updateFirst(node, "media", !image.getSelection() ? null : m -> {
            m.put("type", "image");
            flag(m, "depictsPatient", depictsPatient.getSelection());
            flag(m, "identifiable", identifiable.getSelection());
            flag(m, "showsRecords", showsRecords.getSelection());
            flag(m, "beforeAfter", beforeAfter.getSelection());
        });
    }

    private static void flag(ObjectNode node, String field, boolean value) {
        if (value) {
            node.put(field, true);
        } else {
            node.remove(field);
        }
    }

    /** Edits the first element of an array field in place, keeps the others; null removes the first element. */
    private static void updateFirst(ObjectNode node, String field, java.util.function.Consumer<ObjectNode> edit) {
        ArrayNode array = node.get(field) instanceof ArrayNode a ? a : null;
        if (edit == null) {
            if (array != null && !array.isEmpty()) {
                array.remove(0);
                if (array.isEmpty()) {
                    node.remove(field);
                }
            }
            return;
        }
        if (array == null) {
            array = node.putArray(field);
        }
        ObjectNode first = array.isEmpty() || !(array.get(0) instanceof ObjectNode o) ? array.insertObject(0) : o;
        edit.accept(first);
    }

    private void showJson() {
        try {
            String written = JSON.writeValueAsString(communication);
            if (!written.equals(json.getText())) {
                updatingForm = true;
                try {
                    json.setText(written);
                } finally {
                    updatingForm = false;
                }
            }
            jsonStatus.setText("");
        } catch (IOException e) {
            jsonStatus.setText(e.getMessage());
        }
    }

    private void jsonChanged() {
        if (updatingForm) {
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(json.getText());
            if (!(parsed instanceof ObjectNode object)) {
                jsonStatus.setText("The communication must be a JSON object ({ … }).");
                return;
            }
            communication = object;
            jsonStatus.setText("");
            showInForm(object);
            scheduleCheck();
        } catch (IOException e) {
            String message = e.getMessage() == null ? "not valid JSON" : e.getMessage().lines().findFirst().orElse("");
            jsonStatus.setText("Not valid JSON yet: " + message);
        }
    }

    private void showInForm(ObjectNode node) {
        updatingForm = true;
        try {
            select(channel, node.path("channel").asText("instagram"));
            select(kind, node.path("kind").asText("post"));
            select(account, node.path("account").path("type").asText("clinic"));
            paid.setSelection(node.path("paid").asBoolean(false));
            String newText = node.path("text").asText("");
            if (!newText.equals(text.getText())) {
                text.setText(newText);
            }
            JsonNode media = node.path("media").path(0);
            image.setSelection("image".equals(media.path("type").asText()));
            depictsPatient.setSelection(media.path("depictsPatient").asBoolean(false));
            identifiable.setSelection(media.path("identifiable").asBoolean(false));
            showsRecords.setSelection(media.path("showsRecords").asBoolean(false));
            beforeAfter.setSelection(media.path("beforeAfter").asBoolean(false));
            JsonNode mention = node.path("mentions").path(0);
            String name = mention.has("name") ? mention.path("name").asText() : mention.path("handle").asText("");
            if (!name.equals(mentionName.getText())) {
                mentionName.setText(name);
            }
            select(mentionRelationship, mention.path("relationship").asText(""));
            JsonNode offer = node.path("offers").path(0);
            select(offerKind, offer.path("kind").asText(""));
            String terms = offer.path("description").asText("");
            if (!terms.equals(offerDescription.getText())) {
                offerDescription.setText(terms);
            }
        } finally {
            updatingForm = false;
        }
    }

    private static void select(Combo combo, String value) {
        int index = java.util.Arrays.asList(combo.getItems()).indexOf(value);
        if (index >= 0) {
            combo.select(index);
        }
    }

    // ---- checking

    /** Reads the list of guideline projects again. */
    public void loadProjects() {
        String problem = projectChooser.reload();
        if (problem != null) {
            verdict.setText(problem);
        }
    }

    /** Chooses the project posts are checked against (added to the list when it is not under the rules folder). */
    public void selectProject(Path project) {
        projectChooser.select(project);
        scheduleCheck();
    }

    /** The chosen project, or null. */
    public Path project() {
        return projectChooser == null ? null : projectChooser.selected();
    }

    /** Checks the post again a moment after the last change (typing restarts the wait). */
    private void scheduleCheck() {
        int mine = generation.incrementAndGet();
        Display display = Display.getCurrent();
        display.timerExec(DEBOUNCE_MILLIS, () -> {
            if (mine == generation.get() && !verdict.isDisposed()) {
                check(mine);
            }
        });
    }

    private void check(int mine) {
        Path project = project();
        if (project == null) {
            verdict.setText("No guideline project in " + RulesLocation.get() + ".");
            return;
        }
        String input = communication.toString();
        Display display = Display.getCurrent();
        Job job = new Job("Checking the post against " + project.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Outcome outcome;
                try {
                    outcome = checkInBackground(project, input);
                } catch (RuntimeException | LinkageError e) {
                    // the engine failed: say so, keep everything the user typed
                    outcome = new Outcome(null, null, Map.of(), "The check failed: " + e);
                }
                Outcome done = outcome;
                display.asyncExec(() -> {
                    if (mine == generation.get() && !verdict.isDisposed()) {
                        show(done);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** What a check found: the report, or why there is none. */
    record Outcome(Communication communication, Report report, Map<String, Clause> clauses, String problem) {
    }

    private Outcome checkInBackground(Path project, String input) {
        CommunicationReader.Result read = new CommunicationReader().read(input, "the post");
        if (read.hasProblems() || read.communications().isEmpty()) {
            return new Outcome(null, null, Map.of(), "The post is not complete yet: " + read.problems().stream()
                    .map(p -> p.message()).findFirst().orElse("no communication"));
        }
        Compilation compilation = compiled.get(project);
        if (compilation.ruleSet().isEmpty()) {
            return new Outcome(null, null, Map.of(), "The rules of " + project.getFileName() + " do not compile: "
                    + compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                            .map(Object::toString).orElse("see the Problems view"));
        }
        var rules = compilation.ruleSet().get();
        Communication post = read.communications().get(0);
        Report report = rules.check(post, LocalDate.now());
        Map<String, Clause> byId = new TreeMap<>();
        rules.guideline().clauses().forEach(c -> byId.put(c.id(), c));
        return new Outcome(post, report, byId, null);
    }

    private void show(Outcome outcome) {
        if (outcome.problem() != null) {
            verdict.setText(outcome.problem());
            findings.setInput(List.of());
            text.setStyleRanges(new StyleRange[0]);
            saveAsTestCase.setEnabled(false);
            lastReport = null;
            verdict.getParent().layout();
            return;
        }
        clauses = outcome.clauses();
        lastReport = outcome.report();
        lastCommunication = outcome.communication();
        Report report = outcome.report();
        long errors = report.findings().stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
        verdict.setText("Verdict: " + report.verdict().word() + " — " + (report.findings().isEmpty() ? "no findings."
                : report.findings().size() + (report.findings().size() == 1 ? " finding" : " findings") + " ("
                        + errors + " " + (errors == 1 ? "error" : "errors") + ")."));
        findings.setInput(report.findings());
        markEvidence(report);
        saveAsTestCase.setEnabled(true);
        verdict.getParent().layout();
    }

    /** Colours the evidence of every finding in the text: red for errors, amber for warnings, blue for info. */
    private void markEvidence(Report report) {
        List<StyleRange> ranges = new ArrayList<>();
        int length = text.getCharCount();
        for (Finding finding : report.findings()) {
            for (Evidence evidence : finding.getEvidence()) {
                if ("/text".equals(evidence.field()) && evidence.start() != null && evidence.end() != null
                        && evidence.end() <= length && evidence.start() < evidence.end()) {
                    StyleRange range = new StyleRange(evidence.start(), evidence.end() - evidence.start(), null,
                            new Color(finding.getSeverity() == Severity.ERROR ? ERROR_MARK
                                    : finding.getSeverity() == Severity.WARNING ? WARNING_MARK : INFO_MARK));
                    range.underline = true;
                    ranges.add(range);
                }
            }
        }
        ranges.sort(java.util.Comparator.comparingInt(r -> r.start));
        List<StyleRange> disjoint = new ArrayList<>();
        int end = 0;
        for (StyleRange range : ranges) {
            if (range.start >= end) { // StyledText refuses overlapping ranges: the first one wins
                disjoint.add(range);
                end = range.start + range.length;
            }
        }
        text.setStyleRanges(disjoint.toArray(new StyleRange[0]));
    }

    // ---- save as test case

    private void openSaveDialog() {
        if (lastReport == null || project() == null) {
            return;
        }
        SaveAsTestCaseDialog dialog = new SaveAsTestCaseDialog(getSite().getShell(), project(), lastCommunication,
                lastReport, clauses);
        if (dialog.open() == Window.OK) {
            saveAsTestCase(dialog.caseName(), dialog.note(), dialog.fileName(), dialog.expectedClauses(), true);
        }
    }

    /**
     * Appends the current post as a test case expecting exactly {@code expected} to {@code tests/<fileName>} of the
     * project; opens the file at the new case when {@code open}. Returns the case's line, or -1 when it was refused
     * (the user was told why).
     */
    public int saveAsTestCase(String name, String note, String fileName, Set<String> expected, boolean open) {
        Path project = project();
        if (project == null || lastCommunication == null) {
            return -1;
        }
        try {
            int line = TestCaseWriter.append(project, fileName, new TestCaseWriter.NewCase(name, note, lastCommunication,
                    expected));
            org.guidepost.ui.workspace.GuidelineWorkspace.synchronizeIfChanged(RulesLocation.get());
            verdict.setText("Saved \"" + name + "\" in tests/" + fileName + ", line " + line + ".");
            verdict.getParent().layout();
            if (open) {
                OpenInEditor.openAt(getSite().getPage(), project.resolve("tests").resolve(fileName), line);
            }
            return line;
        } catch (IOException | IllegalArgumentException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Test case not saved", e.getMessage());
            return -1;
        }
    }

    // ---- for tests

    /** The text field of the form. */
    public StyledText textField() {
        return text;
    }

    /** The last report shown, or null. */
    public Report lastReport() {
        return lastReport;
    }

    /** The verdict line as shown. */
    public String verdictText() {
        return verdict.getText();
    }

    /** The findings table. */
    public TableViewer findingsViewer() {
        return findings;
    }

    /** Sets the form's channel, kind and account. */
    public void setChannelKindAccount(String channelName, String kindName, String accountType) {
        select(channel, channelName);
        select(kind, kindName);
        select(account, accountType);
        formChanged();
    }

    /** The JSON as shown. */
    public String jsonText() {
        return json.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
