package org.guidepost.ui.drl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidepost.engine.CheckContext;
import org.guidepost.engine.LexiconMatch;
import org.guidepost.model.Account;
import org.guidepost.model.Author;
import org.guidepost.model.Communication;
import org.guidepost.model.Consent;
import org.guidepost.model.InReplyTo;
import org.guidepost.model.Media;
import org.guidepost.model.Mention;
import org.guidepost.model.Offer;

/**
 * The classes rules talk about, and their fields as rules write them: the bean properties of each class, found by
 * reflection so that a new getter in the model shows up in completion without touching the editor.
 */
final class FactTypes {
    /** Simple name to class, in the order completion offers them. */
    static final Map<String, Class<?>> TYPES = types(Communication.class, LexiconMatch.class, CheckContext.class,
            Account.class, Author.class, Media.class, Mention.class, Offer.class, Consent.class, InReplyTo.class);

    /** A field of a fact type: its name in rules and its type as people read it ({@code List<Media>}). */
    record Field(String name, String type) {
    }

    private FactTypes() {
    }

    /** The fields of a fact type, by name; empty for a name that is not one. */
    static List<Field> fields(String simpleName) {
        Class<?> type = TYPES.get(simpleName);
        if (type == null) {
            return List.of();
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = propertyName(method);
            if (name != null) {
                fields.putIfAbsent(name, new Field(name, readable(method.getGenericReturnType())));
            }
        }
        List<Field> sorted = new ArrayList<>(fields.values());
        sorted.sort(Comparator.comparing(Field::name));
        return sorted;
    }

    private static String propertyName(Method method) {
        String name = method.getName();
        String bare;
        if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
            bare = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            bare = name.substring(2);
        } else {
            return null;
        }
        // as java.beans.Introspector.decapitalize: URL stays URL, Text becomes text
        if (bare.length() > 1 && Character.isUpperCase(bare.charAt(1)) && Character.isUpperCase(bare.charAt(0))) {
            return bare;
        }
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static String readable(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            List<String> arguments = new ArrayList<>();
            for (Type argument : p.getActualTypeArguments()) {
                arguments.add(readable(argument));
            }
            return readable(p.getRawType()) + "<" + String.join(", ", arguments) + ">";
        }
        return type.getTypeName();
    }

    private static Map<String, Class<?>> types(Class<?>... classes) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            types.put(c.getSimpleName(), c);
        }
        return types;
    }
}
