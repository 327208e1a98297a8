package org.guidepost.history;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The files of a guideline project at one revision (or in the working tree), in memory: the project's folder and
 * the folders of every project its {@code extends} chain reaches at the same revision, so that a variant's
 * {@code extends: ../x} resolves as it did then.
 *
 * @param label   how people name it: {@code 1.1.0}, {@code HEAD~2}, {@code working tree}
 * @param commit  the commit id, or null for the working tree (or the empty snapshot)
 * @param project the project's folder relative to the repository's work tree, with {@code /}; "" for the root
 * @param files   every file read, by path relative to the work tree ({@code rules/x/rules/a.drl}), sorted
 */
public record Snapshot(String label, String commit, String project, Map<String, byte[]> files) {
    /** The label of the working-tree snapshot. */
    public static final String WORKING_TREE_LABEL = "working tree";

    public Snapshot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(project, "project");
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Nothing at all: what a first release is compared with (everything is added). */
    public static Snapshot empty(String label) {
        return new Snapshot(label, null, "", Map.of());
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public boolean isWorkingTree() {
        return commit == null && !files.isEmpty();
    }

    /** The bytes of a file by its work-tree path, or null. */
    public byte[] file(String path) {
        return files.get(path);
    }

    /** The paths of the files directly in {@code folder} (a work-tree path) ending with {@code suffix}. */
    public List<String> filesIn(String folder, String suffix) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return files.keySet().stream().filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                .filter(p -> p.endsWith(suffix)).toList();
    }

    /** {@code folder/relative} with {@code .} and {@code ..} resolved, as a work-tree path ("" is the root). */
    public static String join(String folder, String relative) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        for (String segment : (folder + "/" + relative.replace('\\', '/')).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }
}
