package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.template.Evaluation.Resolved;
import io.jenkins.plugins.freight.engine.template.FilterExpression.FilterCall;
import io.jenkins.plugins.freight.engine.template.filter.Filter;
import io.jenkins.plugins.freight.engine.template.filter.Filters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks parsed tokens and writes the result. A token that cannot be evaluated (an unknown variable,
 * an unknown filter, a filter refusing its input) is written as its source text and reported as
 * unresolved.
 */
final class TemplateEvaluator {

    private final StringBuilder out;
    private Set<String> missing;
    private Set<String> nullTokens;

    TemplateEvaluator(StringBuilder out) {
        this.out = out;
    }

    List<String> missing() {
        return missing == null ? List.of() : List.copyOf(missing);
    }

    boolean hasNullTokens() {
        return nullTokens != null;
    }

    private void addMissing(String token) {
        if (missing == null) {
            missing = new LinkedHashSet<>();
        }
        missing.add(token);
    }

    private void addMissing(List<String> tokens) {
        for (String token : tokens) {
            addMissing(token);
        }
    }

    void evaluate(List<Token> tokens, EvaluationContext context) {
        for (Token token : tokens) {
            evaluate(token, context);
        }
    }

    private void evaluate(Token token, EvaluationContext context) {
        context.evaluation.spend();
        if (token instanceof TextToken text) {
            out.append(text.text());
        } else if (token instanceof SubstitutionToken substitution) {
            substitute(substitution, context);
        } else if (token instanceof ConditionalToken conditional) {
            branch(conditional, context);
        } else if (token instanceof RepetitionToken repetition) {
            repeat(repetition, context);
        } else if (token instanceof CalculationToken calculation) {
            calculate(calculation, context);
        }
        context.evaluation.checkOutput(out);
    }

    private void substitute(SubstitutionToken token, EvaluationContext context) {
        String value = value(token.expression(), context);
        if (value != null) {
            out.append(value);
            return;
        }
        if (token.expression() instanceof FilterExpression filters
                && filters.filters()
                        .get(filters.filters().size() - 1)
                        .name()
                        .equalsIgnoreCase("null")) {
            if (nullTokens == null) {
                nullTokens = new LinkedHashSet<>();
            }
            nullTokens.add(token.source());
        } else {
            addMissing(token.source());
        }
        out.append(token.source());
    }

    private void branch(ConditionalToken token, EvaluationContext context) {
        Boolean result = test(token.condition(), context);
        if (result == null) {
            addMissing(token.source());
            out.append(token.source());
            return;
        }
        evaluate(result ? token.whenTrue() : token.whenFalse(), context);
    }

    /** The condition's outcome, or null when one of its filter expressions cannot be evaluated. */
    private Boolean test(Condition condition, EvaluationContext context) {
        if (condition instanceof Condition.Truthy truthy) {
            String value = operand(truthy.expression(), context);
            return value == null ? null : Template.isTruthy(value);
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        String left = operand(comparison.left(), context);
        if (left == null) {
            return null;
        }
        String right = operand(comparison.right(), context);
        if (right == null) {
            return null;
        }
        return left.equals(right) == comparison.equal();
    }

    /** A side of a condition: an unknown variable is empty; a failing filter chain is null. */
    private String operand(Expression expression, EvaluationContext context) {
        if (expression instanceof SymbolExpression symbol) {
            String value = resolve(symbol, context);
            return value == null ? "" : value;
        }
        return value(expression, context);
    }

    private void repeat(RepetitionToken token, EvaluationContext context) {
        List<String> innerMissing = new ArrayList<>();
        List<BindingNode> items = context.items(token.collection(), innerMissing);
        addMissing(innerMissing);
        if (items.isEmpty()) {
            return;
        }
        // One locals tree per loop; its values change per item (each body is evaluated before the
        // next item, and local values are never remembered between evaluations).
        BindingNode locals = new BindingNode(null);
        BindingNode each =
                locals.childOrCreate("octopus").childOrCreate("template").childOrCreate("each");
        BindingNode index = each.childOrCreate("index");
        BindingNode first = each.childOrCreate("first");
        BindingNode last = each.childOrCreate("last");
        String enumerator = Bindings.key(token.enumerator());
        EvaluationContext scope = context.withLocals(locals);
        for (int i = 0; i < items.size(); i++) {
            index.value = Integer.toString(i);
            first.value = i == 0 ? "True" : "False";
            last.value = i == items.size() - 1 ? "True" : "False";
            locals.putChild(enumerator, items.get(i));
            evaluate(token.body(), scope);
        }
    }

    private void calculate(CalculationToken token, EvaluationContext context) {
        Double result = compute(token.expression(), context);
        String text = result == null ? null : Numbers.format(result);
        if (text == null) {
            addMissing(token.source());
            out.append(token.source());
        } else {
            out.append(text);
        }
    }

    private Double compute(Calculation calculation, EvaluationContext context) {
        if (calculation instanceof Calculation.Constant constant) {
            return constant.value();
        }
        if (calculation instanceof Calculation.Variable variable) {
            String value = resolve(variable.symbol(), context);
            return value == null ? null : Numbers.parse(value);
        }
        Calculation.Operation operation = (Calculation.Operation) calculation;
        Double left = compute(operation.left(), context);
        if (left == null) {
            return null;
        }
        Double right = compute(operation.right(), context);
        return right == null ? null : operation.operator().apply(left, right);
    }

    /** The value of a path, or null; tokens nested values could not resolve are recorded. */
    private String resolve(SymbolExpression symbol, EvaluationContext context) {
        Resolved resolved = context.resolve(symbol);
        addMissing(resolved.missing());
        return resolved.value();
    }

    /** The value of an expression, or null when it cannot be evaluated. */
    private String value(Expression expression, EvaluationContext context) {
        if (expression instanceof SymbolExpression symbol) {
            return resolve(symbol, context);
        }
        if (expression instanceof LiteralExpression literal) {
            return literal.text();
        }
        FilterExpression chain = (FilterExpression) expression;
        String value = chain.subject().isEmpty() ? null : resolve(chain.subject(), context);
        for (FilterCall call : chain.filters()) {
            List<String> options = List.of();
            if (!call.options().isEmpty()) {
                String[] values = new String[call.options().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = option(call.options().get(i), context);
                }
                options = List.of(values);
            }
            Filter filter = Filters.find(call.name());
            value = filter == null ? null : filter.apply(value, options);
        }
        return value;
    }

    private String option(Token option, EvaluationContext context) {
        if (option instanceof TextToken text) {
            return text.text();
        }
        StringBuilder text = new StringBuilder();
        TemplateEvaluator nested = new TemplateEvaluator(text);
        nested.evaluate(option, context.nested());
        addMissing(nested.missing());
        return text.toString();
    }
}
