package io.jenkins.plugins.freight.client.actions;

import java.util.regex.Pattern;

/**
 * An Ant-style file pattern over {@code /}-separated relative paths: {@code *} matches within one
 * name, {@code ?} one character, {@code **} any number of directories (none included); a pattern
 * ending in {@code /} means everything below. Matching is case-sensitive.
 */
public record GlobPattern(String pattern, Pattern regex) {

    public static GlobPattern compile(String pattern) {
        String p = pattern.replace('\\', '/').trim();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder regex = new StringBuilder("^");
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
                regex.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 3 : 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return new GlobPattern(pattern, Pattern.compile(regex.append('$').toString()));
    }

    /** Whether the text has a wildcard, i.e. is not just a file name. */
    public static boolean isGlob(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath.replace('\\', '/')).matches();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
