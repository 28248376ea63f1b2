package io.jenkins.plugins.freight.server.processes;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step and action properties: written as JSON strings (Go fails on anything else), read as strings,
 * numbers or booleans. Sensitive property objects are refused: secrets belong in sensitive
 * variables, which are encrypted at rest.
 */
final class PropertyValues {

    private PropertyValues() {}

    static Map<String, String> read(JsonNode properties, String owner) {
        Map<String, String> result = new LinkedHashMap<>();
        if (properties == null || properties.isNull()) {
            return result;
        }
        if (!properties.isObject()) {
            throw ApiProblem.badRequest("The Properties of " + owner + " must be a JSON object.");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                result.put(field.getKey(), "");
            } else if (value.isValueNode()) {
                result.put(field.getKey(), value.asText());
            } else {
                throw ApiProblem.badRequest(
                        "The property '"
                                + field.getKey()
                                + "' of "
                                + owner
                                + " must be text; sensitive values belong in sensitive"
                                + " variables.");
            }
        }
        return result;
    }
}
