package io.jenkins.plugins.freight.engine.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON navigation into variable values: {@code #{Config.Servers[0].Name}} when {@code Config} holds
 * a JSON object. Parsing is lenient like Json.NET (unquoted names, single quotes, comments,
 * trailing commas) but rejects trailing garbage.
 */
final class JsonValues {

    private static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private static final Parsed NOT_JSON = new Parsed(null);
    private static final int CACHE_LIMIT = 1_000;
    private static final int CACHED_TEXT_LIMIT = 64 * 1024;
    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

    private JsonValues() {}

    /** A parsed value: an object or array, or nothing when the text is not one. */
    record Parsed(JsonNode node) {}

    /** Like {@link #parse}, remembering recent results (parsed values are only ever read). */
    static Parsed cachedParse(String text) {
        Parsed cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        Parsed parsed = parse(text);
        if (parsed.node() != null && text.length() <= CACHED_TEXT_LIMIT) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(text, parsed);
        }
        return parsed;
    }

    static Parsed parse(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || (text.charAt(first) != '{' && text.charAt(first) != '[')) {
            return NOT_JSON;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isContainerNode() ? new Parsed(node) : NOT_JSON;
        } catch (JsonProcessingException | RuntimeException e) {
            return NOT_JSON;
        }
    }

    /**
     * The member {@code property} of a JSON object or array as a leaf node: a missing member (or an
     * index past the end) is the empty string; null when the value is not JSON or the array index
     * is not a number.
     */
    static BindingNode member(JsonNode container, String property) {
        if (container.isObject()) {
            return new BindingNode(text(container.get(property)));
        }
        int index;
        try {
            index = Integer.parseInt(property.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (index < 0) {
            return null;
        }
        return new BindingNode(index < container.size() ? text(container.get(index)) : "");
    }

    /**
     * The items {@code #{each}} visits: array elements, or object members as nodes whose value is
     * the member name, with {@code Key} and {@code Value} children.
     */
    static List<BindingNode> items(JsonNode container) {
        List<BindingNode> items = new ArrayList<>(container.size());
        if (container.isArray()) {
            for (JsonNode element : container) {
                items.add(new BindingNode(text(element)));
            }
            return items;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = container.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            BindingNode item = new BindingNode(field.getKey());
            item.putChild("key", new BindingNode(field.getKey()));
            item.putChild("value", new BindingNode(text(field.getValue())));
            items.add(item);
        }
        return items;
    }

    /** Scalars as text (booleans as {@code True}/{@code False}, like .NET); containers as JSON. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber()
                    ? node.bigIntegerValue().toString()
                    : Numbers.format(node.doubleValue());
        }
        return node.toString();
    }
}
