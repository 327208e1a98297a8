package org.guidepost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The versions the {@code guidepost} command reports: its own and that of Drools, both written into
 * {@code version.properties} by Maven resource filtering, and the running Java.
 */
public final class Versions {
    static final String RESOURCE = "version.properties";

    private static final Properties PROPERTIES = load();

    private Versions() {
    }

    /** The Guidepost version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String guidepost() {
        return get("version");
    }

    /** The Drools version Guidepost was built against, e.g. {@code 10.2.0}. */
    public static String drools() {
        return get("drools");
    }

    /** The lines of {@code guidepost version} and {@code guidepost --version}. */
    public static List<String> lines() {
        return List.of(
                "guidepost " + guidepost(),
                "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "drools " + drools());
    }

    private static String get(String key) {
        return PROPERTIES.getProperty(key, "unknown");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties;
    }
}
