package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed Octostache template: {@code #{Var}}, filters, {@code #{if}}/{@code #{unless}}/{@code
 * #{each}}/{@code #{calc}} and {@code ##{} escapes. Immutable and thread-safe; parsed templates
 * are cached, so parsing the same text again is cheap.
 *
 * <pre>{@code
 * RenderResult result = Template.render("Hello, #{Name | ToUpper}!", Map.of("Name", "world"));
 * result.text();             // "Hello, WORLD!"
 * result.unresolvedTokens(); // []
 * }</pre>
 */
public final class Template {

    private static final int CACHE_LIMIT = 2_000;
    private static final int CACHED_SOURCE_LIMIT = 64 * 1024;
    private static final Map<String, Optional<Template>> STRICT = new ConcurrentHashMap<>();
    private static final Map<String, Template> LENIENT = new ConcurrentHashMap<>();

    private final String source;
    private final List<Token> tokens;

    private Template(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /**
     * Parses a template.
     *
     * @throws InvalidInputException when the text is not a valid template; the message names the
     *     line and column, e.g. "Template syntax error at line 1, column 6: expected '}' …"
     */
    public static Template parse(String source) {
        Objects.requireNonNull(source, "source");
        Optional<Template> cached = STRICT.get(source);
        if (cached != null && cached.isPresent()) {
            return cached.get();
        }
        Template template = new Template(source, TemplateParser.parse(source));
        cache(STRICT, source, Optional.of(template));
        return template;
    }

    /**
     * Parses a template without ever failing: a {@code #{} that does not start a valid token is
     * kept as literal text and parsing carries on after it (Octostache's {@code haltOnError=false}).
     */
    public static Template parseLenient(String source) {
        Objects.requireNonNull(source, "source");
        Template cached = LENIENT.get(source);
        if (cached != null) {
            return cached;
        }
        Template template = new Template(source, TemplateParser.parseLenient(source));
        cache(LENIENT, source, template);
        return template;
    }

    /** The parsed template, or null when the text is not a valid template. */
    static Template cachedOrNull(String source) {
        Optional<Template> cached = STRICT.get(source);
        if (cached == null) {
            try {
                cached = Optional.of(new Template(source, TemplateParser.parse(source)));
            } catch (InvalidInputException e) {
                cached = Optional.empty();
            }
            cache(STRICT, source, cached);
        }
        return cached.orElse(null);
    }

    private static <T> void cache(Map<String, T> cache, String source, T value) {
        if (source.length() > CACHED_SOURCE_LIMIT) {
            return;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(source, value);
    }

    /**
     * Parses and evaluates a template in one call. A syntax error does not throw: the result then
     * holds the template unchanged and the error, as Octostache does.
     *
     * @throws InvalidInputException when a variable refers to itself (directly or through others),
     *     or when evaluation exceeds its limits; the message names the variables, never values
     */
    public static RenderResult render(String template, Map<String, String> variables) {
        return render(template, Bindings.of(variables));
    }

    /** Like {@link #render(String, Map)} with variables already arranged as {@link Bindings}. */
    public static RenderResult render(String template, Bindings bindings) {
        Objects.requireNonNull(template, "template");
        if (template.indexOf("#{") < 0) {
            return new RenderResult(template, List.of(), null, false);
        }
        Template parsed;
        try {
            parsed = parse(template);
        } catch (InvalidInputException e) {
            return new RenderResult(template, List.of(), e.getMessage(), false);
        }
        return parsed.evaluate(bindings);
    }

    /**
     * Evaluates this template against the variables.
     *
     * @throws InvalidInputException when a variable refers to itself or evaluation exceeds its
     *     limits
     */
    public RenderResult evaluate(Bindings bindings) {
        Objects.requireNonNull(bindings, "bindings");
        StringBuilder out = new StringBuilder(source.length() + 16);
        TemplateEvaluator evaluator = new TemplateEvaluator(out);
        try {
            evaluator.evaluate(tokens, EvaluationContext.root(new Evaluation(bindings.root)));
        } catch (Evaluation.Recursion e) {
            throw e.toUserError();
        } catch (StackOverflowError e) {
            throw new InvalidInputException(
                    "Template evaluation was stopped: the template or its variables nest too deeply.");
        }
        return new RenderResult(
                out.toString(), evaluator.missing(), null, evaluator.hasNullTokens());
    }

    /** Like {@link #evaluate(Bindings)} for a map of variables. */
    public RenderResult evaluate(Map<String, String> variables) {
        return evaluate(Bindings.of(variables));
    }

    /**
     * Octostache truthiness: false for the empty string, {@code 0}, and (trimmed, any case) {@code
     * False} and {@code No}; true otherwise.
     */
    public static boolean isTruthy(String value) {
        if (value == null || value.isEmpty() || value.equals("0")) {
            return false;
        }
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        return !trimmed.equals("false") && !trimmed.equals("no");
    }

    /** The text this template was parsed from. */
    public String source() {
        return source;
    }

    /** The parsed tokens, in order. */
    public List<Token> tokens() {
        return tokens;
    }

    @Override
    public String toString() {
        return "Template[" + tokens.size() + " tokens]";
    }
}
