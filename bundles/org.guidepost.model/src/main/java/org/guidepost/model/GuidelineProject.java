package org.guidepost.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A guideline project on disk: a folder with {@code guideline.yaml}, rule files in {@code rules/},
 * lexicons in {@code lexicons/} and test cases in {@code tests/}. File lists are sorted by name.
 */
public record GuidelineProject(
        Path directory, Guideline guideline, List<Path> ruleFiles, List<Path> lexiconFiles, List<Path> testFiles) {

    public GuidelineProject {
        ruleFiles = List.copyOf(ruleFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
        testFiles = List.copyOf(testFiles);
    }
}
