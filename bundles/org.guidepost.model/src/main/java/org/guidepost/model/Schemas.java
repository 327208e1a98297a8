package org.guidepost.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON schemas that outside tools rely on, as published with this bundle (change them only with a version bump):
 * what a clinic's tool sends ({@code communication.schema.json}) and what it gets back ({@code report.schema.json}).
 * They are resources of this bundle, so they load from a plain classpath and inside OSGi alike.
 */
public final class Schemas {
    /** The folder of the schemas, relative to this class. */
    private static final String FOLDER = "schema/";
    public static final String COMMUNICATION = "communication.schema.json";
    public static final String REPORT = "report.schema.json";
    /** A guideline project's {@code guideline.yaml}. */
    public static final String GUIDELINE = "guideline.schema.json";
    /** A guideline project's {@code lexicons/<name>.yaml}. */
    public static final String LEXICON = "lexicon.schema.json";
    /** A guideline project's test files, {@code tests/*.yaml}. */
    public static final String TESTS = "tests.schema.json";

    private Schemas() {
    }

    /** The text of {@code communication.schema.json}. */
    public static String communication() {
        return text(COMMUNICATION);
    }

    /** The text of {@code report.schema.json}. */
    public static String report() {
        return text(REPORT);
    }

    /** The text of the schema file {@code name}, e.g. {@link #COMMUNICATION}. */
    public static String text(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema '" + name + "' in the model bundle (looked for "
                        + Schemas.class.getPackageName().replace('.', '/') + "/" + FOLDER + name + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + name + " from the model bundle", e);
        }
    }
}
