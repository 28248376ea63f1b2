package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PackageQueryTest extends FeedContractTest {

    private static List<String> names(List<PackageVersion> versions) {
        return versions.stream().map(v -> v.packageId() + " " + v.version()).toList();
    }

    private void pushAll(String... fileNames) {
        for (String name : fileNames) {
            push(name, name);
        }
    }

    @Test
    void listIsOrderedByPackageThenNewestVersionWithPagingAndTotal() {
        pushAll(
                "Beta.1.0.0.zip",
                "Alpha.1.0.0.zip",
                "Alpha.1.10.0.zip",
                "Alpha.1.9.0.zip",
                "Alpha.1.10.0-rc.1.zip");

        FeedPage<PackageVersion> all = feed.list(CALLER, SPACE, PackageQuery.firstPage());
        assertThat(names(all.items()))
                .containsExactly(
                        "Alpha 1.10.0",
                        "Alpha 1.10.0-rc.1",
                        "Alpha 1.9.0",
                        "Alpha 1.0.0",
                        "Beta 1.0.0");
        assertThat(all.totalResults()).isEqualTo(5);

        FeedPage<PackageVersion> page =
                feed.list(CALLER, SPACE, PackageQuery.firstPage().page(1, 2));
        assertThat(names(page.items())).containsExactly("Alpha 1.10.0-rc.1", "Alpha 1.9.0");
        assertThat(page.totalResults()).isEqualTo(5);
        assertThat(page.skip()).isEqualTo(1);
        assertThat(page.take()).isEqualTo(2);
    }

    @Test
    void filterIsACaseInsensitiveSubstringOfThePackageId() {
        pushAll("Acme.Web.1.0.0.zip", "Acme.Api.1.0.0.zip", "Other.1.0.0.zip", "a_b.1.0.zip");

        assertThat(
                        names(
                                feed.list(
                                                CALLER,
                                                SPACE,
                                                PackageQuery.firstPage().withFilter("ACME"))
                                        .items()))
                .containsExactly("Acme.Api 1.0.0", "Acme.Web 1.0.0");
        assertThat(
                        names(
                                feed.list(CALLER, SPACE, PackageQuery.firstPage().withFilter("e.w"))
                                        .items()))
                .containsExactly("Acme.Web 1.0.0");
        // LIKE wildcards in the filter are plain characters
        assertThat(feed.list(CALLER, SPACE, PackageQuery.firstPage().withFilter("%")).items())
                .isEmpty();
        assertThat(
                        names(
                                feed.list(CALLER, SPACE, PackageQuery.firstPage().withFilter("_"))
                                        .items()))
                .containsExactly("a_b 1.0");
    }

    @Test
    void latestGivesTheNewestVersionOfEachPackage() {
        pushAll(
                "Acme.1.0.0.zip",
                "Acme.2.0.0-beta.10.zip",
                "Acme.2.0.0-beta.9.zip",
                "Zed.0.1.zip",
                "Zed.0.1.0.1.zip");

        FeedPage<PackageVersion> latest =
                feed.list(CALLER, SPACE, PackageQuery.firstPage().latest());

        assertThat(names(latest.items())).containsExactly("Acme 2.0.0-beta.10", "Zed 0.1.0.1");
        assertThat(latest.totalResults()).isEqualTo(2);
        assertThat(
                        names(
                                feed.list(
                                                CALLER,
                                                SPACE,
                                                PackageQuery.firstPage()
                                                        .latest()
                                                        .withPackageId("zed"))
                                        .items()))
                .containsExactly("Zed 0.1.0.1");
    }

    @Test
    void versionsWithinRangeMatchingPreReleasePatternComeNewestFirst() {
        pushAll(
                "Acme.1.0.0.zip",
                "Acme.1.5.0.zip",
                "Acme.2.0.0-alpha.1.zip",
                "Acme.2.0.0-alpha.2.zip",
                "Acme.2.0.0.zip",
                "Acme.2.1.0+build.5.zip",
                "Acme.3.0.0.zip",
                "Other.2.5.0.zip");

        assertThat(names(feed.versions(CALLER, SPACE, "acme", range("[1.0,2.0)"), null, 10)))
                .containsExactly(
                        "Acme 2.0.0-alpha.2", "Acme 2.0.0-alpha.1", "Acme 1.5.0", "Acme 1.0.0");
        assertThat(names(feed.versions(CALLER, SPACE, "Acme", range("[1.0,2.0)"), "^$", 10)))
                .containsExactly("Acme 1.5.0", "Acme 1.0.0");
        assertThat(names(feed.versions(CALLER, SPACE, "Acme", range("(2.0,3.0)"), "^$", 10)))
                .as("metadata counts for the pattern, as in Octopus")
                .isEmpty();
        assertThat(
                        names(
                                feed.versions(
                                        CALLER,
                                        SPACE,
                                        "Acme",
                                        range("(2.0,3.0)"),
                                        "^(|\\+.*)$",
                                        10)))
                .containsExactly("Acme 2.1.0+build.5");
        assertThat(names(feed.versions(CALLER, SPACE, "Acme", null, "alpha", 1)))
                .containsExactly("Acme 2.0.0-alpha.2");
        assertThat(names(feed.versions(CALLER, SPACE, "Acme", range("[1,2),[3,4)"), "^$", 10)))
                .containsExactly("Acme 3.0.0", "Acme 1.5.0", "Acme 1.0.0");
        assertThat(feed.latest(CALLER, SPACE, "Acme", range("(,1.5.0]"), ""))
                .map(v -> v.version().toString())
                .contains("1.5.0");
        assertThat(feed.latest(CALLER, SPACE, "Nothing", null, null)).isEmpty();
    }

    @Test
    void invalidPreReleasePatternIsRefused() {
        assertInvalid(
                () -> feed.versions(CALLER, SPACE, "Acme", null, "([", 1),
                "is not a valid regular expression");
    }

    @Test
    void getAcceptsTheApiIdWithOrWithoutPrefixAndAnyEqualVersionText() {
        PackageVersion v = push("Acme.Web.2016.01.02.zip", "x").packageVersion();

        assertThat(feed.get(CALLER, SPACE, "packages-Acme.Web.2016.01.02")).isEqualTo(v);
        assertThat(feed.get(CALLER, SPACE, "acme.web.2016.1.2.0")).isEqualTo(v);
        assertNotFound(() -> feed.get(CALLER, SPACE, "packages-Acme.Web.2016.1.3"));
        assertNotFound(() -> feed.get(CALLER, SPACE, "packages-../etc.1.0"));
        assertNotFound(() -> feed.get(CALLER, SPACE, "nonsense"));
        assertNotFound(() -> feed.get(CALLER, SPACE, null));
    }

    @Test
    void deleteRemovesTheVersionAndRetentionThenItsFile() throws Exception {
        PackageVersion v = push("Acme.1.0.0.zip", "x").packageVersion();

        feed.delete(CALLER, SPACE, v.id());

        assertNotFound(() -> feed.get(CALLER, SPACE, v.id()));
        assertNotFound(() -> feed.delete(CALLER, SPACE, v.id()));
        RetentionResult result =
                feed.applyRetention(
                        CALLER,
                        FeedRetentionPolicy.keepAll()
                                .withUnusedContentGrace(java.time.Duration.ZERO));
        assertThat(result.filesDeleted()).isEqualTo(1);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void newestFirstStaysCorrectWithManyVersions() {
        // 1,000 versions pushed in a scrambled order; the query must see version order, not
        // insertion or text order.
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int major = 1; major <= 10; major++) {
            for (int minor = 0; minor < 10; minor++) {
                for (int beta = 1; beta <= 10; beta++) {
                    texts.add(major + "." + minor + ".0-beta." + beta);
                }
            }
        }
        java.util.Collections.shuffle(texts, new java.util.Random(1));
        database.useTransaction(
                h -> {
                    JdbcPackageVersionRepository repo = new JdbcPackageVersionRepository();
                    for (String t : texts) {
                        repo.insert(
                                h,
                                new PackageVersion(
                                        SPACE,
                                        "Big",
                                        v(t),
                                        ".zip",
                                        1,
                                        "a",
                                        "b",
                                        clock.instant(),
                                        "",
                                        "",
                                        ""));
                    }
                });

        // pre-releases of 4.0.0 sort before 4.0.0, so they are inside [3.0,4.0), as in NuGet
        assertThat(names(feed.versions(CALLER, SPACE, "Big", range("[3.0,4.0)"), null, 3)))
                .containsExactly("Big 4.0.0-beta.10", "Big 4.0.0-beta.9", "Big 4.0.0-beta.8");
        assertThat(names(feed.versions(CALLER, SPACE, "Big", range("[3.0,3.9.0]"), null, 2)))
                .containsExactly("Big 3.9.0-beta.10", "Big 3.9.0-beta.9");
        assertThat(names(feed.versions(CALLER, SPACE, "Big", null, "beta\\.1$", 2)))
                .containsExactly("Big 10.9.0-beta.1", "Big 10.8.0-beta.1");
    }
}
