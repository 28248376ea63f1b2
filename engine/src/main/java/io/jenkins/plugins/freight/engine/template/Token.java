package io.jenkins.plugins.freight.engine.template;

/**
 * One construct of a parsed template. Every token keeps the exact source text it was parsed from,
 * so that a token which cannot be evaluated is echoed unchanged.
 */
public sealed interface Token
        permits TextToken, SubstitutionToken, ConditionalToken, RepetitionToken, CalculationToken {

    /** The template text this token was parsed from. */
    String source();
}
