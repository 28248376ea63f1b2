package io.jenkins.plugins.freight.engine.template.filter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions from templates run against text that stops them after a fixed amount of work,
 * so a pattern with catastrophic backtracking cannot hang a deployment.
 */
final class BoundedText implements CharSequence {

    /** Characters a single match or replace may inspect. */
    static final long BUDGET = 20_000_000L;

    private static final int CACHE_LIMIT = 500;
    private static final java.util.Map<String, Pattern> PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String text;
    private final long[] budget;

    private BoundedText(String text, long[] budget) {
        this.text = text;
        this.budget = budget;
    }

    /** Thrown when the budget is spent. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    /** A matcher over {@code text}, or null when the pattern is not a valid regular expression. */
    static Matcher matcher(String pattern, String text) {
        Pattern compiled = PATTERNS.get(pattern);
        if (compiled == null) {
            try {
                compiled = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                return null;
            }
            if (PATTERNS.size() >= CACHE_LIMIT) {
                PATTERNS.clear();
            }
            PATTERNS.put(pattern, compiled);
        }
        return compiled.matcher(new BoundedText(text, new long[] {BUDGET}));
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
        return text;
    }
}
