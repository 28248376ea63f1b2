package io.jenkins.plugins.freight.engine.template.filter;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replace, Substring, Truncate, Trim, Indent, Append, Prepend. */
final class TextFilters {

    private static final Pattern INDENT_SIZES = Pattern.compile("^(?:(\\d{1,3})?/)?(\\d{1,3})$");

    private TextFilters() {}

    static void register(Filters.Registry registry) {
        registry.add("Replace", TextFilters::replace);
        registry.add("Substring", TextFilters::substring);
        registry.add("Truncate", TextFilters::truncate);
        registry.add("Trim", TextFilters::trim);
        registry.add("Indent", TextFilters::indent);
        registry.add("Append", (argument, options) -> join(argument, options, false));
        registry.add("Prepend", (argument, options) -> join(argument, options, true));
    }

    /** Regular-expression replace; the replacement uses .NET syntax ({@code $1}, {@code $$}). */
    private static String replace(String argument, List<String> options) {
        if (argument == null || options.isEmpty()) {
            return null;
        }
        Matcher matcher = BoundedText.matcher(options.get(0), argument);
        if (matcher == null) {
            return null;
        }
        String replacement = options.size() == 1 ? "" : javaReplacement(options.get(1));
        try {
            return matcher.replaceAll(replacement);
        } catch (BoundedText.Exhausted | IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** .NET {@code $$} is a dollar and {@code $&} the whole match; backslashes are literal. */
    static String javaReplacement(String dotNet) {
        StringBuilder out = new StringBuilder(dotNet.length() + 4);
        for (int i = 0; i < dotNet.length(); i++) {
            char c = dotNet.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '$' && i + 1 < dotNet.length() && dotNet.charAt(i + 1) == '$') {
                out.append("\\$");
                i++;
            } else if (c == '$' && i + 1 < dotNet.length() && dotNet.charAt(i + 1) == '&') {
                out.append("$0");
                i++;
            } else if (c == '$'
                    && (i + 1 == dotNet.length()
                            || !(Character.isDigit(dotNet.charAt(i + 1))
                                    || dotNet.charAt(i + 1) == '{'))) {
                out.append("\\$");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code Substring length} or {@code Substring start length}. */
    private static String substring(String argument, List<String> options) {
        if (argument == null || options.isEmpty() || options.size() > 2) {
            return null;
        }
        Integer first = nonNegative(options.get(0));
        Integer second = options.size() == 2 ? nonNegative(options.get(1)) : Integer.valueOf(0);
        if (first == null || second == null) {
            return null;
        }
        int start = options.size() == 1 ? 0 : first;
        int length = options.size() == 1 ? first : second;
        if (start > argument.length()) {
            return null;
        }
        return argument.substring(start, (int) Math.min((long) start + length, argument.length()));
    }

    /** {@code Truncate length [suffix]}: the suffix (default {@code ...}) marks a cut. */
    private static String truncate(String argument, List<String> options) {
        if (argument == null || options.isEmpty()) {
            return null;
        }
        Integer length = nonNegative(options.get(0));
        if (length == null) {
            return null;
        }
        String suffix = options.size() > 1 ? options.get(1) : "...";
        return length < argument.length() ? argument.substring(0, length) + suffix : argument;
    }

    /** {@code Trim}, {@code Trim start}, {@code Trim end}. */
    private static String trim(String argument, List<String> options) {
        if (argument == null) {
            return null;
        }
        if (options.isEmpty()) {
            return argument.strip();
        }
        return switch (options.get(0).toLowerCase(Locale.ROOT)) {
            case "start" -> argument.stripLeading();
            case "end" -> argument.stripTrailing();
            default -> null;
        };
    }

    /**
     * {@code Indent} (four spaces), {@code Indent 2}, {@code Indent 3/2} (first line / other
     * lines), {@code Indent /3}, {@code Indent "// "}, {@code Indent "/* " " * "}. Sizes go up to
     * 255.
     */
    private static String indent(String argument, List<String> options) {
        if (argument == null) {
            return null;
        }
        if (argument.isEmpty()) {
            return "";
        }
        String first;
        String rest;
        if (options.isEmpty()) {
            first = rest = "    ";
        } else if (options.size() == 1) {
            String[] sizes = indentSizes(options.get(0));
            first = sizes == null ? options.get(0) : sizes[0];
            rest = sizes == null ? options.get(0) : sizes[1];
        } else if (options.size() == 2) {
            first = options.get(0);
            rest = options.get(1);
        } else {
            return null;
        }
        return first + argument.replace("\n", "\n" + rest);
    }

    private static String[] indentSizes(String option) {
        Matcher m = INDENT_SIZES.matcher(option);
        if (!m.matches()) {
            return null;
        }
        int rest = Integer.parseInt(m.group(2));
        boolean separate = option.contains("/");
        int first = !separate ? rest : m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (first > 255 || rest > 255) {
            return null;
        }
        return new String[] {" ".repeat(first), " ".repeat(rest)};
    }

    private static String join(String argument, List<String> options, boolean before) {
        if (options.isEmpty()) {
            return null;
        }
        String joined = String.join("", options);
        if (argument == null) {
            return joined;
        }
        return before ? joined + argument : argument + joined;
    }

    static Integer nonNegative(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
