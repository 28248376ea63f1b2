package io.jenkins.plugins.freight.client.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternsAndDurationsTest {

    @Test
    void antPatternsMatchAcrossDirectoriesOnlyWithDoubleStar() {
        GlobPattern zips = GlobPattern.compile("build/*.zip");
        assertThat(zips.matches("build/a.zip")).isTrue();
        assertThat(zips.matches("build/x/a.zip")).isFalse();
        GlobPattern deep = GlobPattern.compile("**/*.nupkg");
        assertThat(deep.matches("a.nupkg")).isTrue();
        assertThat(deep.matches("x/y/a.nupkg")).isTrue();
        assertThat(deep.matches("x/y/a.zip")).isFalse();
        assertThat(GlobPattern.compile("logs/").matches("logs/a/b.txt")).isTrue();
        assertThat(GlobPattern.compile("file?.txt").matches("file1.txt")).isTrue();
        assertThat(GlobPattern.compile("a.b").matches("axb")).isFalse();
    }

    @Test
    void aPushPatternMatchingNothingIsNamedAndNothingIsSent(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("build"));
        Files.writeString(dir.resolve("build/Quotes.1.0.0.zip"), "zip");
        // An address nobody listens on: the pattern error must come before any request.
        try (FreightClient client =
                FreightClient.create(
                        ConnectionSettings.of("http://127.0.0.1:9", "API-XXXXXXXXXXXXXXXXXXXX"))) {
            PushAction push = new PushAction(client, ProgressListener.silent());
            assertThatThrownBy(
                            () ->
                                    push.push(
                                            new PushRequest(
                                                    dir,
                                                    List.of("build/*.zip", "dist/**/*.nupkg"),
                                                    OverwriteMode.FAIL_IF_EXISTS)))
                    .isInstanceOf(InvalidActionInputException.class)
                    .hasMessageStartingWith("The pattern 'dist/**/*.nupkg' matches no file in ");
            assertThatThrownBy(
                            () ->
                                    push.push(
                                            new PushRequest(
                                                    dir, List.of("build/Missing.1.0.0.zip"), null)))
                    .hasMessageStartingWith(
                            "The pattern 'build/Missing.1.0.0.zip' matches no file");
        }
    }

    @Test
    void patternsExpandToEachFileOnce(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("build/sub"));
        Files.writeString(dir.resolve("build/A.1.0.0.zip"), "a");
        Files.writeString(dir.resolve("build/sub/B.1.0.0.zip"), "b");
        assertThat(PackageFiles.expand(dir, List.of("build/**/*.zip", "build/A.1.0.0.zip")))
                .extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("build/A.1.0.0.zip", "build/sub/B.1.0.0.zip");
    }

    @Test
    void durationsAreReadInTheFormsPeopleWriteWithoutA24HourCap() {
        assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("2d")).isEqualTo(Duration.ofHours(48));
        assertThat(DurationText.parse("36:00:00")).isEqualTo(Duration.ofHours(36));
        assertThat(DurationText.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.parse("600")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(DurationText.format(Duration.ofHours(30))).isEqualTo("30h");
    }

    @Test
    void invalidDurationsAreRefusedClearly() {
        assertThatThrownBy(() -> DurationText.parse("soon"))
                .isInstanceOf(InvalidActionInputException.class)
                .hasMessageStartingWith("The duration 'soon' is invalid");
        assertThatThrownBy(() -> DurationText.parse("0s"))
                .isInstanceOf(InvalidActionInputException.class);
    }

    @Test
    void malformedPackageVersionsAreRefusedBeforeTheServerIsAsked() {
        CreateReleaseAction.requireValidPackageVersion("Quotes:1.0.0");
        CreateReleaseAction.requireValidPackageVersion("Deploy app:Quotes:1.0.0");
        assertThatThrownBy(() -> CreateReleaseAction.requireValidPackageVersion("Quotes"))
                .hasMessageContaining("'Quotes' is invalid");
        assertThatThrownBy(() -> CreateReleaseAction.requireValidPackageVersion("Quotes::1.0"))
                .isInstanceOf(InvalidActionInputException.class);
    }
}
