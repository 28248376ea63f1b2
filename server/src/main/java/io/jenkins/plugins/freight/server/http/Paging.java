package io.jenkins.plugins.freight.server.http;

import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the list conventions from a request ({@code skip}, {@code take} defaulting to 30, {@code
 * ids} in all its forms, {@code partialName}, {@code name}) and renders pages as collections whose
 * page links keep the request's other filters.
 */
public final class Paging {

    private Paging() {}

    /** The {@link ListQuery} a request asks for. */
    public static ListQuery query(ApiRequest request) {
        QueryParameters q = request.query();
        return new ListQuery(
                q.list("ids"),
                q.nonBlank("partialName"),
                q.nonBlank("name"),
                q.integer("skip", 0, 0),
                q.integer("take", ListQuery.DEFAULT_TAKE, 0));
    }

    /**
     * Filters and pages a list held in memory by the same rules the engine's lists follow: ids
     * (exact), partial name (case-insensitive substring), name (case-insensitive equality).
     */
    public static <T> Page<T> page(
            List<T> all, ListQuery query, Function<T, String> id, Function<T, String> name) {
        Predicate<T> matches =
                item ->
                        (query.ids().isEmpty() || query.ids().contains(id.apply(item)))
                                && (query.partialName() == null
                                        || lower(name.apply(item))
                                                .contains(lower(query.partialName())))
                                && (query.name() == null
                                        || lower(name.apply(item)).equals(lower(query.name())));
        List<T> matching = all.stream().filter(matches).toList();
        int from = (int) Math.min(matching.size(), (long) query.skip());
        int to = (int) Math.min(matching.size(), (long) from + query.take());
        return new Page<>(matching.subList(from, to), matching.size(), query.skip(), query.take());
    }

    /**
     * The collection for a page; {@code path} is the collection's path after {@code /api} and
     * {@code template} its RFC 6570 template (also after {@code /api}).
     */
    public static <T> CollectionWire<T> collection(
            ApiRequest request, String itemType, Page<T> page, String path, String template) {
        long pages = pages(page.totalResults(), page.take());
        return new CollectionWire<>(
                itemType,
                page.totalResults(),
                page.take(),
                pages,
                pages - 1,
                page.items(),
                links(request, page.totalResults(), page.skip(), page.take(), path, template));
    }

    /** How many pages of {@code take} items {@code total} items fill. */
    public static long pages(long total, int take) {
        return take == 0 ? 0 : (total + take - 1) / take;
    }

    /**
     * A collection's links: {@code Self}, {@code Template}, {@code Page.All}, {@code Page.Current},
     * {@code Page.Last}, and {@code Page.Next} only when another page exists. Page links keep the
     * request's other query parameters (filters), never its {@code apikey}.
     */
    public static Map<String, String> links(
            ApiRequest request, long total, int skip, int take, String path, String template) {
        long pages = pages(total, take);
        Map<String, String> links = new LinkedHashMap<>();
        String base = request.links().api(path);
        links.put("Self", pageLink(request, base, skip, take));
        links.put("Template", request.links().api(template));
        links.put("Page.All", pageLink(request, base, 0, Integer.MAX_VALUE));
        links.put("Page.Current", pageLink(request, base, skip, take));
        long lastSkip = pages <= 1 ? 0 : (pages - 1) * (long) take;
        links.put("Page.Last", pageLink(request, base, lastSkip, take));
        if (take > 0 && (long) skip + take < total) {
            links.put("Page.Next", pageLink(request, base, (long) skip + take, take));
        }
        return links;
    }

    private static String pageLink(ApiRequest request, String path, long skip, int take) {
        StringBuilder link = new StringBuilder(path).append('?');
        for (Map.Entry<String, String> e : request.query().entries()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("skip") || name.equals("take") || name.equals("apikey")) {
                continue;
            }
            link.append(Links.segment(e.getKey()))
                    .append('=')
                    .append(Links.segment(e.getValue()))
                    .append('&');
        }
        return link.append("skip=").append(skip).append("&take=").append(take).toString();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
