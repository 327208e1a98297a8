package org.guidepost.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;

/**
 * Finds where a path (a JSON pointer, or a path as Jackson reports it) stands in a YAML document. Jackson buffers unknown properties
 * of records and reports them where the object ends; people need the line of the field itself.
 */
public final class YamlLocator {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlLocator() {
    }

    /**
     * The location of the deepest node of {@code path} that exists in {@code yaml}: the key of a field, the
     * start of an array element, or the enclosing object when the last field is missing. Null if unreadable.
     */
    static JsonLocation locate(byte[] yaml, List<Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (Reference step : path) {
            pointer.append('/').append(step.getFieldName() != null
                    ? step.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(step.getIndex()));
        }
        return locate(yaml, pointer.toString());
    }

    /** The location of the deepest existing node on a JSON pointer ({@code /clauses/0/title}), or null. */
    public static JsonLocation locate(byte[] yaml, String pointer) {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonLocation found = parser.currentTokenLocation();
            if (pointer.isEmpty()) {
                return found;
            }
            for (String raw : pointer.substring(1).split("/", -1)) {
                String step = raw.replace("~1", "/").replace("~0", "~");
                JsonLocation next = parser.currentToken() == JsonToken.START_ARRAY && step.matches("\\d+")
                        ? enterElement(parser, Integer.parseInt(step)) : enterField(parser, step);
                if (next == null) {
                    return found;
                }
                found = next;
            }
            return found;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The locations of all the elements of the array at {@code pointer} ({@code /cases}), in one reading of the
     * document (locating each element on its own reads it again for each: quadratic in a long test file); empty when
     * there is no such array or the document cannot be read.
     */
    public static List<JsonLocation> elements(byte[] yaml, String pointer) {
        List<JsonLocation> found = new java.util.ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                return found;
            }
            if (!pointer.isEmpty()) {
                for (String raw : pointer.substring(1).split("/", -1)) {
                    String step = raw.replace("~1", "/").replace("~0", "~");
                    JsonLocation next = parser.currentToken() == JsonToken.START_ARRAY && step.matches("\\d+")
                            ? enterElement(parser, Integer.parseInt(step)) : enterField(parser, step);
                    if (next == null) {
                        return found;
                    }
                }
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return found;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY && parser.currentToken() != null) {
                found.add(parser.currentTokenLocation());
                parser.skipChildren();
            }
            return found;
        } catch (IOException e) {
            return found;
        }
    }

    /** Moves from the start of an object to the value of {@code name}; returns the key's location. */
    private static JsonLocation enterField(JsonParser parser, String name) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation key = parser.currentTokenLocation();
            boolean match = name.equals(parser.currentName());
            parser.nextToken();
            if (match) {
                return key;
            }
            parser.skipChildren();
        }
        return null;
    }

    /** Moves from the start of an array to its element {@code index}; returns the element's location. */
    private static JsonLocation enterElement(JsonParser parser, int index) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i == index) {
                return parser.currentTokenLocation();
            }
            parser.skipChildren();
        }
        return null;
    }
}
