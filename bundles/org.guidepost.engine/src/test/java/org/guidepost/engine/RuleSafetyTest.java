package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.guidepost.model.Clause;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Guideline;
import org.guidepost.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile rules are refused before anything is compiled; ordinary rules pass. */
class RuleSafetyTest {
    private static final Guideline GUIDELINE = new Guideline("g", "G", "1.0.0", null, "en",
            List.of(new Clause("A-1", "Anything", null, Severity.ERROR, null, null)));

    private static String rule(String imports, String when, String then) {
        return "package hostile\n"
                + "import org.guidepost.model.*\n"
                + imports
                + "global org.guidepost.engine.Findings findings\n"
                + "rule \"A-1 hostile\"\n"
                + "    @clause(\"A-1\")\n"
                + "when\n"
                + "    " + when + "\n"
                + "then\n"
                + "    " + then + "\n"
                + "end\n";
    }

    private static Compilation compile(String drl) {
        return RuleEngine.compile(new GuidelineSources("guideline.yaml", "", GUIDELINE,
                List.of(new RuleSource("rules/hostile.drl", drl)), List.of(), Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "System.exit(0);",
        "java.lang.System.exit(0);",
        "Runtime.getRuntime().exec(\"rm -rf /\");",
        "new ProcessBuilder(\"sh\").start();",
        "new Thread(() -> {}).start();",
        "Class.forName(\"java.lang.Runtime\");",
        "$c.getClass().getClassLoader();",
        "Object o = String.class;",
        "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
        "new java.io.File(\"/tmp/x\").delete();",
        "new java.net.URL(\"http://example.com\").openStream();",
        "org.mvel2.MVEL.eval(\"1+1\");",
        "drools.getKieRuntime().halt();",
        "kcontext.getKieRuntime().insert($c);",
        "java.util.concurrent.Executors.newSingleThreadExecutor();",
        "Math.PI = 3;",
        "org.guidepost.model.Severity.ERROR = null;",
    })
    void aForbiddenUseInAConsequenceIsRefusedWithTheRuleAndLine(String consequence) {
        Compilation compilation = compile(rule("", "$c : Communication()", consequence));

        assertTrue(compilation.ruleSet().isEmpty(), consequence);
        Diagnostic first = compilation.diagnostics().get(0);
        assertEquals(RuleEngine.UNSAFE_RULE, first.code(), compilation.diagnostics().toString());
        assertEquals("rules/hostile.drl", first.file());
        assertEquals(9, first.line(), first.toString());
        assertTrue(first.column() > 0);
        assertTrue(first.message().startsWith("rule \"A-1 hostile\" "), first.message());
    }

    @Test
    void forbiddenImportsGlobalsConditionsAndFunctionsAreRefused() {
        assertEquals(RuleEngine.UNSAFE_RULE, compile(rule("import java.io.File\n", "$c : Communication()", "findings.add(\"x\");"))
                .diagnostics().get(0).code());
        assertEquals(RuleEngine.UNSAFE_RULE, compile(rule("global java.util.List leak\n", "$c : Communication()",
                "findings.add(\"x\");")).diagnostics().get(0).code());
        Diagnostic inCondition = compile(rule("", "$c : Communication( eval(System.currentTimeMillis() > 0) )",
                "findings.add(\"x\");")).diagnostics().get(0);
        assertEquals(7, inCondition.line());
        String function = "package hostile\nimport org.guidepost.model.*\n"
                + "function void leak() {\n    Thread.sleep(1000);\n}\n";
        Diagnostic inFunction = compile(function).diagnostics().get(0);
        assertEquals(RuleEngine.UNSAFE_RULE, inFunction.code());
        assertEquals(4, inFunction.line());
        assertTrue(inFunction.message().startsWith("function \"leak\" uses Thread"), inFunction.message());
        Diagnostic evalOfString = compile(rule("", "eval(\"true\")", "findings.add(\"x\");")).diagnostics().get(0);
        assertTrue(evalOfString.message().contains("evaluates a string as code"), evalOfString.message());
    }

    @Test
    void ordinaryRulesPassEvenWhenTheirWordsMentionForbiddenNames() {
        String drl = "package ok\n"
                + "import org.guidepost.model.*\n"
                + "import org.guidepost.engine.*\n"
                + "import java.util.Set\n"
                + "import java.time.LocalDate\n"
                + "global org.guidepost.engine.Findings findings\n"
                + "// Comments may say System.exit, Thread or java.io: they are not code.\n"
                + "function boolean long(String s) { return s != null && s.length() > Math.max(3, java.util.List.of(1).size()); }\n"
                + "rule \"A-1 ordinary\"\n"
                + "    @clause(\"A-1\")\n"
                + "when\n"
                + "    $c : Communication( text matches \"(?i).*\\\\bsystem\\\\b.*\", long(text) )\n"
                + "    CheckContext( $day : date, date.isAfter(LocalDate.of(2020, 1, 1)) )\n"
                + "    $m : LexiconMatch( field == \"/text\" ) \n"
                + "then\n"
                + "    findings.add(\"Mentions the System or a Thread: \" + $m.getField(), $m);\n"
                + "end\n";

        Compilation compilation = compile(drl);

        assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.code().equals(RuleEngine.UNSAFE_RULE)),
                compilation.diagnostics().toString());
    }
}
