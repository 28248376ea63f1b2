package io.jenkins.plugins.freight.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Case-insensitive access to fields of a JSON object, for bodies where "absent" and "null" mean
 * different things (an API key's {@code Expires}).
 */
public final class JsonFields {

    private JsonFields() {}

    /** The field's value (possibly a JSON null), or empty when the object has no such field. */
    public static Optional<JsonNode> find(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return Optional.of(field.getValue());
            }
        }
        return Optional.empty();
    }

    /** A text field, or null when absent or null; a 400 when it is not text. */
    public static String text(JsonNode object, String name) {
        JsonNode value = find(object, name).orElse(null);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw ApiProblem.badRequest("The property '" + name + "' must be text.");
        }
        return value.asText();
    }

    /** An ISO 8601 date with offset or {@code Z}; a 400 naming the property when malformed. */
    public static OffsetDateTime date(JsonNode value, String name) {
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(
                    "The property '"
                            + name
                            + "' must be an ISO 8601 date with an offset, e.g."
                            + " 2026-03-20T21:00:17.205+00:00.");
        }
    }
}
