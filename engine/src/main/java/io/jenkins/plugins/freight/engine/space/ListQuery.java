package io.jenkins.plugins.freight.engine.space;

import java.util.List;

/**
 * The filters and window every list of space-scoped documents understands (Octopus's {@code ids},
 * {@code partialName}, {@code name}, {@code skip}, {@code take}).
 *
 * @param ids only these ids (empty: no id filter)
 * @param partialName case-insensitive substring of the name, or null
 * @param name exact name, compared case-insensitively, or null
 * @param skip how many matching documents to skip (at least 0)
 * @param take page size (at least 0; {@link #ALL} for everything)
 */
public record ListQuery(List<String> ids, String partialName, String name, int skip, int take) {

    /** Page size meaning "no limit". */
    public static final int ALL = Integer.MAX_VALUE;

    /** Octopus's default page size. */
    public static final int DEFAULT_TAKE = 30;

    public ListQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        partialName = partialName == null || partialName.isEmpty() ? null : partialName;
        name = name == null || name.isEmpty() ? null : name;
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative");
        }
        if (take < 0) {
            throw new IllegalArgumentException("take must not be negative");
        }
    }

    /** Everything, unfiltered. */
    public static ListQuery all() {
        return new ListQuery(List.of(), null, null, 0, ALL);
    }

    /** The first page of the default size, unfiltered. */
    public static ListQuery firstPage() {
        return new ListQuery(List.of(), null, null, 0, DEFAULT_TAKE);
    }

    public ListQuery withIds(List<String> value) {
        return new ListQuery(value, partialName, name, skip, take);
    }

    public ListQuery withPartialName(String value) {
        return new ListQuery(ids, value, name, skip, take);
    }

    public ListQuery withName(String value) {
        return new ListQuery(ids, partialName, value, skip, take);
    }

    public ListQuery page(int skipValue, int takeValue) {
        return new ListQuery(ids, partialName, name, skipValue, takeValue);
    }
}
