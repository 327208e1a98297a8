package org.guidepost.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.definition.KiePackage;

/**
 * The precompiled form of a rule set: Drools' compiled knowledge packages, serialised, behind a small header that
 * says which Drools wrote them. Reading it skips parsing and compiling the DRL; only the rule network is rebuilt.
 *
 * <p>Layout: the UTF string {@value #MAGIC}, the int {@value #FORMAT}, the UTF Drools version, the UTF Java
 * specification version, then the packages as Drools serialises them.
 *
 * <p>Java deserialisation of untrusted bytes is dangerous, so callers load this form only from a pack whose
 * signature they verified, and the read is filtered to the classes a compiled rule base is made of (Drools, KIE,
 * MVEL, the model and engine, and basic {@code java.lang}/{@code java.util}/{@code java.time}/{@code java.math}
 * types), with caps on depth, references and array sizes.
 */
final class PrecompiledRules {
    static final String MAGIC = "GUIDEPOST-PRECOMPILED-RULES";
    static final int FORMAT = 1;
    private static final List<String> ALLOWED_PREFIXES = List.of("org.drools.", "org.kie.", "org.mvel2.",
            "org.guidepost.model.", "org.guidepost.engine.", "java.lang.", "java.util.", "java.time.", "java.math.");
    private static final ObjectInputFilter FILTER = info -> {
        if (info.depth() > 400 || info.references() > 2_000_000 || info.arrayLength() > 10_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        String name = type.getName();
        // java.lang.reflect and java.lang.invoke are reflection: never part of a rule base
        if (name.startsWith("java.lang.reflect.") || name.startsWith("java.lang.invoke.")) {
            return ObjectInputFilter.Status.REJECTED;
        }
        return ALLOWED_PREFIXES.stream().anyMatch(name::startsWith)
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private PrecompiledRules() {
    }

    /** The version of Drools this engine runs, e.g. {@code 10.2.0}. */
    static String droolsVersion() {
        try (InputStream properties = RuleBaseFactory.class.getResourceAsStream(
                "/META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (properties != null) {
                Properties values = new Properties();
                values.load(properties);
                String version = values.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version.trim();
                }
            }
        } catch (IOException e) {
            // fall through to the jar manifest
        }
        String version = RuleBaseFactory.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    static byte[] write(Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(bytes);
        header.writeUTF(MAGIC);
        header.writeInt(FORMAT);
        header.writeUTF(droolsVersion());
        header.writeUTF(System.getProperty("java.specification.version", "unknown"));
        header.flush();
        List<KiePackage> list = new ArrayList<>(packages);
        // A dry run learns the order in which a deterministic walk meets each object; the real run then writes
        // identity maps (whose own order is by identity hash, different in every run) in that order.
        Map<Object, Integer> encounterOrder = new IdentityHashMap<>();
        try (CanonicalOutputStream dryRun = new CanonicalOutputStream(OutputStream.nullOutputStream(), encounterOrder, true)) {
            dryRun.writeObject(list);
        }
        try (CanonicalOutputStream out = new CanonicalOutputStream(bytes, encounterOrder, false)) {
            out.writeObject(list);
        }
        return bytes.toByteArray();
    }

    /** Why the form cannot be used by this engine, or null when it can. */
    static String incompatibility(byte[] precompiled) {
        try {
            Header header = header(new DataInputStream(new ByteArrayInputStream(precompiled)));
            if (header.format != FORMAT) {
                return "they are in precompiled format " + header.format + " and this engine reads format " + FORMAT;
            }
            if (!header.drools.equals(droolsVersion())) {
                return "they were made by Drools " + header.drools + " and this engine runs Drools " + droolsVersion();
            }
            return null;
        } catch (IOException e) {
            return "they are not in the precompiled format (" + e.getMessage() + ")";
        }
    }

    @SuppressWarnings("unchecked")
    static Collection<KiePackage> read(byte[] precompiled, ClassLoader loader) throws IOException, ClassNotFoundException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(precompiled);
        header(new DataInputStream(bytes));
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(bytes, loader)) {
            in.setObjectInputFilter(FILTER);
            Object packages = in.readObject();
            if (!(packages instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("the precompiled rules hold a " + (packages == null ? "null" : packages.getClass().getName())
                        + ", not a list of rule packages");
            }
            return (Collection<KiePackage>) packages;
        }
    }

    private static Header header(DataInputStream in) throws IOException {
        String magic = in.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("no " + MAGIC + " header");
        }
        return new Header(in.readInt(), in.readUTF(), in.readUTF());
    }

    private record Header(int format, String drools, String java) {
    }

    /** Writes Drools' objects with every {@link IdentityHashMap} in a canonical order, so the same rules give the same bytes. */
    private static final class CanonicalOutputStream extends DroolsObjectOutputStream {
        private final Map<Object, Integer> encounterOrder;
        private final boolean dryRun;

        CanonicalOutputStream(OutputStream out, Map<Object, Integer> encounterOrder, boolean dryRun) throws IOException {
            super(out);
            this.encounterOrder = encounterOrder;
            this.dryRun = dryRun;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (dryRun) {
                encounterOrder.putIfAbsent(object, encounterOrder.size());
                return object instanceof IdentityHashMap<?, ?> ? new IdentityHashMap<>() : object;
            }
            if (object instanceof IdentityHashMap<?, ?> map && object.getClass() == IdentityHashMap.class) {
                return new OrderedIdentityMap(map, encounterOrder);
            }
            return object;
        }
    }

    /** An identity map's entries in a fixed order; read back, it is an {@link IdentityHashMap} again. */
    static final class OrderedIdentityMap implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Object[] keys;
        private final Object[] values;

        OrderedIdentityMap(Map<?, ?> map, Map<Object, Integer> encounterOrder) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            entries.sort(Comparator.comparingInt((Map.Entry<?, ?> e) -> encounterOrder.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                    .thenComparing(e -> e.getKey() == null ? "" : e.getKey().getClass().getName()));
            keys = entries.stream().map(Map.Entry::getKey).toArray();
            values = entries.stream().map(Map.Entry::getValue).toArray();
        }

        private Object readResolve() throws ObjectStreamException {
            if (keys == null || values == null || keys.length != values.length) {
                throw new InvalidObjectException("an identity map with " + (keys == null ? 0 : keys.length) + " keys and "
                        + (values == null ? 0 : values.length) + " values");
            }
            Map<Object, Object> map = new IdentityHashMap<>(keys.length);
            for (int i = 0; i < keys.length; i++) {
                map.put(keys[i], values[i]);
            }
            return map;
        }
    }
}
