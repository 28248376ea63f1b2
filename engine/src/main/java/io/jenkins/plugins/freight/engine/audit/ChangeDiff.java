package io.jenkins.plugins.freight.engine.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The differences between two versions of a document as a JSON Patch (RFC 6902), with sensitive
 * values replaced by {@value #REDACTED}: fields whose name says password, secret, token, key
 * material or sensitive value, and the value of any object marked sensitive ({@code isSensitive},
 * {@code sensitive}). A changed secret still shows up as a change, without its value.
 */
public final class ChangeDiff {

    public static final String REDACTED = "*****";

    private static final Pattern SENSITIVE_NAME =
            Pattern.compile(
                    "(?i).*(password|secret|token|apikey|api_key|privatekey|private_key|passphrase"
                            + "|sensitivevalue|newvalue|keyhash|key_hash|csrf).*");

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ChangeDiff() {}

    /** The patch from {@code before} to {@code after} as JSON text; null when both are null. */
    public static String between(Object before, Object after) {
        if (before == null && after == null) {
            return null;
        }
        JsonNode from = before == null ? null : MAPPER.valueToTree(before);
        JsonNode to = after == null ? null : MAPPER.valueToTree(after);
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        diff(patch, "", from, to, false);
        return patch.toString();
    }

    private static void diff(
            ArrayNode patch, String path, JsonNode from, JsonNode to, boolean secret) {
        if (from == null || from.isMissingNode()) {
            op(patch, "add", path, to, secret);
        } else if (to == null || to.isMissingNode()) {
            patch.add(JsonNodeFactory.instance.objectNode().put("op", "remove").put("path", path));
        } else if (from.isObject() && to.isObject()) {
            boolean sensitiveObject = secret || markedSensitive(from) || markedSensitive(to);
            Set<String> names = new LinkedHashSet<>();
            from.fieldNames().forEachRemaining(names::add);
            to.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                boolean fieldSecret =
                        sensitiveObject && isValueField(name) || secret || isSensitive(name);
                diff(patch, path + "/" + escape(name), from.get(name), to.get(name), fieldSecret);
            }
        } else if (!from.equals(to)) {
            op(patch, "replace", path, to, secret);
        }
    }

    private static void op(
            ArrayNode patch, String op, String path, JsonNode value, boolean secret) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("op", op).put("path", path);
        node.set("value", redact(value, secret));
        patch.add(node);
    }

    /** A copy of the tree with every sensitive value replaced. */
    static JsonNode redact(JsonNode node, boolean secret) {
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (secret && !node.isContainerNode()) {
            return JsonNodeFactory.instance.textNode(REDACTED);
        }
        if (node.isObject()) {
            boolean sensitiveObject = markedSensitive(node);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                boolean fieldSecret =
                        secret || isSensitive(name) || sensitiveObject && isValueField(name);
                copy.set(name, redact(node.get(name), fieldSecret));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(redact(e, secret)));
            return copy;
        }
        return node;
    }

    static boolean isSensitive(String fieldName) {
        return SENSITIVE_NAME.matcher(fieldName).matches();
    }

    private static boolean markedSensitive(JsonNode node) {
        for (String flag : new String[] {"isSensitive", "IsSensitive", "sensitive", "Sensitive"}) {
            JsonNode value = node.get(flag);
            if (value != null && value.asBoolean(false)) {
                return true;
            }
        }
        JsonNode type = node.get("type");
        return type != null && "Sensitive".equalsIgnoreCase(type.asText());
    }

    private static boolean isValueField(String name) {
        return name.toLowerCase(Locale.ROOT).equals("value");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
