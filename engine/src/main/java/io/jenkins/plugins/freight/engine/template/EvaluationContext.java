package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.template.Evaluation.Recursion;
import io.jenkins.plugins.freight.engine.template.Evaluation.Resolved;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Identifier;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Indexer;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Where names are looked up: a scope of bindings (the global variables, the locals of an {@code
 * #{each}} iteration, or nothing for a variable value being evaluated) and its parent scope. A path
 * that is not found here is looked up in the parent.
 *
 * <p>Each scope remembers the paths it is resolving; meeting one of them again in this scope or an
 * ancestor means a variable refers to itself, which fails the render with the chain of names.
 */
final class EvaluationContext {

    private static final BindingNode NOTHING = new BindingNode(null);

    final Evaluation evaluation;
    private final BindingNode scope;
    private final EvaluationContext parent;
    private List<SymbolExpression> resolving;

    private EvaluationContext(Evaluation evaluation, BindingNode scope, EvaluationContext parent) {
        this.evaluation = evaluation;
        this.scope = scope;
        this.parent = parent;
    }

    static EvaluationContext root(Evaluation evaluation) {
        return new EvaluationContext(evaluation, evaluation.root, null);
    }

    /** A scope for the locals of one {@code #{each}} iteration. */
    EvaluationContext withLocals(BindingNode locals) {
        return new EvaluationContext(evaluation, locals, this);
    }

    /** An empty scope in which a nested value or a filter option is evaluated. */
    EvaluationContext nested() {
        return new EvaluationContext(evaluation, NOTHING, this);
    }

    /** Resolves a path to its (evaluated) value, or {@link Resolved#ABSENT}. */
    Resolved resolve(SymbolExpression expression) {
        Resolved resolved = walk(expression);
        return resolved == null ? Resolved.ABSENT : resolved;
    }

    private Resolved walk(SymbolExpression expression) {
        checkNotResolving(expression);
        if (resolving == null) {
            resolving = new ArrayList<>(2);
        }
        resolving.add(expression);
        try {
            evaluation.spend();
            SymbolExpression path = lookUpIndexes(expression);
            BindingNode node = scope;
            for (Step step : path.steps()) {
                BindingNode next;
                if (step instanceof Identifier identifier) {
                    next = node.child(identifier.key());
                    if (next == null) {
                        next = json(node, identifier.name());
                    }
                } else {
                    Indexer indexer = (Indexer) step;
                    if (indexer.isLookup()) {
                        return null;
                    }
                    if (indexer.index().equals("*") && node.hasIndexes()) {
                        next = node.firstIndex();
                    } else {
                        next = node.index(Bindings.key(indexer.index()));
                        if (next == null) {
                            next = json(node, indexer.index());
                        }
                    }
                }
                if (next == null) {
                    return parent == null ? null : parent.walk(path);
                }
                node = next;
            }
            return valueOf(node);
        } finally {
            resolving.remove(resolving.size() - 1);
        }
    }

    private void checkNotResolving(SymbolExpression expression) {
        for (EvaluationContext c = this; c != null; c = c.parent) {
            if (c.resolving == null) {
                continue;
            }
            for (SymbolExpression active : c.resolving) {
                if (active.sameAs(expression)) {
                    StringBuilder chain = new StringBuilder();
                    for (SymbolExpression s : c.resolving) {
                        chain.append(s).append(" -> ");
                    }
                    chain.append(expression);
                    throw new Recursion(expression.toString(), chain.toString());
                }
            }
        }
    }

    /** Replaces {@code [#{Symbol}]} indexers by the symbol's value where it has one. */
    private SymbolExpression lookUpIndexes(SymbolExpression expression) {
        List<Step> steps = null;
        for (int i = 0; i < expression.steps().size(); i++) {
            Step step = expression.steps().get(i);
            if (step instanceof Indexer indexer && indexer.isLookup()) {
                if (steps == null) {
                    steps = new ArrayList<>(expression.steps());
                }
                Resolved index = walk(indexer.symbol());
                if (index != null && index.value() != null) {
                    steps.set(i, Indexer.literal(index.value()));
                }
            }
        }
        return steps == null ? expression : new SymbolExpression(steps, expression.position());
    }

    /**
     * The node's value, evaluated when it contains a template. A value of the global scope is
     * evaluated once per render and remembered.
     */
    private Resolved valueOf(BindingNode node) {
        String value = node.value;
        if (value == null) {
            return new Resolved(null, node, List.of());
        }
        if (value.indexOf("#{") < 0) {
            return new Resolved(value, null, List.of());
        }
        boolean global = scope == evaluation.root;
        if (global) {
            Resolved remembered = evaluation.rememberedValue(node);
            if (remembered != null) {
                return remembered;
            }
        }
        Template template = Template.cachedOrNull(value);
        if (template == null) {
            return new Resolved(value, node, List.of());
        }
        int swallowed = evaluation.swallowedRecursions;
        Resolved resolved = evaluateValue(template);
        if (global && swallowed == evaluation.swallowedRecursions) {
            evaluation.rememberValue(node, resolved);
        }
        return resolved;
    }

    private Resolved evaluateValue(Template template) {
        StringBuilder out = new StringBuilder();
        TemplateEvaluator evaluator = new TemplateEvaluator(out);
        evaluation.enterValue();
        try {
            evaluator.evaluate(template.tokens(), nested());
        } finally {
            evaluation.leaveValue();
        }
        return new Resolved(out.toString(), null, evaluator.missing());
    }

    /**
     * JSON navigation: when {@code node}'s value is a JSON object or array, its member {@code
     * property}. Templates inside the value are evaluated first; a loop met while doing so makes
     * the member unavailable rather than failing the render.
     */
    private BindingNode json(BindingNode node, String property) {
        String value = node.value;
        if (value == null || value.isEmpty() || property.isEmpty()) {
            return null;
        }
        if (value.contains("#{")) {
            Template template = Template.cachedOrNull(value);
            if (template != null) {
                try {
                    value = evaluateValue(template).value();
                } catch (Recursion e) {
                    evaluation.swallowedRecursions++;
                    return null;
                }
            }
        }
        JsonValues.Parsed parsed = evaluation.json(value);
        return parsed.node() == null ? null : JsonValues.member(parsed.node(), property);
    }

    /**
     * The items of {@code #{each}}: indexed entries of the collection, members of a JSON array or
     * object, or the comma-separated parts of its value.
     */
    List<BindingNode> items(SymbolExpression collection, List<String> missing) {
        Resolved resolved = walk(collection);
        if (resolved == null) {
            return List.of();
        }
        missing.addAll(resolved.missing());
        if (resolved.node() != null && resolved.node().hasIndexes()) {
            return new ArrayList<>(resolved.node().indexed());
        }
        if (resolved.value() == null) {
            return List.of();
        }
        JsonValues.Parsed json = evaluation.json(resolved.value());
        if (json.node() != null) {
            return JsonValues.items(json.node());
        }
        String[] parts = resolved.value().split(",", -1);
        List<BindingNode> items = new ArrayList<>(parts.length);
        for (String part : parts) {
            items.add(new BindingNode(part));
        }
        return items;
    }
}
