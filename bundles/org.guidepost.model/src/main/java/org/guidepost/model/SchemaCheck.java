package org.guidepost.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.utils.JsonNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Checks JSON against one of the published schemas ({@link Schemas}) with networknt's json-schema-validator, and
 * says what is wrong in words for the person who wrote the JSON: the field as a JSON pointer, the value, and what
 * is allowed instead. Formats ({@code date}, {@code date-time}) are checked too, because rules compare dates.
 */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build()));
    /** Longer values are cut in messages: a message says which value, it need not repeat all of it. */
    private static final int SHOWN_VALUE_LENGTH = 60;

    private final JsonNode schemaTree;
    private final Schema schema;

    private SchemaCheck(JsonNode schemaTree, Schema schema) {
        this.schemaTree = schemaTree;
        this.schema = schema;
    }

    /** The check against the published schema {@code name}, e.g. {@link Schemas#COMMUNICATION}. */
    static SchemaCheck of(String name) {
        try {
            JsonNode tree = Json.MAPPER.readTree(Schemas.text(name));
            // The schemas' $id is relative ("guidepost/communication.schema.json"); the validator needs an absolute
            // base to resolve it against. Nothing is ever loaded from it: all references are inside the schema.
            Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:org/guidepost/model/schema/" + name), tree);
            return new SchemaCheck(tree, schema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the published schema " + name + " is not valid JSON", e);
        }
    }

    /**
     * What in {@code instance} the schema does not allow, in the order the validator found it; empty when valid.
     * Nodes read with location (networknt's {@code LocationJsonNodeFactory}) tell the reader where each one stands.
     */
    List<Violation> check(JsonNode instance) {
        List<Violation> violations = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            JsonNode node = JsonNodes.get(instance, error.getInstanceLocation());
            String pointer = error.getInstanceLocation().toString();
            if ("required".equals(error.getKeyword())) {
                String field = error.getProperty();
                violations.add(new Violation(pointer + "/" + escape(field), node, true,
                        "required field is missing; add it" + allowedOf(missingFieldSchema(error, field))));
            } else if ("additionalProperties".equals(error.getKeyword())) {
                String field = error.getProperty();
                violations.add(new Violation(pointer + "/" + escape(field), node, false, "unknown field '" + field
                        + "' (allowed: " + String.join(", ", siblingProperties(error, "/additionalProperties")) + ")"));
            } else {
                violations.add(new Violation(pointer, node, false, describe(error, node)));
            }
        }
        return violations;
    }

    /**
     * A part of the JSON the schema does not allow.
     *
     * @param pointer      the field at fault, e.g. {@code /kind}, {@code /account/type}
     * @param node         the value at fault, or the object that lacks a required field
     * @param missingField whether a required field is absent (as opposed to a value not allowed)
     * @param problem      what is wrong and what is allowed, without the pointer
     */
    record Violation(String pointer, JsonNode node, boolean missingField, String problem) {
        /** The problem, led by the pointer: {@code /kind: 'tweet' is not one of post, story, ...}. */
        String message() {
            return pointer + ": " + problem;
        }
    }

    private String describe(Error error, JsonNode value) {
        JsonNode rule = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "enum" -> show(value) + " is not one of " + join(rule);
            case "type" -> "expected " + (rule.isArray() ? join(rule).replace(", ", " or ") : rule.asText())
                    + ", found " + found(value);
            case "minLength" -> rule.asInt() == 1 ? "must not be empty"
                    : "is shorter than " + rule.asInt() + " characters; lengthen it";
            case "maxLength" -> "is " + value.asText().codePointCount(0, value.asText().length())
                    + " characters long, more than the " + rule.asInt() + " allowed; shorten it";
            case "minimum" -> show(value) + " is less than the minimum " + rule.asText();
            case "maximum" -> show(value) + " is more than the maximum " + rule.asText();
            case "format" -> show(value) + " is not a " + formatHint(rule.asText());
            case "pattern" -> show(value) + " is not in the expected form" + descriptionOf(error, "/pattern");
            case "uniqueItems" -> "lists a value twice; keep one";
            default -> error.getMessage();
        };
    }

    private static String formatHint(String format) {
        return switch (format) {
            case "date" -> "date; write YYYY-MM-DD, e.g. 2026-05-31";
            case "date-time" -> "date and time; write RFC 3339, e.g. 2026-05-31T09:30:00Z";
            default -> format;
        };
    }

    /** The property names declared beside a keyword ({@code /additionalProperties}) of an object's schema. */
    private List<String> siblingProperties(Error error, String keyword) {
        JsonNode properties = schemaBeside(error, keyword).get("properties");
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** ": " and the description of the schema a keyword ({@code /pattern}) belongs to, or nothing. */
    private String descriptionOf(Error error, String keyword) {
        JsonNode description = schemaBeside(error, keyword).get("description");
        return description == null ? "" : ": " + description.asText();
    }

    private JsonNode schemaBeside(Error error, String keyword) {
        String at = error.getSchemaLocation().getFragment().toString();
        return resolve(schemaTree.at(at.endsWith(keyword) ? at.substring(0, at.length() - keyword.length()) : at));
    }

    /** The schema of the missing {@code field}, found beside the {@code required} keyword that asks for it. */
    private JsonNode missingFieldSchema(Error error, String field) {
        String requiredAt = error.getSchemaLocation().getFragment().toString();
        String objectSchema = requiredAt.substring(0, requiredAt.length() - "/required".length());
        return resolve(schemaTree.at(objectSchema + "/properties/" + escape(field)));
    }

    /** Follows a local {@code $ref} ({@code #/$defs/relationship}); the published schemas have no other kind. */
    private JsonNode resolve(JsonNode subschema) {
        JsonNode ref = subschema.get("$ref");
        return ref != null && ref.asText().startsWith("#") ? schemaTree.at(ref.asText().substring(1)) : subschema;
    }

    private static String allowedOf(JsonNode fieldSchema) {
        JsonNode allowed = fieldSchema.get("enum");
        return allowed == null ? "" : " (one of " + join(allowed) + ")";
    }

    private static String join(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "));
    }

    /** How a value is named in a message: a string in quotes, cut when long; anything else as JSON. */
    static String show(JsonNode value) {
        if (!value.isTextual()) {
            return value.toString();
        }
        String text = value.asText();
        return "'" + (text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…") + "'";
    }

    /** A value as met where something else was expected: its JSON kind, and the value itself when short. */
    static String found(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "string " + show(value);
            case NUMBER -> "number " + value;
            case BOOLEAN -> "boolean " + value;
            default -> "null";
        };
    }

    /** A property name as one step of a JSON pointer (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
