package org.guidepost.ui.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Severity;

/**
 * Guidepost's problem markers ({@value #TYPE}, a problem marker and a text marker, declared in plugin.xml): one per
 * diagnostic of a guideline project's last compile, on the file it names, at its line and, when the column is
 * known, on the word there. The message starts with the code, as on the command line.
 */
public final class ProblemMarkers {
    /** The marker type. */
    public static final String TYPE = "org.guidepost.ui.problem";
    /** Attribute: the diagnostic's stable code, e.g. {@code GP-DRL-1}. */
    public static final String CODE = "code";
    /** Code of the marker shown when the compiler itself failed (a bug in Guidepost, never in the rules). */
    public static final String COMPILER_FAILED = "GP-WORKBENCH-1";

    private ProblemMarkers() {
    }

    /** The Guidepost markers on a resource and below it. */
    public static IMarker[] find(IResource resource) throws CoreException {
        return resource.exists() ? resource.findMarkers(TYPE, false, IResource.DEPTH_INFINITE) : new IMarker[0];
    }

    /** Replaces the markers of a guideline project, in one workspace change, with the diagnostics. */
    static void replace(IFolder guidelineProject, Path directory, List<Diagnostic> diagnostics,
            IProgressMonitor monitor) throws CoreException {
        Map<IFile, LineOffsets> texts = new HashMap<>();
        IWorkspaceRunnable update = m -> {
            if (!guidelineProject.exists()) {
                return; // unlinked while it compiled
            }
            guidelineProject.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
            for (Diagnostic diagnostic : diagnostics) {
                create(guidelineProject, directory, diagnostic, texts);
            }
        };
        // markers need no scheduling rule, so saves never wait for this (nor could the compile job, whose rule is
        // not a resource, take one); a project unlinked meanwhile is skipped or fails, see CompileProjectJob
        ResourcesPlugin.getWorkspace().run(update, null, IWorkspace.AVOID_UPDATE, monitor);
    }

    /** Replaces the markers of a guideline project with one saying the compiler failed. */
    static void replaceWithFailure(IFolder guidelineProject, Throwable failure, IProgressMonitor monitor)
            throws CoreException {
        IWorkspaceRunnable update = m -> {
            if (!guidelineProject.exists()) {
                return;
            }
            guidelineProject.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
            IFile guideline = guidelineProject.getFile(GuidelineProjects.GUIDELINE_FILE);
            IMarker marker = (guideline.exists() ? guideline : guidelineProject).createMarker(TYPE);
            marker.setAttributes(new String[] {IMarker.SEVERITY, IMarker.MESSAGE, CODE, IMarker.SOURCE_ID},
                    new Object[] {IMarker.SEVERITY_ERROR, COMPILER_FAILED + " Guidepost could not compile this project ("
                            + failure.getClass().getSimpleName() + (failure.getMessage() == null ? ""
                                    : ": " + failure.getMessage()) + "). This is a fault in Guidepost, not in the "
                            + "rules; the error log has the details.", COMPILER_FAILED, "Guidepost"});
        };
        ResourcesPlugin.getWorkspace().run(update, null, IWorkspace.AVOID_UPDATE, monitor);
    }

    private static void create(IFolder guidelineProject, Path directory, Diagnostic diagnostic,
            Map<IFile, LineOffsets> texts) throws CoreException {
        Path named = Path.of(diagnostic.file());
        // the engine names files as the caller named the project (absolute here); project-relative also works
        Path file = (named.isAbsolute() ? named : directory.resolve(named)).normalize();
        String message = diagnostic.code() + " " + diagnostic.message();
        int line = diagnostic.line();
        int column = diagnostic.column();
        IResource target;
        if (file.startsWith(directory)) {
            IFile member = guidelineProject.getFile(directory.relativize(file).toString());
            target = member.exists() ? member : guidelineProject;
        } else {
            // a problem in the project this one extends: show it where this project says 'extends'
            IFile guideline = guidelineProject.getFile(GuidelineProjects.GUIDELINE_FILE);
            target = guideline.exists() ? guideline : guidelineProject;
            message = diagnostic.code() + " in " + directory.relativize(file) + (line > 0 ? ":" + line : "") + ": "
                    + diagnostic.message();
            line = target instanceof IFile guidelineFile ? texts.computeIfAbsent(guidelineFile, ProblemMarkers::read)
                    .lineContaining("extends:") : 0;
            column = 0;
        }
        IMarker marker = target.createMarker(TYPE);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, severity(diagnostic.severity()));
        attributes.put(IMarker.MESSAGE, message);
        attributes.put(CODE, diagnostic.code());
        attributes.put(IMarker.SOURCE_ID, "Guidepost");
        if (line > 0) {
            attributes.put(IMarker.LINE_NUMBER, line);
            if (column > 0 && target instanceof IFile textFile) {
                int[] range = texts.computeIfAbsent(textFile, ProblemMarkers::read).wordAt(line, column);
                if (range != null) {
                    attributes.put(IMarker.CHAR_START, range[0]);
                    attributes.put(IMarker.CHAR_END, range[1]);
                }
            }
        }
        marker.setAttributes(attributes);
    }

    private static int severity(Severity severity) {
        if (severity == Severity.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return severity == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }

    private static LineOffsets read(IFile file) {
        try {
            return new LineOffsets(Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new LineOffsets("");
        }
    }

    /** A file's text with where its lines start, to turn line and column into the character range markers use. */
    static final class LineOffsets {
        private final String text;
        private final int[] starts;

        LineOffsets(String text) {
            this.text = text;
            this.starts = text.lines().count() == 0 ? new int[] {0} : computeStarts(text);
        }

        private static int[] computeStarts(String text) {
            int[] found = new int[text.length() + 1];
            int count = 0;
            found[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found[count++] = i + 1;
                }
            }
            return java.util.Arrays.copyOf(found, count);
        }

        /**
         * The characters {start, end} of the word at a one-based line and column (at least one character, never past
         * the line's end), or null when the line does not exist or the column lies beyond it.
         */
        int[] wordAt(int line, int column) {
            if (line < 1 || line > starts.length) {
                return null;
            }
            int lineEnd = line < starts.length ? starts[line] - 1 : text.length();
            if (lineEnd > starts[line - 1] && text.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            int start = starts[line - 1] + column - 1;
            if (start >= lineEnd) {
                return null;
            }
            int end = start;
            while (end < lineEnd && isWordPart(text.charAt(end))) {
                end++;
            }
            return new int[] {start, Math.max(end, start + 1)};
        }

        /** The one-based line of the first line containing {@code fragment}, or 0. */
        int lineContaining(String fragment) {
            int at = text.indexOf(fragment);
            if (at < 0) {
                return 0;
            }
            int line = 1;
            while (line < starts.length && starts[line] <= at) {
                line++;
            }
            return line;
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-';
        }
    }
}
