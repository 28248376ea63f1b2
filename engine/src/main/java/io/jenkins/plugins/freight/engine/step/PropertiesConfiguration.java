package io.jenkins.plugins.freight.engine.step;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured configuration for {@code .properties} files: a variable named like a key replaces that
 * key's value (keys compared case-insensitively); comments, order and other lines are kept.
 */
final class PropertiesConfiguration {

    private static final Pattern ENTRY =
            Pattern.compile("^(\\s*)((?:\\\\.|[^\\s=:\\\\])+)(\\s*[=:]\\s*|\\s+)(.*)$");

    private PropertiesConfiguration() {}

    static String apply(String text, Map<String, String> variables, List<String> changed) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean isContinuation = continued;
            continued = endsWithContinuation(line);
            if (isContinuation) {
                out.append(line);
            } else {
                out.append(replaceLine(line, variables, changed));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String replaceLine(
            String line, Map<String, String> variables, List<String> changed) {
        String trimmed = line.stripLeading();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return line;
        }
        Matcher m = ENTRY.matcher(line);
        if (!m.matches() || endsWithContinuation(line)) {
            return line;
        }
        String key = m.group(2).replaceAll("\\\\(.)", "$1");
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (variable.getKey().equalsIgnoreCase(key)
                    && StructuredConfiguration.applies(variable.getKey())) {
                changed.add(variable.getKey());
                return m.group(1) + m.group(2) + m.group(3) + escape(variable.getValue());
            }
        }
        return line;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
