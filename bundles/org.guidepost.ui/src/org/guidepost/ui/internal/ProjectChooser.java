package org.guidepost.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.ui.explorer.RulesLocation;

/**
 * "Project: [combo]" — the guideline project a view works on, from the rules folder; a project elsewhere can be added
 * by selecting it. Its parent must have a two-column grid layout.
 */
public final class ProjectChooser {
    private final Combo combo;
    private final List<Path> projects = new ArrayList<>();

    /** Adds the label and the combo to {@code parent}; {@code changed} runs when the user picks another project. */
    public ProjectChooser(Composite parent, Runnable changed) {
        new Label(parent, SWT.NONE).setText("Project:");
        combo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> changed.run());
        // another rules folder chosen: list its projects, and let the view work on the first of them
        Runnable folderChanged = () -> {
            if (!combo.isDisposed()) {
                projects.clear();
                combo.removeAll();
                reload();
                changed.run();
            }
        };
        RulesLocation.addListener(folderChanged);
        combo.addDisposeListener(e -> RulesLocation.removeListener(folderChanged));
    }

    /** Lists the projects of the rules folder again, keeping the chosen one; returns why not, or null. */
    public String reload() {
        Path chosen = selected();
        projects.clear();
        String problem = null;
        try {
            projects.addAll(GuidelineProjects.discover(RulesLocation.get()));
        } catch (IOException e) {
            problem = "Cannot list the guideline projects in " + RulesLocation.get() + ": " + e.getMessage();
        }
        if (chosen != null && !projects.contains(chosen)) {
            projects.add(chosen);
        }
        combo.setItems(projects.stream().map(p -> p.getFileName().toString()).toArray(String[]::new));
        if (!projects.isEmpty()) {
            combo.select(chosen == null ? 0 : projects.indexOf(chosen));
        }
        return problem;
    }

    /** Chooses {@code project}, adding it when it is not under the rules folder. */
    public void select(Path project) {
        Path wanted = project.toAbsolutePath().normalize();
        if (!projects.contains(wanted)) {
            projects.add(wanted);
            combo.add(wanted.getFileName().toString());
        }
        combo.select(projects.indexOf(wanted));
    }

    /** The chosen project, or null. */
    public Path selected() {
        int index = combo == null ? -1 : combo.getSelectionIndex();
        return index < 0 || index >= projects.size() ? null : projects.get(index);
    }
}
