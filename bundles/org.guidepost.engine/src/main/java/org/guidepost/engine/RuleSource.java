package org.guidepost.engine;

import java.util.Objects;

/**
 * The text of one rule file to compile.
 *
 * @param name how diagnostics name the file, e.g. {@code rules/privacy.drl}
 * @param drl  the rules, in Drools DRL with the MVEL dialect
 */
public record RuleSource(String name, String drl) {

    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
    }
}
