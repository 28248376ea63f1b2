package io.jenkins.plugins.freight.engine.target;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Octopus service message printed by a script: {@code ##octopus[name attr='base64' …]}.
 * Attribute values are Base64-encoded UTF-8, as Octopus's bootstrap scripts write them; a value
 * that is not valid Base64 is kept as written.
 *
 * @param name the message name, e.g. {@code setVariable}, {@code stdout-warning}
 * @param attributes decoded attribute values by attribute name
 */
public record ServiceMessage(String name, Map<String, String> attributes) {

    private static final Pattern MESSAGE =
            Pattern.compile(
                    "^\\s*##octopus\\[([A-Za-z][\\w-]*)((?:\\s+[\\w-]+='[^']*')*)\\s*]\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)='([^']*)'");

    public ServiceMessage {
        attributes = Map.copyOf(attributes);
    }

    /** The message on this line, or empty when the line is ordinary output. */
    public static Optional<ServiceMessage> parse(String line) {
        if (line.indexOf("##octopus[") < 0) {
            return Optional.empty();
        }
        Matcher m = MESSAGE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(m.group(2));
        while (a.find()) {
            attributes.put(a.group(1), decode(a.group(2)));
        }
        return Optional.of(new ServiceMessage(m.group(1), attributes));
    }

    /** An attribute's value, or the fallback when absent. */
    public String attribute(String attribute, String fallback) {
        return attributes.getOrDefault(attribute, fallback);
    }

    private static String decode(String raw) {
        try {
            return new String(Base64.getDecoder().decode(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return raw;
        }
    }

    /** Formats a message the way the bootstrap helpers print it (for tests and docs). */
    public static String format(String name, Map<String, String> attributes) {
        StringBuilder out = new StringBuilder("##octopus[").append(name);
        attributes.forEach(
                (k, v) ->
                        out.append(' ')
                                .append(k)
                                .append("='")
                                .append(
                                        Base64.getEncoder()
                                                .encodeToString(v.getBytes(StandardCharsets.UTF_8)))
                                .append('\''));
        return out.append(']').toString();
    }

    @Override
    public String toString() {
        // Attribute values may be sensitive output variables.
        return "ServiceMessage[" + name + " " + attributes.keySet() + "]";
    }
}
