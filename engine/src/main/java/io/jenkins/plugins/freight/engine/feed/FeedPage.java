package io.jenkins.plugins.freight.engine.feed;

import java.util.List;

/**
 * One page of a feed list.
 *
 * @param items this page, in the list's order
 * @param totalResults how many matched across all pages
 * @param skip how many matches came before this page
 * @param take the page size asked for
 */
public record FeedPage<T>(List<T> items, long totalResults, int skip, int take) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
