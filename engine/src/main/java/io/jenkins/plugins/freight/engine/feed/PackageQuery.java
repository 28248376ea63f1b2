package io.jenkins.plugins.freight.engine.feed;

/**
 * Which package versions to list: Octopus's {@code filter}, {@code nuGetPackageId}, {@code latest},
 * {@code skip} and {@code take}. Lists are ordered by package id, then newest version first.
 *
 * @param filter case-insensitive substring of the package id, or null
 * @param packageId exact package id (ignoring case), or null
 * @param latestOnly only the newest version of each package
 * @param skip matching versions to skip (at least 0)
 * @param take page size (at least 0)
 */
public record PackageQuery(
        String filter, String packageId, boolean latestOnly, int skip, int take) {

    /** Octopus's default page size. */
    public static final int DEFAULT_TAKE = 30;

    public PackageQuery {
        filter = filter == null || filter.isEmpty() ? null : filter;
        packageId = packageId == null || packageId.isEmpty() ? null : packageId;
        if (skip < 0 || take < 0) {
            throw new IllegalArgumentException("skip and take must not be negative");
        }
    }

    /** Every version of every package, first page. */
    public static PackageQuery firstPage() {
        return new PackageQuery(null, null, false, 0, DEFAULT_TAKE);
    }

    public PackageQuery withFilter(String value) {
        return new PackageQuery(value, packageId, latestOnly, skip, take);
    }

    public PackageQuery withPackageId(String value) {
        return new PackageQuery(filter, value, latestOnly, skip, take);
    }

    public PackageQuery latest() {
        return new PackageQuery(filter, packageId, true, skip, take);
    }

    PackageQuery withoutLatestOnly() {
        return new PackageQuery(filter, packageId, false, skip, take);
    }

    public PackageQuery page(int skipValue, int takeValue) {
        return new PackageQuery(filter, packageId, latestOnly, skipValue, takeValue);
    }
}
