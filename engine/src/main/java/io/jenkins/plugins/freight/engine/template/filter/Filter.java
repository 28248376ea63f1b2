package io.jenkins.plugins.freight.engine.template.filter;

import java.util.List;

/**
 * One filter ({@code #{Value | Name option…}}). Filters are pure functions of text.
 *
 * <p>{@code argument} is null when the subject is absent (no subject, as in {@code #{ | NowDate}},
 * or an unresolved variable). Returning null means the filter cannot produce a value for this
 * input; the whole token is then echoed unchanged and reported as unresolved.
 */
@FunctionalInterface
public interface Filter {

    String apply(String argument, List<String> options);
}
