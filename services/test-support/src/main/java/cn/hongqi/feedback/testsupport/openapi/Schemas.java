package cn.hongqi.feedback.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;

/**
 * A structural check of a JSON value against an OpenAPI 3.0 schema: types, required properties,
 * enumerations, arrays and maps, through {@code $ref}. Enough to catch an answer or an example that
 * lost a field or changed its shape; formats and patterns are left to the unit tests. A property that
 * is not required may be {@code null}: Jackson writes a record's absent component that way.
 */
final class Schemas {

    private static final String COMPONENT = "#/components/schemas/";

    private Schemas() {
    }

    static void check(JsonNode document, JsonNode schema, JsonNode value, String where, List<String> problems) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.isMissingNode() || value.isMissingNode()) {
            return;
        }
        if (value.isNull()) {
            if (!resolved.path("nullable").asBoolean()) {
                problems.add(where + " is null");
            }
            return;
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> object(document, resolved, value, where, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + " is not an array: " + value);
                    return;
                }
                int i = 0;
                for (JsonNode item : value) {
                    check(document, resolved.path("items"), item, where + "[" + i++ + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + " is not a string: " + value);
                } else if (resolved.has("enum") && !contains(resolved.path("enum"), value)) {
                    problems.add(where + " is " + value + ", not one of " + resolved.path("enum"));
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + " is not an integer: " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + " is not a number: " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + " is not a boolean: " + value);
                }
            }
            default -> {
                // No type (a free-form value): anything fits.
            }
        }
    }

    private static void object(JsonNode document, JsonNode schema, JsonNode value, String where, List<String> problems) {
        if (!value.isObject()) {
            problems.add(where + " is not an object: " + value);
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(where + " lacks the required " + required.asText());
            }
        }
        value.fields().forEachRemaining(field -> {
            if (field.getValue().isNull() && !contains(schema.path("required"), TextNode.valueOf(field.getKey()))) {
                return;
            }
            JsonNode property = schema.path("properties").path(field.getKey());
            check(document, property.isMissingNode() ? schema.path("additionalProperties") : property, field.getValue(),
                    where + "." + field.getKey(), problems);
        });
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.path("$ref").asText();
            if (!ref.startsWith(COMPONENT)) {
                throw new IllegalArgumentException("a reference outside the document's schemas: " + ref);
            }
            resolved = document.path("components").path("schemas").path(ref.substring(COMPONENT.length()));
            if (resolved.isMissingNode()) {
                throw new IllegalArgumentException("a reference to a schema the document does not have: " + ref);
            }
        }
        return resolved;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
