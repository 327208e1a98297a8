package org.guidepost.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import org.guidepost.model.Clause;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProject;

/** What the Guideline Explorer shows: projects, their groups, clauses and files. */
public sealed interface ExplorerNode {

    /** The text shown for the node (without decorations). */
    String label();

    /** A guideline project folder; {@code project} is null when its guideline cannot be read. */
    /** A guideline project: read, or the problem that stops it being read. */
    record ProjectNode(Path directory, GuidelineProject project, GuidelineFormatException problem) implements ExplorerNode {
        @Override
        public String label() {
            return project != null ? project.guideline().title() : directory.getFileName().toString();
        }

        /** The groups under a project, in the order staff think of them. */
        public List<GroupNode> groups() {
            if (project == null) {
                return List.of();
            }
            return List.of(
                    new GroupNode(this, "Clauses", project.guideline().clauses().stream()
                            .<ExplorerNode>map(c -> new ClauseNode(this, c)).toList()),
                    new GroupNode(this, "Rules", files(project.ruleFiles())),
                    new GroupNode(this, "Lexicons", files(project.lexiconFiles())),
                    new GroupNode(this, "Tests", files(project.testFiles())));
        }

        private List<ExplorerNode> files(List<Path> paths) {
            return paths.stream().<ExplorerNode>map(p -> new FileNode(this, p)).toList();
        }
    }

    /** Clauses, Rules, Lexicons or Tests of one project. */
    record GroupNode(ProjectNode parent, String label, List<ExplorerNode> children) implements ExplorerNode {
    }

    /** One clause of a project's guideline. */
    record ClauseNode(ProjectNode parent, Clause clause) implements ExplorerNode {
        @Override
        public String label() {
            return clause.id() + "  " + clause.title();
        }
    }

    /** A rule, lexicon or test file. */
    record FileNode(ProjectNode parent, Path file) implements ExplorerNode {
        @Override
        public String label() {
            return file.getFileName().toString();
        }
    }
}
