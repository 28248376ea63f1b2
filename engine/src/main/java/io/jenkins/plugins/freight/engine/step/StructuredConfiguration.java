package io.jenkins.plugins.freight.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Octopus's structured configuration variables: replaces values in JSON, YAML, XML and {@code
 * .properties} files with variables named after their path. JSON and YAML use colon paths ({@code
 * Logging:Level}, array index {@code Servers:1}), matched case-insensitively, keeping the original
 * JSON type; a whole object or array may be replaced with JSON text. XML uses XPath ({@link
 * XmlConfiguration}); properties files use the key. Variables named {@code Octopus…} without a
 * colon are ignored. The format is found as Octopus does: JSON first, then by extension, then each
 * format in turn.
 */
final class StructuredConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredConfiguration() {}

    /** Applies the variables to one file; the names of the variables that changed something. */
    static List<String> apply(Path file, Map<String, String> variables) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> changed = new ArrayList<>();
        String result;
        if (isJson(text)) {
            result = json(text, variables, changed);
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            result = YamlConfiguration.apply(text, variables, changed);
        } else if (lower.endsWith(".xml") || lower.endsWith(".config")) {
            result = XmlConfiguration.apply(text, variables, changed);
        } else if (lower.endsWith(".properties")) {
            result = PropertiesConfiguration.apply(text, variables, changed);
        } else {
            result = tryEach(text, variables, changed);
        }
        if (!changed.isEmpty()) {
            try {
                Files.writeString(file, result, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return changed;
    }

    private static String tryEach(
            String text, Map<String, String> variables, List<String> changed) {
        try {
            return XmlConfiguration.apply(text, variables, changed);
        } catch (IllegalArgumentException notXml) {
            // next format
        }
        try {
            return YamlConfiguration.apply(text, variables, changed);
        } catch (IllegalArgumentException notYaml) {
            return PropertiesConfiguration.apply(text, variables, changed);
        }
    }

    static boolean applies(String variableName) {
        return !(variableName.startsWith("Octopus") && !variableName.contains(":"));
    }

    private static boolean isJson(String text) {
        String trimmed = text.trim();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return false;
        }
        try {
            JSON.readTree(trimmed);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String json(String text, Map<String, String> variables, List<String> changed) {
        try {
            JsonNode root = JSON.readTree(text);
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                if (applies(variable.getKey())
                        && replace(root, variable.getKey().split(":"), 0, variable.getValue())) {
                    changed.add(variable.getKey());
                }
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean replace(JsonNode node, String[] path, int index, String value) {
        String segment = path[index];
        boolean last = index == path.length - 1;
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equalsIgnoreCase(segment)) {
                    if (last) {
                        object.set(name, typed(object.get(name), value));
                        return true;
                    }
                    return replace(object.get(name), path, index + 1, value);
                }
            }
        } else if (node instanceof ArrayNode array && segment.matches("\\d+")) {
            int i = Integer.parseInt(segment);
            if (i < array.size()) {
                if (last) {
                    array.set(i, typed(array.get(i), value));
                    return true;
                }
                return replace(array.get(i), path, index + 1, value);
            }
        }
        return false;
    }

    /** The new value with the original's JSON type where the text allows it. */
    static JsonNode typed(JsonNode original, String value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        try {
            if (original.isContainerNode()) {
                return JSON.readTree(value);
            }
            if (original.isNumber()) {
                return JSON.readTree(value).isNumber() ? JSON.readTree(value) : new TextNode(value);
            }
            if (original.isBoolean()
                    && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                return nodes.booleanNode(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
            }
            if (original.isNull() && value.isEmpty()) {
                return nodes.nullNode();
            }
        } catch (IOException notJson) {
            return new TextNode(value);
        }
        return new TextNode(value);
    }
}
