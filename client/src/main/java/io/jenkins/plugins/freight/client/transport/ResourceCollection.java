package io.jenkins.plugins.freight.client.transport;

import java.util.List;
import java.util.Map;

/**
 * One page of an Octopus collection resource.
 *
 * @param itemType e.g. {@code Project}
 * @param totalResults how many items match in all pages
 * @param itemsPerPage the page size
 * @param items this page's items
 * @param links {@code Self}, {@code Page.Next} (only when another page exists), …
 */
public record ResourceCollection<T>(
        String itemType,
        int totalResults,
        int itemsPerPage,
        List<T> items,
        Map<String, String> links) {

    public ResourceCollection {
        items = Links.copy(items);
        links = Links.copy(links);
    }
}
