package org.guidepost.ui.drl;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.ForwardingDocumentProvider;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.ProjectVocabulary;
import org.guidepost.ui.workspace.OpenInEditor;

/**
 * The editor of rule files ({@code *.drl}): DRL colours, completion of keywords, fact types, their fields, clause
 * ids and lexicon names, the rules in the Outline with their clauses, folding of rules, hover on a clause id and
 * F3 / Ctrl+click from a clause id to the clause. Problems of the last compile are markers in the ruler.
 */
public final class DrlEditor extends TextEditor {
    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.editors.drl";
    /** The key binding context of the editor (F3 opens the clause). */
    public static final String CONTEXT = "org.guidepost.ui.drlEditorScope";
    /** The command that opens the clause at the cursor. */
    public static final String OPEN_CLAUSE_COMMAND = "org.guidepost.ui.drl.openClause";

    private ProjectionSupport projectionSupport;
    private volatile ProjectVocabulary vocabulary;
    private volatile Path vocabularyOf;
    private List<DrlRules.Rule> rules = List.of();
    private DrlOutlinePage outline;
    private final Map<ProjectionAnnotation, Position> folds = new HashMap<>();

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new DrlSourceViewerConfiguration(this, getPreferenceStore()));
        setDocumentProvider(new ForwardingDocumentProvider(DrlPartitions.PARTITIONING, new DrlPartitions(),
                new org.guidepost.ui.editors.AtomicSaveDocumentProvider()));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] {CONTEXT});
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        fAnnotationAccess = getAnnotationAccess();
        fOverviewRuler = createOverviewRuler(getSharedColors());
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
                styles);
        getSourceViewerDecorationSupport(viewer); // as AbstractDecoratedTextEditor does
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projectionSupport.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
        projectionSupport.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
        projectionSupport.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        if (document != null) {
            showStructure(DrlRules.parse(document.get())); // at once; the reconciler keeps it current
        }
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle messages = ResourceBundle.getBundle(DrlEditor.class.getPackageName() + ".DrlEditorMessages");
        ContentAssistAction assist = new ContentAssistAction(messages, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);

        Action openClause = new Action("Open Clause") {
            @Override
            public void run() {
                ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
                IDocument document = getDocumentProvider().getDocument(getEditorInput());
                DrlRules.ClauseReference reference = DrlRules.clauseAt(document.get(), selection.getOffset());
                if (reference == null) {
                    status("Put the cursor on a clause id, as in @clause(\"PRV-1\"), to open its clause.");
                } else {
                    openClause(reference.clause());
                }
            }
        };
        openClause.setActionDefinitionId(OPEN_CLAUSE_COMMAND);
        setAction("OpenClause", openClause);
    }

    @Override
    public <T> T getAdapter(Class<T> required) {
        if (IContentOutlinePage.class.equals(required)) {
            if (outline == null) {
                outline = new DrlOutlinePage(this, rules);
            }
            return required.cast(outline);
        }
        if (projectionSupport != null) {
            T adapter = projectionSupport.getAdapter(getSourceViewer(), required);
            if (adapter != null) {
                return adapter;
            }
        }
        return super.getAdapter(required);
    }

    /** The rules as last found (outline, folding). UI thread. */
    public List<String> ruleLabels() {
        return rules.stream().map(r -> r.name() + (r.clause() == null ? "" : "  " + r.clause())).toList();
    }

    /** Shows the rules in the Outline and as folding regions. UI thread. */
    void showStructure(List<DrlRules.Rule> found) {
        if (getSourceViewer() == null || textControl() == null || textControl().isDisposed()) {
            return;
        }
        rules = found;
        if (outline != null) {
            outline.setRules(found);
        }
        updateFolding(found);
    }

    private void updateFolding(List<DrlRules.Rule> found) {
        ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        if (model == null || document == null) {
            return;
        }
        Map<Position, ProjectionAnnotation> kept = new HashMap<>();
        folds.forEach((annotation, position) -> kept.put(position, annotation));
        Map<ProjectionAnnotation, Position> additions = new HashMap<>();
        Map<ProjectionAnnotation, Position> now = new HashMap<>();
        for (DrlRules.Rule rule : found) {
            Position lines = wholeLines(document, rule.start(), rule.end());
            if (lines == null) {
                continue;
            }
            ProjectionAnnotation existing = kept.remove(lines); // keeps a folded rule folded while typing elsewhere
            if (existing != null) {
                now.put(existing, lines);
            } else {
                ProjectionAnnotation annotation = new ProjectionAnnotation();
                additions.put(annotation, lines);
                now.put(annotation, lines);
            }
        }
        Annotation[] deletions = kept.values().toArray(Annotation[]::new);
        model.modifyAnnotations(deletions, additions, null);
        folds.clear();
        folds.putAll(now);
    }

    /** From the start of the rule's first line to the end of its last; null for a one-line rule (nothing to fold). */
    private static Position wholeLines(IDocument document, int start, int end) {
        try {
            int firstLine = document.getLineOfOffset(start);
            int lastLine = document.getLineOfOffset(Math.max(start, Math.min(end, document.getLength())));
            if (lastLine <= firstLine) {
                return null;
            }
            int from = document.getLineOffset(firstLine);
            int to = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1)
                    : document.getLength();
            return new Position(from, to - from);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return null;
        }
    }

    /**
     * The clause ids and lexicon names of the edited file's project, read again when a file they come from changed;
     * null when the file is in no guideline project. Any thread.
     */
    public ProjectVocabulary vocabulary() {
        Path project = projectDirectory();
        if (project == null) {
            return null;
        }
        ProjectVocabulary known = vocabulary;
        if (known == null || !project.equals(vocabularyOf) || !known.isCurrent()) {
            known = ProjectVocabulary.read(project);
            vocabulary = known;
            vocabularyOf = project;
        }
        return known;
    }

    /** The guideline project (folder with guideline.yaml) the edited file is in, or null. */
    public Path projectDirectory() {
        Path file = fileOf(getEditorInput());
        for (Path folder = file == null ? null : file.getParent(); folder != null; folder = folder.getParent()) {
            if (GuidelineProjects.isProject(folder)) {
                return folder;
            }
        }
        return null;
    }

    private static Path fileOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            IFile file = fileInput.getFile();
            return file.getLocation() == null ? null : file.getLocation().toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        }
        return null;
    }

    /** Opens the guideline that defines the clause, at the clause; says so in the status line when there is none. */
    public boolean openClause(String clauseId) {
        ProjectVocabulary names = vocabulary();
        ProjectVocabulary.DefinedClause defined = names == null ? null : names.clauses().get(clauseId);
        if (defined == null) {
            status("No clause " + clauseId + " in this project's guideline or the guidelines it extends.");
            return false;
        }
        try {
            OpenInEditor.openClause(getSite().getPage(), defined.guidelineFile(), clauseId);
            return true;
        } catch (PartInitException e) {
            status("Cannot open " + defined.guidelineFile() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * What hovering at {@code offset} shows, as the viewer's hover for that place computes it (tests; the viewer asks
     * the same hover object).
     */
    public Object hoverInfoAt(int offset) throws org.eclipse.jface.text.BadLocationException {
        ISourceViewer viewer = getSourceViewer();
        String type = org.eclipse.jface.text.TextUtilities.getContentType(viewer.getDocument(),
                DrlPartitions.PARTITIONING, offset, false);
        ITextHover hover = getSourceViewerConfiguration().getTextHover(viewer, type);
        IRegion region = hover.getHoverRegion(viewer, offset);
        if (region == null) {
            return null;
        }
        return hover instanceof ITextHoverExtension2 extended ? extended.getHoverInfo2(viewer, region) : null;
    }

    /** The links Ctrl+click at {@code offset} offers, from the same detectors the viewer uses (tests). */
    public List<IHyperlink> hyperlinksAt(int offset) {
        ISourceViewer viewer = getSourceViewer();
        List<IHyperlink> links = new ArrayList<>();
        for (IHyperlinkDetector detector : getSourceViewerConfiguration().getHyperlinkDetectors(viewer)) {
            IHyperlink[] found = detector.detectHyperlinks(viewer, new Region(offset, 0), false);
            if (found != null) {
                links.addAll(List.of(found));
            }
        }
        return links;
    }

    /** The text widget, or null before it exists. */
    Control textControl() {
        ISourceViewer viewer = getSourceViewer();
        StyledText text = viewer == null ? null : viewer.getTextWidget();
        return text;
    }

    /** The source viewer, for tests (content assist, hover, links). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** The number of folding regions shown now, for tests. */
    public int foldingRegions() {
        return new ArrayList<>(folds.keySet()).size();
    }

    private void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    @Override
    public void dispose() {
        if (projectionSupport != null) {
            projectionSupport.dispose();
        }
        super.dispose();
    }
}
