package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the source: character tests, and the furthest point any alternative reached,
 * with what it expected there, so a syntax error names the most useful position.
 */
final class Scanner {

    /** How deeply blocks, substitutions and indexers may nest before the template is refused. */
    static final int MAX_DEPTH = 100;

    final String src;
    final int length;
    private int furthest = -1;
    private final List<String> expected = new ArrayList<>();
    private int depth;

    Scanner(String src) {
        this.src = src;
        this.length = src.length();
    }

    /** A result: the parsed value and the position just after it. */
    record Parsed<T>(T value, int end) {}

    /** Thrown when nesting passes {@link #MAX_DEPTH}; never retried by alternatives. */
    static final class TooDeep extends RuntimeException {
        final int position;

        TooDeep(int position) {
            super(null, null, false, false);
            this.position = position;
        }
    }

    void enter(int pos) {
        if (++depth > MAX_DEPTH) {
            throw new TooDeep(pos);
        }
    }

    void leave() {
        depth--;
    }

    /** Records that an alternative failed at {@code pos} expecting {@code what}. */
    void expect(int pos, String what) {
        if (pos > furthest) {
            furthest = pos;
            expected.clear();
        }
        if (pos == furthest && !expected.contains(what) && expected.size() < 4) {
            expected.add(what);
        }
    }

    boolean at(int pos, char c) {
        return pos < length && src.charAt(pos) == c;
    }

    boolean startsWith(int pos, String s) {
        return src.startsWith(s, pos);
    }

    boolean startsWithIgnoreCase(int pos, String s) {
        return src.regionMatches(true, pos, s, 0, s.length());
    }

    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    boolean whitespaceAt(int pos) {
        return pos < length && isWhitespace(src.charAt(pos));
    }

    int skipWhitespace(int pos) {
        while (pos < length && isWhitespace(src.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** An opening {@code #{} that is not a closing tag {@code #{/}. */
    boolean openDelimiterAt(int pos) {
        return startsWith(pos, "#{") && !startsWith(pos, "#{/");
    }

    InvalidInputException syntaxError(int tokenStart) {
        int pos = Math.max(furthest, tokenStart);
        String where = describe(pos);
        String what =
                pos >= length && expected.isEmpty()
                        ? "the template ends too early"
                        : expected.isEmpty()
                                ? "unexpected text"
                                : "expected " + String.join(" or ", expected);
        String message =
                "Template syntax error at "
                        + where
                        + ": "
                        + what
                        + (pos != tokenStart
                                ? " (in the token that starts at " + describe(tokenStart) + ")"
                                : "")
                        + ".";
        return new InvalidInputException(message, List.of(message));
    }

    InvalidInputException tooDeep(TooDeep e) {
        String message =
                "Template syntax error at "
                        + describe(e.position)
                        + ": blocks, substitutions and indexers are nested more than "
                        + MAX_DEPTH
                        + " levels deep.";
        return new InvalidInputException(message, List.of(message));
    }

    /** "line 2, column 7" for a position (both counted from 1). */
    String describe(int pos) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, length); i++) {
            if (src.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
