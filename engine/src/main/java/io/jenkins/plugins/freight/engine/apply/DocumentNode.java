package io.jenkins.plugins.freight.engine.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One object of an apply document with its path, read key by key (keys in any case). Wrong types
 * and unknown keys become errors naming the path; reading goes on so one pass reports them all.
 * Error sentences never quote values (a value may be a secret).
 */
final class DocumentNode {

    private final JsonNode node;
    private final String path;
    private final List<String> errors;
    private final Map<String, String> keys = new LinkedHashMap<>();

    DocumentNode(JsonNode node, String path, List<String> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        node.fieldNames().forEachRemaining(k -> keys.put(k.toLowerCase(Locale.ROOT), k));
    }

    String path() {
        return path;
    }

    /** Reports keys other than these. */
    void allow(String... known) {
        Set<String> allowed = new TreeSet<>();
        for (String k : known) {
            allowed.add(k.toLowerCase(Locale.ROOT));
        }
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (!allowed.contains(key.getKey())) {
                errors.add(
                        at(key.getValue())
                                + ": unknown key (expected one of "
                                + String.join(", ", known)
                                + ")");
            }
        }
    }

    boolean has(String key) {
        JsonNode v = raw(key);
        return v != null && !v.isNull();
    }

    /** Whether the key holds a single value (text, number, true or false). */
    boolean isValue(String key) {
        JsonNode v = raw(key);
        return v != null && !v.isNull() && v.isValueNode();
    }

    String text(String key) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            errors.add(at(key) + ": expected a text value");
            return null;
        }
        return v.asText();
    }

    String requiredText(String key) {
        String value = text(key);
        if (value == null && !hasWrongType(key)) {
            errors.add(at(key) + ": required");
        } else if (value != null && value.isBlank()) {
            errors.add(at(key) + ": must not be empty");
            return null;
        }
        return value == null ? null : value.strip();
    }

    Boolean bool(String key) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()
                && (v.textValue().equalsIgnoreCase("true")
                        || v.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        errors.add(at(key) + ": expected true or false");
        return null;
    }

    boolean bool(String key, boolean fallback) {
        Boolean value = bool(key);
        return value == null ? fallback : value;
    }

    Integer integer(String key) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.canConvertToInt() && v.isIntegralNumber()) {
            return v.intValue();
        }
        if (v.isTextual() && v.textValue().strip().matches("\\d{1,9}")) {
            return Integer.parseInt(v.textValue().strip());
        }
        errors.add(at(key) + ": expected a whole number");
        return null;
    }

    /** A list of names; a single name counts as a list of one; null when not given. */
    List<String> names(String key) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return List.of(v.asText().strip());
        }
        if (!v.isArray()) {
            errors.add(at(key) + ": expected a list of names");
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                errors.add(at(key) + "[" + i + "]: expected a name");
            } else {
                result.add(item.asText().strip());
            }
        }
        return result;
    }

    List<String> namesOrEmpty(String key) {
        List<String> value = names(key);
        return value == null ? List.of() : value;
    }

    /** A map of text values (properties); null when not given. */
    Map<String, String> properties(String key) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            errors.add(at(key) + ": expected a map of names to text values");
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        v.fields()
                .forEachRemaining(
                        e -> {
                            if (!e.getValue().isValueNode()) {
                                errors.add(at(key) + "." + e.getKey() + ": expected a text value");
                            } else if (!e.getValue().isNull()) {
                                result.put(e.getKey(), e.getValue().asText());
                            }
                        });
        return result;
    }

    /** The nested object, or null when not given. */
    DocumentNode object(String key) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            errors.add(at(key) + ": expected an object");
            return null;
        }
        return new DocumentNode(v, at(key), errors);
    }

    /** Each object of a list, read by {@code reader}; null when the list is not given. */
    <T> List<T> list(String key, Function<DocumentNode, T> reader) {
        JsonNode v = raw(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            errors.add(at(key) + ": expected a list");
            return null;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String itemPath = at(key) + "[" + i + "]";
            if (!item.isObject()) {
                errors.add(itemPath + ": expected an object");
                continue;
            }
            T read = reader.apply(new DocumentNode(item, itemPath, errors));
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    <T> List<T> listOrEmpty(String key, Function<DocumentNode, T> reader) {
        List<T> value = list(key, reader);
        return value == null ? List.of() : value;
    }

    void error(String key, String message) {
        errors.add((key == null ? path : at(key)) + ": " + message);
    }

    private boolean hasWrongType(String key) {
        JsonNode v = raw(key);
        return v != null && !v.isNull() && !v.isValueNode();
    }

    private JsonNode raw(String key) {
        String actual = keys.get(key.toLowerCase(Locale.ROOT));
        return actual == null ? null : node.get(actual);
    }

    private String at(String key) {
        String actual = keys.getOrDefault(key.toLowerCase(Locale.ROOT), key);
        return path.isEmpty() ? actual : path + "." + actual;
    }
}
