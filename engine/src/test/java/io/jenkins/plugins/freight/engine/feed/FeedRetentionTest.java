package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class FeedRetentionTest extends FeedContractTest {

    @Test
    void oldUnreferencedVersionsGoAndReferencedOrRecentOnesStay() throws Exception {
        push("Acme.1.0.0.zip", "old and unused");
        push("Acme.1.1.0.zip", "old but used by a release");
        push("Acme.1.2.0.zip", "shared");
        clock.advance(Duration.ofDays(40));
        push("Acme.2.0.0.zip", "recent");
        push("Other.1.0.0.zip", "shared");
        Set<PackageCoordinates> used = Set.of(PackageCoordinates.parse("acme.1.1"));
        references =
                (h, space, candidates) ->
                        candidates.stream().filter(used::contains).collect(Collectors.toSet());
        feed = reopen();

        RetentionResult result =
                feed.applyRetention(
                        CALLER,
                        FeedRetentionPolicy.deleteUnreferencedAfter(Duration.ofDays(30))
                                .withUnusedContentGrace(Duration.ZERO));

        assertThat(result.packageVersionsDeleted()).isEqualTo(2);
        Set<String> left = new HashSet<>();
        feed.list(CALLER, SPACE, PackageQuery.firstPage())
                .items()
                .forEach(v -> left.add(v.packageId() + " " + v.version()));
        assertThat(left).containsExactlyInAnyOrder("Acme 1.1.0", "Acme 2.0.0", "Other 1.0.0");
        // "shared" content is still used by Other 1.0.0; only the unused file goes
        assertThat(result.filesDeleted()).isEqualTo(1);
        assertThat(storedFiles())
                .containsExactlyInAnyOrder(
                        hex("SHA-256", "old but used by a release"),
                        hex("SHA-256", "recent"),
                        hex("SHA-256", "shared"));
    }

    @Test
    void keepAllDeletesNoVersionAndOnlyFilesNothingUses() throws Exception {
        push("Acme.1.0.0.zip", "one");
        push("Acme.1.0.0.zip", "two", OverwriteMode.OVERWRITE_EXISTING);

        RetentionResult tooSoon = feed.applyRetention(CALLER, FeedRetentionPolicy.keepAll());
        assertThat(tooSoon.filesDeleted()).as("within the grace period").isZero();

        RetentionResult result =
                feed.applyRetention(
                        CALLER,
                        FeedRetentionPolicy.keepAll().withUnusedContentGrace(Duration.ZERO));

        assertThat(result).isEqualTo(new RetentionResult(0, 1));
        assertThat(storedFiles()).containsExactly(hex("SHA-256", "two"));
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void reusedContentIsNotSweptWhileItsPushIsBeingRecorded() throws Exception {
        // A file that nothing references yet but that an upload just reused (touched) stays.
        PackageVersion v = push("Acme.1.0.0.zip", "same").packageVersion();
        feed.delete(CALLER, SPACE, v.id());
        java.nio.file.Path file = FeedService.packagesDir(dataDir).resolve(v.sha256());
        java.nio.file.Files.setLastModifiedTime(
                file,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        push("Again.1.0.0.zip", "same"); // touches the file
        feed.delete(CALLER, SPACE, "packages-Again.1.0.0");

        RetentionResult result =
                feed.applyRetention(
                        CALLER,
                        FeedRetentionPolicy.keepAll().withUnusedContentGrace(Duration.ofHours(1)));

        assertThat(result.filesDeleted()).isZero();
        assertThat(storedFiles()).containsExactly(v.sha256());
    }

    @Test
    void backgroundMaintenanceRemovesFilesNothingUsesOnceTheGraceHasPassed() throws Exception {
        PackageVersion v = push("Acme.1.0.0.zip", "deleted soon").packageVersion();
        PackageVersion kept = push("Acme.2.0.0.zip", "kept").packageVersion();
        feed.delete(CALLER, SPACE, v.id());
        java.nio.file.Path dir = FeedService.packagesDir(dataDir);
        for (String sha : List.of(v.sha256(), kept.sha256())) {
            java.nio.file.Files.setLastModifiedTime(
                    dir.resolve(sha),
                    java.nio.file.attribute.FileTime.from(
                            java.time.Instant.now().minus(Duration.ofHours(2))));
        }

        feed.start(Duration.ofMillis(50));
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(storedFiles()).containsExactly(kept.sha256()));
        } finally {
            feed.stop();
        }
        feed.stop(); // idempotent
    }
}
