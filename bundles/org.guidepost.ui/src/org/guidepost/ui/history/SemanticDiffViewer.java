package org.guidepost.ui.history;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.guidepost.history.Changelog;
import org.guidepost.history.SemanticDiff;
import org.guidepost.history.SemanticDiff.ClauseChange;
import org.guidepost.history.SemanticDiff.FieldChange;
import org.guidepost.history.SemanticDiff.Kind;
import org.guidepost.history.SemanticDiff.LexiconChange;
import org.guidepost.history.SemanticDiff.RuleChange;
import org.guidepost.history.SemanticDiff.TestChange;

/**
 * A semantic diff as people read it: clauses, rules, lexicons and test cases that were added (+), removed (−) or
 * changed (~), in a tree; the selected change in full below it (a clause's fields before and after, a rule's DRL hunk
 * with added and removed lines coloured, a lexicon's terms).
 */
public final class SemanticDiffViewer {
    private static final RGB ADDED = new RGB(220, 245, 220);
    private static final RGB REMOVED = new RGB(250, 222, 222);

    private final Composite control;
    private final Label heading;
    private final TreeViewer tree;
    private final StyledText detail;
    private final StyledText changelog;
    private String changelogTitle = "Changes";
    private final Color added;
    private final Color removed;

    /** A group of the tree: "Clauses (3)". */
    record Group(String label, List<?> changes) {
    }

    public SemanticDiffViewer(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(control);
        heading = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        // the changes as staff read them, and as clinics will (the changelog's Markdown)
        CTabFolder tabs = new CTabFolder(control, SWT.BOTTOM | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        SashForm sash = new SashForm(tabs, SWT.VERTICAL);
        CTabItem changesTab = new CTabItem(tabs, SWT.NONE);
        changesTab.setText("Changes");
        changesTab.setControl(sash);
        Composite changelogPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(changelogPage);
        changelog = new StyledText(changelogPage, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        changelog.setFont(JFaceResources.getTextFont());
        changelog.setMargins(4, 4, 4, 4);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(changelog);
        Button save = new Button(changelogPage, SWT.PUSH);
        save.setText("Save Changelog…");
        save.addListener(SWT.Selection, e -> saveChangelog());
        CTabItem changelogTab = new CTabItem(tabs, SWT.NONE);
        changelogTab.setText("Changelog for clinics");
        changelogTab.setControl(changelogPage);
        tabs.setSelection(changesTab);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
        tree.setAutoExpandLevel(2);
        detail = new StyledText(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        detail.setFont(JFaceResources.getTextFont());
        detail.setMargins(4, 4, 4, 4);
        sash.setWeights(3, 2);
        added = new Color(control.getDisplay(), ADDED);
        removed = new Color(control.getDisplay(), REMOVED);
        control.addDisposeListener(e -> {
            added.dispose();
            removed.dispose();
        });
        tree.addSelectionChangedListener(e -> showDetail(tree.getStructuredSelection().getFirstElement()));
        tree.addDoubleClickListener(e -> {
            Object element = tree.getStructuredSelection().getFirstElement();
            if (element != null) {
                tree.setExpandedState(element, !tree.getExpandedState(element));
            }
        });
    }

    public Composite control() {
        return control;
    }

    /** Shows {@code diff} (null: {@code message} alone); the changelog is titled with the project's folder name. */
    public void show(SemanticDiff diff, String message) {
        if (control.isDisposed()) {
            return;
        }
        if (diff == null) {
            heading.setText(message == null ? "" : message);
            tree.setInput(null);
            changelog.setText("");
        } else {
            changelogTitle = changelogTitleFor(diff);
            changelog.setText(Changelog.markdown(diff, changelogTitle));
            String from = diff.from() + (diff.fromVersion() == null ? "" : " (" + diff.fromVersion() + ")");
            String to = diff.to() + (diff.toVersion() == null ? "" : " (" + diff.toVersion() + ")");
            heading.setText(diff.isEmpty() ? "No changes to clauses, rules, lexicons or test cases from " + from
                    + " to " + to + "." : "From " + from + " to " + to + ": " + summary(diff)
                    + ". Select a change to see it in full.");
            tree.setInput(diff);
        }
        detail.setText("");
        control.layout(true, true);
    }

    /** Names the changelog for the project whose files were compared, and its version. */
    public void setProjectName(String project) {
        this.project = project;
    }

    private String project = "";

    private String changelogTitleFor(SemanticDiff diff) {
        boolean released = diff.to() != null && !diff.to().equals(org.guidepost.history.Snapshot.WORKING_TREE_LABEL);
        return (project + " " + (diff.toVersion() == null ? "" : diff.toVersion())).strip()
                + (released ? "" : " (unreleased changes)");
    }

    /** Saves the changelog's Markdown to a file the user chooses. */
    private void saveChangelog() {
        if (changelog.getText().isEmpty()) {
            return;
        }
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setText("Save Changelog");
        dialog.setFilterExtensions(new String[] {"*.md", "*.*"});
        dialog.setFileName(changelogTitle.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-+$", "") + "-CHANGELOG.md");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(chosen), changelog.getText());
            } catch (java.io.IOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(control.getShell(), "Changelog not saved",
                        "Cannot write " + chosen + ": " + e.getMessage());
            }
        }
    }

    /** The changelog's Markdown (for tests). */
    public String changelogText() {
        return changelog.getText();
    }

    private static String summary(SemanticDiff diff) {
        List<String> parts = new ArrayList<>();
        count(parts, diff.clauses().size(), "clause");
        count(parts, diff.rules().size(), "rule");
        count(parts, diff.lexicons().size(), "lexicon");
        count(parts, diff.tests().size(), "test case");
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String noun) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s"));
        }
    }

    public TreeViewer tree() {
        return tree;
    }

    public String headingText() {
        return heading.getText();
    }

    public String detailText() {
        return detail.getText();
    }

    // ---- the selected change in full

    private void showDetail(Object element) {
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        if (element instanceof ClauseChange c) {
            text.append(c.id()).append("  ").append(c.clause().title()).append(" (").append(c.kind().word()).append(")\n\n");
            if (c.kind() == Kind.CHANGED) {
                for (FieldChange f : c.fields()) {
                    text.append(f.field()).append(":\n");
                    line(text, styles, "- ", f.before(), removed);
                    line(text, styles, "+ ", f.after(), added);
                    text.append('\n');
                }
            } else {
                Color color = c.kind() == Kind.ADDED ? added : removed;
                line(text, styles, "severity: ", c.clause().severity().name().toLowerCase(java.util.Locale.ROOT), color);
                line(text, styles, "text: ", c.clause().text(), color);
                line(text, styles, "remediation: ", c.clause().remediation(), color);
            }
        } else if (element instanceof RuleChange r) {
            text.append("rule \"").append(r.name()).append("\"").append(r.clause() == null ? "" : " enforcing " + r.clause())
                    .append(" in ").append(r.file()).append(" (").append(r.kind().word())
                    .append(r.messageOnly() ? ", message only" : "").append(")\n\n");
            for (String l : r.hunk().lines().toList()) {
                int start = text.length();
                text.append(l).append('\n');
                if (l.startsWith("+") && !l.startsWith("+++")) {
                    styles.add(background(start, l.length(), added));
                } else if (l.startsWith("-") && !l.startsWith("---")) {
                    styles.add(background(start, l.length(), removed));
                }
            }
        } else if (element instanceof LexiconChange l) {
            text.append("lexicon ").append(l.name()).append(" (").append(l.kind().word()).append(")");
            if (!l.clauses().isEmpty()) {
                text.append(", used by the rules of ").append(String.join(", ", l.clauses()));
            }
            text.append("\n\n");
            l.added().forEach(t -> line(text, styles, "+ ", t, added));
            l.removed().forEach(t -> line(text, styles, "- ", t, removed));
            l.changed().forEach(t -> text.append("~ ").append(t).append(" (variants or exceptions changed)\n"));
        } else if (element instanceof TestChange t) {
            text.append("test case \"").append(t.name()).append("\" in ").append(t.file()).append(" (")
                    .append(t.kind().word()).append(")\n\n");
            if (t.kind() != Kind.ADDED) {
                text.append("expected before: ").append(list(t.clausesBefore())).append('\n');
            }
            if (t.kind() != Kind.REMOVED) {
                text.append("expects now:     ").append(list(t.clausesAfter())).append('\n');
            }
        }
        detail.setText(text.toString());
        detail.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private static void line(StringBuilder text, List<StyleRange> styles, String prefix, String value, Color color) {
        int start = text.length();
        String shown = prefix + (value == null ? "(none)" : value);
        text.append(shown).append('\n');
        styles.add(background(start, shown.length(), color));
    }

    private static StyleRange background(int start, int length, Color color) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        range.background = color;
        return range;
    }

    private static String list(List<String> clauses) {
        return clauses.isEmpty() ? "no findings" : String.join(", ", clauses);
    }

    // ---- the tree

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof SemanticDiff diff)) {
                return new Object[0];
            }
            List<Group> groups = new ArrayList<>();
            add(groups, "Clauses", diff.clauses());
            add(groups, "Rules", diff.rules());
            add(groups, "Lexicons", diff.lexicons());
            add(groups, "Test cases", diff.tests());
            return groups.toArray();
        }

        private static void add(List<Group> groups, String label, List<?> changes) {
            if (!changes.isEmpty()) {
                groups.add(new Group(label, changes));
            }
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group group ? group.changes().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group;
        }
    }

    private static final class Labels extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            if (element instanceof Group group) {
                return new StyledString(group.label()).append(" (" + group.changes().size() + ")", StyledString.COUNTER_STYLER);
            }
            if (element instanceof ClauseChange c) {
                StyledString text = new StyledString(mark(c.kind()) + " " + c.id() + "  " + c.clause().title());
                if (c.kind() == Kind.CHANGED) {
                    text.append("   " + String.join(", ", c.fields().stream().map(f -> f.field().equals("severity")
                            ? "severity " + f.before() + " → " + f.after() : f.field()).toList()), StyledString.DECORATIONS_STYLER);
                }
                return text;
            }
            if (element instanceof RuleChange r) {
                return new StyledString(mark(r.kind()) + " " + r.name()).append("   " + (r.clause() == null ? "" : r.clause() + ", ")
                        + r.file() + (r.messageOnly() ? ", message only" : ""), StyledString.QUALIFIER_STYLER);
            }
            if (element instanceof LexiconChange l) {
                List<String> parts = new ArrayList<>();
                if (!l.added().isEmpty()) {
                    parts.add(l.added().size() + " added");
                }
                if (!l.removed().isEmpty()) {
                    parts.add(l.removed().size() + " removed");
                }
                if (!l.changed().isEmpty()) {
                    parts.add(l.changed().size() + " changed");
                }
                return new StyledString(mark(l.kind()) + " " + l.name()).append("   terms: " + String.join(", ", parts),
                        StyledString.QUALIFIER_STYLER);
            }
            if (element instanceof TestChange t) {
                return new StyledString(mark(t.kind()) + " " + t.name()).append("   " + t.file(), StyledString.QUALIFIER_STYLER);
            }
            return new StyledString(String.valueOf(element));
        }

        private static String mark(Kind kind) {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "−";
                default -> "~";
            };
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            return element instanceof Group ? images.getImage(ISharedImages.IMG_OBJ_FOLDER)
                    : images.getImage(ISharedImages.IMG_OBJ_FILE);
        }
    }
}
