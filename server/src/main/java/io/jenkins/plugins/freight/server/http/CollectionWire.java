package io.jenkins.plugins.freight.server.http;

import java.util.List;
import java.util.Map;

/**
 * An Octopus resource collection: one page of items plus paging facts and links. {@code Page.Next}
 * is present only when another page exists, because Go and C# clients page until it is absent.
 */
public record CollectionWire<T>(
        String itemType,
        long totalResults,
        int itemsPerPage,
        long numberOfPages,
        long lastPageNumber,
        List<T> items,
        Map<String, String> links) {}
