package io.jenkins.plugins.freight.engine.template.filter;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for the place a value lands: HTML, XML, JSON string, YAML single- and double-quoted
 * scalars, Java properties keys and values, URIs. None takes options.
 */
final class EscapeFilters {

    private static final Pattern NEWLINES = Pattern.compile("(?:\r?\n)+");
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    private static final String URI_KEEP = UNRESERVED + ":/?#[]@!$&'()*+,;=";

    private EscapeFilters() {}

    static void register(Filters.Registry registry) {
        registry.add("HtmlEscape", noOptions(EscapeFilters::html));
        registry.add("XmlEscape", noOptions(EscapeFilters::xml));
        registry.add("JsonEscape", noOptions(EscapeFilters::json));
        registry.add("YamlSingleQuoteEscape", noOptions(EscapeFilters::yamlSingleQuoted));
        registry.add("YamlDoubleQuoteEscape", noOptions(EscapeFilters::yamlDoubleQuoted));
        registry.add("PropertiesKeyEscape", noOptions(v -> properties(v, true)));
        registry.add("PropertiesValueEscape", noOptions(v -> properties(v, false)));
        registry.add("UriEscape", noOptions(v -> percentEncode(v, URI_KEEP)));
        registry.add("UriDataEscape", noOptions(v -> percentEncode(v, UNRESERVED)));
    }

    private static Filter noOptions(java.util.function.UnaryOperator<String> escape) {
        return (argument, options) ->
                options.isEmpty() && argument != null ? escape.apply(argument) : null;
    }

    /** The replacement of the character at {@code index}, or null to keep it. */
    @FunctionalInterface
    private interface Replacement {
        String of(char c, int index);
    }

    private static String map(String value, Replacement replacement) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String r = replacement.of(c, i);
            if (r == null) {
                out.append(c);
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }

    static String html(String value) {
        return map(
                value,
                (c, i) ->
                        switch (c) {
                            case '&' -> "&amp;";
                            case '<' -> "&lt;";
                            case '>' -> "&gt;";
                            case '"' -> "&quot;";
                            case '\'' -> "&apos;";
                            case '/' -> "&#x2F;";
                            default -> null;
                        });
    }

    static String xml(String value) {
        return map(
                value,
                (c, i) ->
                        switch (c) {
                            case '&' -> "&amp;";
                            case '<' -> "&lt;";
                            case '>' -> "&gt;";
                            case '"' -> "&quot;";
                            case '\'' -> "&apos;";
                            default -> null;
                        });
    }

    static String json(String value) {
        return map(
                value,
                (c, i) ->
                        switch (c) {
                            case '"' -> "\\\"";
                            case '\r' -> "\\r";
                            case '\t' -> "\\t";
                            case '\n' -> "\\n";
                            case '\\' -> "\\\\";
                            default -> null;
                        });
    }

    /**
     * Inside single quotes YAML folds one line break into a space, so every run of line breaks gets
     * one more; a quote is doubled.
     */
    static String yamlSingleQuoted(String value) {
        Matcher m = NEWLINES.matcher(value);
        StringBuilder out = new StringBuilder(value.length() + 8);
        int last = 0;
        while (m.find()) {
            out.append(value, last, m.start());
            out.append(m.group().startsWith("\r") ? "\r\n" : "\n").append(m.group());
            last = m.end();
        }
        out.append(value, last, value.length());
        return out.toString().replace("'", "''");
    }

    static String yamlDoubleQuoted(String value) {
        return map(
                value,
                (c, i) -> {
                    return switch (c) {
                        case '\r' -> "\\r";
                        case '\n' -> "\\n";
                        case '\t' -> "\\t";
                        case '\\' -> "\\\\";
                        case '"' -> "\\\"";
                        default -> c >= 0x20 && c <= 0x7E ? null : unicodeEscape(c);
                    };
                });
    }

    static String properties(String value, boolean key) {
        return map(
                value,
                (c, i) -> {
                    if (c == ' ' && (key || i == 0)) {
                        return "\\ ";
                    }
                    if (key && (c == ':' || c == '=')) {
                        return "\\" + c;
                    }
                    return switch (c) {
                        case '\\' -> "\\\\";
                        case '\r' -> "\\r";
                        case '\n' -> "\\n";
                        case '\t' -> "\\t";
                        default -> c < 0xFF ? null : unicodeEscape(c);
                    };
                });
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** Percent-encodes UTF-8 bytes of every character not in {@code keep}, upper-case hex. */
    static String percentEncode(String value, String keep) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp < 128 && keep.indexOf(cp) >= 0) {
                out.append((char) cp);
            } else {
                for (byte b : value.substring(i, i + len).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%')
                            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += len;
        }
        return out.toString();
    }
}
