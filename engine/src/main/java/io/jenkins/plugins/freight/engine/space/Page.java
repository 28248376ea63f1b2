package io.jenkins.plugins.freight.engine.space;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, how many matched in total, and the window that was asked for.
 *
 * @param items the documents on this page, in the list's order
 * @param totalResults how many documents matched the filters, across all pages
 * @param skip how many matching documents came before this page
 * @param take the page size that was asked for
 */
public record Page<T>(List<T> items, long totalResults, int skip, int take) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), totalResults, skip, take);
    }
}
