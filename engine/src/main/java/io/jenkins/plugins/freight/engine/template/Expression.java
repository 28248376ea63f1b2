package io.jenkins.plugins.freight.engine.template;

/** What a substitution or a condition evaluates: a variable path, a filter chain or a literal. */
public sealed interface Expression permits SymbolExpression, FilterExpression, LiteralExpression {}
