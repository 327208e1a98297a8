package org.guidepost.ui.guideline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.editor.FormPage;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.GuidelineYaml;
import org.guidepost.model.Severity;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.testing.Traceability;
import org.guidepost.ui.editors.SourceFormEditor;
import org.guidepost.ui.traceability.TraceJob;

/**
 * The editor of a project's {@code guideline.yaml}: a Clauses page (the guideline's title, version and publisher; its
 * clauses in a table with the selected one's fields beside it, and what enforces and proves that clause) and a Source
 * page. Form edits rewrite only the lines that change ({@link GuidelineYaml}); the trace of the clauses (a full test
 * run, in a background job) is made when the editor opens and after every save.
 */
public class GuidelineEditor extends SourceFormEditor<Guideline> {
    public static final String ID = "org.guidepost.ui.editors.guideline";
    private static final Pattern CLAUSE_ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
    private static final Pattern VERSION = Pattern.compile(
            "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$");

    private ClausesPage clauses;
    private Traceability trace;
    private boolean traceCancelled;
    private Job traceJob;

    @Override
    protected FormPage createFormPage() {
        clauses = new ClausesPage(this);
        return clauses;
    }

    @Override
    protected void addPages() {
        super.addPages();
        readInherited();
        traceAgain();
    }

    // ---- a variant's inherited clauses

    /** The clauses a variant inherits, as the project it extends says them (its severities, not the overrides). */
    private volatile List<Clause> inherited = List.of();
    /** The {@code extends} the inherited clauses were read for. */
    private String inheritedFrom;

    /** Reads the clauses of the project this one extends, in the background; none for a guideline of its own. */
    private void readInherited() {
        Guideline g = guideline();
        inheritedFrom = g == null ? null : g.extendsPath();
        Path file = file();
        if (g == null || g.extendsPath() == null || file == null) {
            inherited = List.of();
            return;
        }
        Path base = file.getParent().resolve(g.extendsPath()).normalize();
        Display display = Display.getCurrent();
        Job job = Job.create("Reading the clauses " + file.getParent().getFileName() + " inherits", monitor -> {
            List<org.guidepost.model.Diagnostic> problems = new ArrayList<>();
            GuidelineSources sources = GuidelineSources.read(base, problems);
            List<Clause> clauses = sources == null ? List.of() : sources.guideline().clauses();
            display.asyncExec(() -> {
                inherited = clauses;
                clauses().guidelineChanged();
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private ClausesPage clauses() {
        return clauses;
    }

    /** The clauses this variant inherits, with their own severities (empty for a guideline of its own). */
    public List<Clause> inheritedClauses() {
        Guideline g = guideline();
        return g == null || g.extendsPath() == null ? List.of() : inherited;
    }

    /**
     * Sets the severity of the inherited clause {@code clauseId} in this variant: an override in {@code severities},
     * removed when it says what the inherited clause says anyway.
     */
    public boolean setInheritedSeverity(String clauseId, Severity severity) {
        Guideline g = guideline();
        Clause base = inheritedClauses().stream().filter(c -> c.id().equals(clauseId)).findFirst().orElse(null);
        if (g == null || base == null) {
            return false;
        }
        java.util.Map<String, Severity> overrides = new java.util.LinkedHashMap<>(g.severities());
        if (severity == base.severity()) {
            overrides.remove(clauseId);
        } else {
            overrides.put(clauseId, severity);
        }
        return apply(new Guideline(g.id(), g.title(), g.version(), g.publisher(), g.language(), g.extendsPath(),
                g.clauses(), overrides, g.disabledRules()));
    }

    @Override
    protected Reading<Guideline> read(String text) {
        GuidelineYaml.Reading reading = GuidelineYaml.read(text);
        return new Reading<>(reading.guideline(), reading.ok() ? null : reading.describe());
    }

    @Override
    protected String rewrite(String text, Guideline before, Guideline after) {
        return GuidelineYaml.rewrite(text, before, after);
    }

    @Override
    protected void modelChanged() {
        Guideline g = guideline();
        String extendsPath = g == null ? inheritedFrom : g.extendsPath();
        if (!java.util.Objects.equals(extendsPath, inheritedFrom)) {
            readInherited(); // extends: was edited in the source
        }
        clauses.guidelineChanged();
    }

    @Override
    protected void showSaveProblem(String problem) {
        clauses.showSaveProblem(problem);
    }

    @Override
    protected String readBack(Path file) {
        try {
            GuidelineProjects.readGuideline(file);
            return null;
        } catch (GuidelineFormatException e) {
            return e.inFile();
        }
    }

    @Override
    protected void saved() {
        traceAgain();
    }

    /** The guideline as the text says it, or null while the text cannot be read (see {@link #problem()}). */
    public Guideline guideline() {
        return model();
    }

    public ClausesPage clausesPage() {
        return clauses;
    }

    /** Selects the clause {@code clauseId} on the Clauses page; false when the guideline has no such clause. */
    public boolean showClause(String clauseId) {
        showFormPage();
        return clauses.select(clauseId);
    }

    // ---- the trace

    /** Traces the project's clauses again in the background (the file on disk, so after saving). */
    public Job traceAgain() {
        Path file = file();
        if (file == null || file.getParent() == null) {
            return null;
        }
        if (traceJob != null) {
            traceJob.cancel();
        }
        Display display = Display.getCurrent();
        traceJob = new TraceJob(file.getParent(), display, (traced, cancelled) -> {
            trace = traced;
            traceCancelled = cancelled;
            clauses.traceChanged();
        });
        traceJob.setUser(false);
        traceJob.schedule();
        clauses.traceChanged();
        return traceJob;
    }

    /** The last trace of the project's clauses (of the file as saved), or null before the first one ends. */
    public Traceability trace() {
        return trace;
    }

    boolean traceCancelled() {
        return traceCancelled;
    }

    boolean tracing() {
        return traceJob != null && traceJob.getState() != Job.NONE;
    }

    // ---- the model API of the Clauses page (its fields, buttons and the tests call it)

    /** Why {@code clause} cannot stand at {@code index} (id format, an id already used, no title), or null. */
    public String problemWith(int index, Clause clause) {
        Guideline current = guideline();
        if (!CLAUSE_ID.matcher(clause.id()).matches()) {
            return "Write the clause id as upper-case letters, a hyphen and a number, e.g. PRV-7 or AB-TES-2.";
        }
        if (current != null) {
            for (int i = 0; i < current.clauses().size(); i++) {
                if (i != index && current.clauses().get(i).id().equals(clause.id())) {
                    return "Another clause already has the id " + clause.id() + "; choose another one.";
                }
            }
        }
        if (clause.title().isBlank()) {
            return "Give the clause a title: a few words that say what it is about.";
        }
        return null;
    }

    /** Replaces the clause at {@code index}; false when it is not valid there ({@link #problemWith}) or unreadable. */
    public boolean setClause(int index, Clause clause) {
        Guideline current = guideline();
        if (current == null || index < 0 || index >= current.clauses().size() || problemWith(index, clause) != null) {
            return false;
        }
        List<Clause> all = new ArrayList<>(current.clauses());
        all.set(index, clause);
        return apply(with(current, all));
    }

    /** Adds a new clause after the others, with a free id like the last one's; returns its index, or -1. */
    public int addClause() {
        Guideline current = guideline();
        if (current == null) {
            return -1;
        }
        List<Clause> all = new ArrayList<>(current.clauses());
        all.add(new Clause(freeId(current), "New clause", null, Severity.WARNING, null, null));
        return apply(with(current, all)) ? all.size() - 1 : -1;
    }

    /** Removes the clause at {@code index}. */
    public boolean removeClause(int index) {
        Guideline current = guideline();
        if (current == null || index < 0 || index >= current.clauses().size()) {
            return false;
        }
        List<Clause> all = new ArrayList<>(current.clauses());
        all.remove(index);
        return apply(with(current, all));
    }

    /** Moves the clause at {@code index} by {@code delta} places (the order readers see); false at either end. */
    public boolean moveClause(int index, int delta) {
        Guideline current = guideline();
        int target = index + delta;
        if (current == null || index < 0 || index >= current.clauses().size() || target < 0
                || target >= current.clauses().size()) {
            return false;
        }
        List<Clause> all = new ArrayList<>(current.clauses());
        all.add(target, all.remove(index));
        return apply(with(current, all));
    }

    /** Why these header values cannot be written, or null. */
    public String headerProblem(String title, String version) {
        if (title.isBlank()) {
            return "Give the guideline a title.";
        }
        if (!VERSION.matcher(version).matches()) {
            return "Write the version as three numbers, e.g. 1.2.0 (a semantic version).";
        }
        return null;
    }

    /** Sets the title, version and publisher (blank: none); false when {@link #headerProblem} objects. */
    public boolean setHeader(String title, String version, String publisher) {
        Guideline g = guideline();
        if (g == null || headerProblem(title, version) != null) {
            return false;
        }
        String who = publisher == null || publisher.isBlank() ? null : publisher.strip();
        return apply(new Guideline(g.id(), title.strip(), version.strip(), who, g.language(), g.extendsPath(),
                g.clauses(), g.severities(), g.disabledRules()));
    }

    private static Guideline with(Guideline g, List<Clause> clauses) {
        return new Guideline(g.id(), g.title(), g.version(), g.publisher(), g.language(), g.extendsPath(), clauses,
                g.severities(), g.disabledRules());
    }

    /** The last clause's prefix with the number after the highest one it has (PRV-5 → PRV-6), or NEW-1. */
    private static String freeId(Guideline g) {
        String prefix = "NEW";
        if (!g.clauses().isEmpty()) {
            String last = g.clauses().get(g.clauses().size() - 1).id();
            String stem = last.replaceAll("-[0-9]+$", "");
            prefix = stem.equals(last) ? prefix : stem;
        }
        int highest = 0;
        for (Clause clause : g.clauses()) {
            String id = clause.id();
            if (id.startsWith(prefix + "-") && id.substring(prefix.length() + 1).matches("[0-9]{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length() + 1)));
            }
        }
        String id = prefix + "-" + (highest + 1);
        while (g.clause(id).isPresent()) {
            id = prefix + "-" + (++highest + 1);
        }
        return id;
    }
}
