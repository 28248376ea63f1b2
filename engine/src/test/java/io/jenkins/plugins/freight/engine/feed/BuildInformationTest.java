package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class BuildInformationTest extends FeedContractTest {

    BuildInformationService builds;

    @BeforeEach
    void openBuilds() {
        builds = new BuildInformationService(database, AccessPolicy.authenticatedCallers(), clock);
    }

    static BuildInformationRequest request(String packageId, String version, String buildNumber) {
        return new BuildInformationRequest(
                packageId,
                version,
                "Jenkins",
                buildNumber,
                "https://ci.example.com/job/acme/" + buildNumber + "/",
                "main",
                "Git",
                "https://git.example.com/acme/web.git",
                "0123abcd",
                List.of(
                        new BuildInformation.Commit("0123abcd", "Fix the login page", null),
                        new BuildInformation.Commit("ffff0000", "Add a test", null)),
                List.of(new BuildInformation.WorkItem("ACME-1", "Login broken", null)));
    }

    @Test
    void pushStoresEveryFieldWithCommitLinks() {
        BuildInformationService.PushOutcome pushed =
                builds.push(CALLER, SPACE, request("Acme.Web", "1.0.0", "42"), null);

        assertThat(pushed.outcome()).isEqualTo(PushResult.Outcome.CREATED);
        BuildInformation b = pushed.buildInformation();
        assertThat(b.id()).startsWith("BuildInformation-");
        assertThat(b.packageId()).isEqualTo("Acme.Web");
        assertThat(b.version()).hasToString("1.0.0");
        assertThat(b.buildEnvironment()).isEqualTo("Jenkins");
        assertThat(b.buildNumber()).isEqualTo("42");
        assertThat(b.buildUrl()).isEqualTo("https://ci.example.com/job/acme/42/");
        assertThat(b.branch()).isEqualTo("main");
        assertThat(b.vcsType()).isEqualTo("Git");
        assertThat(b.vcsCommitNumber()).isEqualTo("0123abcd");
        assertThat(b.vcsCommitUrl()).isEqualTo("https://git.example.com/acme/web/commit/0123abcd");
        assertThat(b.commits())
                .containsExactly(
                        new BuildInformation.Commit(
                                "0123abcd",
                                "Fix the login page",
                                "https://git.example.com/acme/web/commit/0123abcd"),
                        new BuildInformation.Commit(
                                "ffff0000",
                                "Add a test",
                                "https://git.example.com/acme/web/commit/ffff0000"));
        assertThat(b.workItems())
                .containsExactly(new BuildInformation.WorkItem("ACME-1", "Login broken", ""));
        assertThat(b.created()).isEqualTo(clock.instant());

        assertThat(builds.get(CALLER, SPACE, b.id())).isEqualTo(b);
        assertThat(builds.find(CALLER, SPACE, PackageCoordinates.parse("acme.web.1.0")))
                .contains(b);
    }

    @Test
    void overwriteModesApplyAsForPackages() {
        BuildInformation first =
                builds.push(CALLER, SPACE, request("Acme", "1.0.0", "1"), null).buildInformation();

        assertThatThrownBy(() -> builds.push(CALLER, SPACE, request("acme", "1.0", "2"), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith(BuildInformationService.EXISTS);

        BuildInformationService.PushOutcome ignored =
                builds.push(
                        CALLER,
                        SPACE,
                        request("Acme", "1.0.0", "3"),
                        OverwriteMode.IGNORE_IF_EXISTS);
        assertThat(ignored.outcome()).isEqualTo(PushResult.Outcome.IGNORED);
        assertThat(ignored.buildInformation()).isEqualTo(first);

        BuildInformationService.PushOutcome overwritten =
                builds.push(
                        CALLER,
                        SPACE,
                        request("Acme", "1.0.0", "4"),
                        OverwriteMode.OVERWRITE_EXISTING);
        assertThat(overwritten.outcome()).isEqualTo(PushResult.Outcome.OVERWRITTEN);
        assertThat(overwritten.buildInformation().id()).isEqualTo(first.id());
        assertThat(builds.get(CALLER, SPACE, first.id()).buildNumber()).isEqualTo("4");
    }

    @Test
    void listFiltersPagesAndGivesLatestPerPackage() {
        builds.push(CALLER, SPACE, request("Acme.Web", "1.0.0", "1"), null);
        builds.push(CALLER, SPACE, request("Acme.Web", "1.10.0", "2"), null);
        builds.push(CALLER, SPACE, request("Acme.Web", "1.9.0", "3"), null);
        builds.push(CALLER, SPACE, request("Other", "5.0.0", "4"), null);

        FeedPage<BuildInformation> all = builds.list(CALLER, SPACE, PackageQuery.firstPage());
        assertThat(all.items())
                .extracting(BuildInformation::buildNumber)
                .containsExactly("2", "3", "1", "4");
        assertThat(all.totalResults()).isEqualTo(4);
        assertThat(
                        builds.list(
                                        CALLER,
                                        SPACE,
                                        PackageQuery.firstPage().withFilter("WEB").page(1, 1))
                                .items())
                .extracting(BuildInformation::buildNumber)
                .containsExactly("3");
        assertThat(builds.list(CALLER, SPACE, PackageQuery.firstPage().latest()).items())
                .extracting(BuildInformation::buildNumber)
                .containsExactly("2", "4");
        assertThat(builds.latest(CALLER, SPACE, "acme.web").map(BuildInformation::buildNumber))
                .contains("2");
        assertThat(builds.latest(CALLER, SPACE, "Missing")).isEmpty();
    }

    @Test
    void invalidRequestListsEveryProblemAndStoresNothing() {
        BuildInformationRequest bad =
                new BuildInformationRequest(
                        "../etc",
                        "not-a-version",
                        null,
                        "1",
                        "javascript:alert(1)",
                        "b".repeat(501),
                        null,
                        null,
                        null,
                        null,
                        List.of(new BuildInformation.WorkItem("X", "", "file:///etc/passwd")));

        assertThatThrownBy(() -> builds.push(CALLER, SPACE, bad, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).errors())
                                        .hasSize(5)
                                        .anyMatch(s -> s.contains("Version"))
                                        .anyMatch(s -> s.contains("package id"))
                                        .anyMatch(s -> s.contains("BuildUrl"))
                                        .anyMatch(s -> s.contains("Branch"))
                                        .anyMatch(s -> s.contains("LinkUrl")));
        assertThat(builds.list(CALLER, SPACE, PackageQuery.firstPage()).totalResults()).isZero();
    }

    @Test
    void noCommitLinkWhenRootIsNotAWebUrl() {
        BuildInformationRequest r =
                new BuildInformationRequest(
                        "Acme",
                        "1.0",
                        null,
                        null,
                        null,
                        null,
                        "Git",
                        "git@host:acme.git",
                        "abcd1234",
                        List.of(new BuildInformation.Commit("abcd1234", "x", null)),
                        null);

        BuildInformation b = builds.push(CALLER, SPACE, r, null).buildInformation();

        assertThat(b.vcsCommitUrl()).isEmpty();
        assertThat(b.commits().get(0).linkUrl()).isEmpty();
    }

    @Test
    void concurrentPushesHaveExactlyOneWinner() throws Exception {
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String n = String.valueOf(i);
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    try {
                                        return builds.push(
                                                        CALLER,
                                                        SPACE,
                                                        request("Acme", "2.0.0", n),
                                                        OverwriteMode.FAIL_IF_EXISTS)
                                                .outcome();
                                    } catch (ConflictException e) {
                                        return "conflict";
                                    }
                                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(50, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(PushResult.Outcome.CREATED::equals).hasSize(1);
            assertThat(results).filteredOn("conflict"::equals).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deleteAndUnknownIds() {
        BuildInformation b =
                builds.push(CALLER, SPACE, request("Acme", "1.0.0", "1"), null).buildInformation();

        assertNotFound(() -> builds.get(CALLER, "Spaces-2", b.id()));
        builds.delete(CALLER, SPACE, b.id());
        assertNotFound(() -> builds.get(CALLER, SPACE, b.id()));
        assertNotFound(() -> builds.delete(CALLER, SPACE, b.id()));
    }
}
