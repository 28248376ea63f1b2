package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Substitutes {@code #{Name}} tokens (names matched ignoring case; {@code ##{} escapes a literal
 * {@code #{}). It serves version templates that use plain variable references; conditionals and
 * filters need the full template language.
 */
final class SimpleTemplateRenderer implements VersionTemplate.Renderer {

    @Override
    public String render(String template, Map<String, String> variables) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(variables);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("##{", i)) {
                out.append("#{");
                i += 3;
                continue;
            }
            if (!template.startsWith("#{", i)) {
                out.append(template.charAt(i++));
                continue;
            }
            int end = template.indexOf('}', i + 2);
            if (end < 0) {
                throw invalid(template, "a '#{' is not closed");
            }
            String name = template.substring(i + 2, end).strip();
            String value = byName.get(name);
            if (value == null) {
                throw invalid(template, "it uses '" + name + "', which is not a known variable");
            }
            out.append(value);
            i = end + 1;
        }
        return out.toString();
    }

    private static InvalidInputException invalid(String template, String why) {
        String message =
                "The project's release version template '"
                        + template
                        + "' cannot be rendered: "
                        + why
                        + ".";
        return new InvalidInputException(message, List.of(message));
    }
}
