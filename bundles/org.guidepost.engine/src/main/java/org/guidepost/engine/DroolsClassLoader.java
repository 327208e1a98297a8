package org.guidepost.engine;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class loader Drools compiles and runs with. Inside OSGi the classes rules talk about (the model, or a
 * caller's own facts) and Drools itself (nested in the engine bundle) live behind different loaders; this one
 * asks the facts' loader first and falls back to the engine's, for classes and for resources such as
 * {@code META-INF/services} and {@code META-INF/kie.conf}. On a flat classpath both are the same loader and
 * {@link #bridging} returns it unchanged.
 */
final class DroolsClassLoader extends ClassLoader {
    private final ClassLoader engine;

    private DroolsClassLoader(ClassLoader facts, ClassLoader engine) {
        super("guidepost-drools", facts);
        this.engine = engine;
    }

    /** A loader that sees both; {@code facts} itself when it already sees the engine's classes. */
    static ClassLoader bridging(ClassLoader facts, ClassLoader engine) {
        if (facts == null || facts == engine || sees(facts, engine)) {
            return engine;
        }
        return new DroolsClassLoader(facts, engine);
    }

    private static boolean sees(ClassLoader facts, ClassLoader engine) {
        try {
            return Class.forName(RuleEngine.class.getName(), false, facts).getClassLoader() == engine
                    && Class.forName("org.drools.core.impl.RuleBaseFactory", false, facts) != null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return engine.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return engine.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return engine.getResources(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        // Both sides, without duplicates: ServiceLoader must see each provider once.
        Set<URL> urls = new LinkedHashSet<>(Collections.list(getParent().getResources(name)));
        urls.addAll(Collections.list(engine.getResources(name)));
        return Collections.enumeration(urls);
    }
}
