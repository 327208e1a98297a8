package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guidepost.hostile.Gadget;
import org.guidepost.model.Communication;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The precompiled form loads the same rule set without compiling DRL, and is refused when it cannot be trusted. */
class PrecompiledRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final Path SHIPPED = Path.of("../../rules/model-social-media");
    private static final Path AU = Path.of("../../rules/model-social-media-au");
    private static GuidelineSources shippedSources;
    private static RuleSet shipped;
    private static List<Communication> corpus;

    @BeforeAll
    static void compileTheShippedProject() throws IOException {
        shippedSources = ProjectLoader.load(SHIPPED, new ArrayList<>());
        shipped = RuleEngine.compile(shippedSources).ruleSet().orElseThrow();
        corpus = new CommunicationReader().read(Path.of("../org.guidepost.model/src/test/resources/org/guidepost/model/sample.jsonl"))
                .communications();
        assertEquals(50, corpus.size());
    }

    @Test
    void aLoadedRuleSetGivesTheSameReportsAsTheCompiledOne() {
        Compilation loaded = RuleEngine.load(shippedSources, shipped.precompiled());

        assertTrue(loaded.loadedPrecompiled(), loaded.diagnostics().toString());
        assertEquals(List.of(), loaded.diagnostics().stream().filter(d -> d.severity() != Severity.WARNING).toList());
        RuleSet rules = loaded.ruleSet().orElseThrow();
        assertEquals(shipped.ruleNames(), rules.ruleNames());
        int findings = 0;
        for (Communication communication : corpus) {
            assertEquals(shipped.check(communication, DAY), rules.check(communication, DAY), communication.getId());
            findings += rules.check(communication, DAY).findings().size();
        }
        assertTrue(findings > 40, "the corpus exercises the rules: " + findings + " findings");
        assertEquals(shipped.fileOf("PRV-1 identifiable patient without consent"), rules.fileOf("PRV-1 identifiable patient without consent"));
    }

    @Test
    void theSameRulesGiveTheSameBytes() {
        assertArrayEquals(shipped.precompiled(), shipped.precompiled());
        RuleSet again = RuleEngine.compile(shippedSources).ruleSet().orElseThrow();
        assertArrayEquals(shipped.precompiled(), again.precompiled());
    }

    @Test
    void aVariantsSwitchedOffRuleStaysOff() {
        GuidelineSources au = ProjectLoader.load(AU, new ArrayList<>());
        RuleSet compiled = RuleEngine.compile(au).ruleSet().orElseThrow();
        Compilation loaded = RuleEngine.load(au, compiled.precompiled());

        assertTrue(loaded.loadedPrecompiled(), loaded.diagnostics().toString());
        RuleSet rules = loaded.ruleSet().orElseThrow();
        assertEquals(compiled.ruleNames(), rules.ruleNames());
        assertFalse(au.disabledRules().isEmpty());
        au.disabledRules().forEach(rule -> assertFalse(rules.ruleNames().contains(rule), rule));
        for (Communication communication : corpus) {
            assertEquals(compiled.check(communication, DAY), rules.check(communication, DAY), communication.getId());
        }
    }

    @Test
    void anotherDroolsVersionIsCompiledFromDrlInstead() throws IOException {
        byte[] other = withHeader("9.44.0.Final", body(shipped.precompiled()));

        Compilation loaded = RuleEngine.load(shippedSources, other);

        assertFalse(loaded.loadedPrecompiled());
        Diagnostic note = loaded.diagnostics().get(0);
        assertEquals(RuleEngine.PRECOMPILED_NOT_USED, note.code());
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().contains("Drools 9.44.0.Final") && note.message().contains(PrecompiledRules.droolsVersion()),
                note.message());
        assertEquals(shipped.ruleNames(), loaded.ruleSet().orElseThrow().ruleNames());
    }

    @Test
    void damagedBytesAreCompiledFromDrlInsteadWithAWarning() {
        byte[] damaged = shipped.precompiled();
        damaged = Arrays.copyOf(damaged, damaged.length / 2);

        Compilation loaded = RuleEngine.load(shippedSources, damaged);

        assertFalse(loaded.loadedPrecompiled());
        assertEquals(Severity.WARNING, loaded.diagnostics().get(0).severity());
        assertTrue(loaded.diagnostics().get(0).message().contains("cannot be read"), loaded.diagnostics().get(0).message());
        assertTrue(loaded.ruleSet().isPresent());
        assertFalse(RuleEngine.load(shippedSources, "not precompiled".getBytes()).loadedPrecompiled());
    }

    @Test
    void aClassOutsideARuleBaseIsNeverDeserialised() throws IOException {
        Gadget.revived = false;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(body)) {
            out.writeObject(new ArrayList<>(List.of(new Gadget())));
        }

        Compilation loaded = RuleEngine.load(shippedSources, withHeader(PrecompiledRules.droolsVersion(), body.toByteArray()));

        assertFalse(Gadget.revived, "the gadget's readObject ran");
        assertFalse(loaded.loadedPrecompiled());
        assertTrue(loaded.diagnostics().get(0).message().contains("REJECTED"), loaded.diagnostics().get(0).message());
    }

    @Test
    void precompiledRulesOfAnotherGuidelineAreNotUsed() {
        GuidelineSources base = ProjectLoader.load(Fixtures.project("base"), new ArrayList<>());

        Compilation loaded = RuleEngine.load(base, shipped.precompiled());

        assertFalse(loaded.loadedPrecompiled());
        assertTrue(loaded.diagnostics().get(0).message().contains("do not hold the rules of the DRL files"),
                loaded.diagnostics().get(0).message());
        assertEquals(RuleEngine.compile(base).ruleSet().orElseThrow().ruleNames(), loaded.ruleSet().orElseThrow().ruleNames());
    }

    @Test
    void unsafeDrlIsRefusedEvenWithPrecompiledRules() {
        List<RuleSource> rules = new ArrayList<>(shippedSources.rules());
        rules.add(new RuleSource("rules/zz-hostile.drl", "package hostile\nrule \"x\" @clause(\"PRV-1\") when then\n"
                + "  System.exit(1);\nend\n"));
        GuidelineSources hostile = new GuidelineSources(shippedSources.guidelineFile(), shippedSources.guidelineText(),
                shippedSources.guideline(), rules, shippedSources.lexicons(), shippedSources.disabledRules());

        Compilation loaded = RuleEngine.load(hostile, shipped.precompiled());

        assertTrue(loaded.ruleSet().isEmpty());
        assertEquals(RuleEngine.UNSAFE_RULE, loaded.diagnostics().get(0).code());
        assertEquals("rules/zz-hostile.drl", loaded.diagnostics().get(0).file());
    }

    /** The serialised packages after the header. */
    private static byte[] body(byte[] precompiled) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeUTF(PrecompiledRules.MAGIC);
            out.writeInt(PrecompiledRules.FORMAT);
            out.writeUTF(PrecompiledRules.droolsVersion());
            out.writeUTF(System.getProperty("java.specification.version"));
        }
        return Arrays.copyOfRange(precompiled, header.size(), precompiled.length);
    }

    private static byte[] withHeader(String drools, byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(PrecompiledRules.MAGIC);
            out.writeInt(PrecompiledRules.FORMAT);
            out.writeUTF(drools);
            out.writeUTF("17");
            out.write(body);
        }
        return bytes.toByteArray();
    }
}
