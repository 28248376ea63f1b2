package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PackagePushTest extends FeedContractTest {

    @Test
    void pushStoresContentWithSizeAndHashesUnderItsSha256() throws Exception {
        PushResult result = push("Acme.Web.2.1.0-beta.1.zip", "zip bytes");

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.CREATED);
        assertThat(result.isCreated()).isTrue();
        PackageVersion v = result.packageVersion();
        assertThat(v.id()).isEqualTo("packages-Acme.Web.2.1.0-beta.1");
        assertThat(v.packageId()).isEqualTo("Acme.Web");
        assertThat(v.version()).hasToString("2.1.0-beta.1");
        assertThat(v.extension()).isEqualTo(".zip");
        assertThat(v.sizeBytes()).isEqualTo(9);
        assertThat(v.sha1()).isEqualTo(hex("SHA-1", "zip bytes"));
        assertThat(v.sha256()).isEqualTo(hex("SHA-256", "zip bytes"));
        assertThat(v.published()).isEqualTo(clock.instant());
        assertThat(v.feedId()).isEqualTo(FeedService.BUILTIN_FEED_ID);
        assertThat(storedFiles()).containsExactly(v.sha256());
        try (InputStream in = feed.openContent(CALLER, v)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("zip bytes");
        }
        assertThat(feed.get(CALLER, SPACE, v.id())).isEqualTo(v);
    }

    @Test
    void nuspecIdAndVersionWinOverTheFileName() throws IOException {
        byte[] nupkg =
                Files.readAllBytes(
                        NuspecTest.zip(
                                dataDir.resolve("upload.nupkg"),
                                Map.of("Real.nuspec", NuspecTest.nuspec("Real.Id", "3.0.0-rc.2"))));
        PushResult result =
                feed.push(
                        CALLER,
                        SPACE,
                        "Named.Differently.1.0.0.nupkg",
                        new java.io.ByteArrayInputStream(nupkg),
                        null);

        PackageVersion v = result.packageVersion();
        assertThat(v.packageId()).isEqualTo("Real.Id");
        assertThat(v.version()).hasToString("3.0.0-rc.2");
        assertThat(v.extension()).isEqualTo(".nupkg");
        assertThat(v.title()).isEqualTo("Acme web site");
        assertThat(v.releaseNotes()).isEqualTo("Fixed the thing.");
        assertThat(feed.find(CALLER, SPACE, "real.id", v("3.0.0-RC.2"))).contains(v);
    }

    @Test
    void nupkgWithoutNuspecIsRefusedAndLeavesNothing() throws IOException {
        assertInvalid(() -> push("Acme.1.0.0.nupkg", "not a zip"), "not a valid zip archive");
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void secondPushOfSameVersionFailsByDefaultAndChangesNothing() throws IOException {
        PackageVersion first = push("Acme.1.0.0.zip", "one").packageVersion();

        assertConflict(() -> push("Acme.1.0.0.zip", "two"));
        assertConflict(() -> push("acme.1.0.0.0.tar.gz", "two"));
        assertConflict(() -> push("ACME.1.0.zip", "two"));

        assertThat(rows()).isEqualTo(1);
        assertThat(storedFiles()).containsExactly(first.sha256());
        assertThat(feed.get(CALLER, SPACE, "packages-Acme.1.0.0")).isEqualTo(first);
    }

    @Test
    void ignoreIfExistsKeepsTheExistingPackage() throws IOException {
        PackageVersion first = push("Acme.1.0.0.zip", "one").packageVersion();

        PushResult again = push("Acme.1.0.0.zip", "two", OverwriteMode.IGNORE_IF_EXISTS);

        assertThat(again.outcome()).isEqualTo(PushResult.Outcome.IGNORED);
        assertThat(again.packageVersion()).isEqualTo(first);
        assertThat(storedFiles()).containsExactly(first.sha256());
    }

    @Test
    void overwriteExistingReplacesContentAndKeepsOneRow() throws Exception {
        push("Acme.1.0.0.zip", "one");
        clock.advance(java.time.Duration.ofMinutes(5));

        PushResult again = push("Acme.1.0.0.tar.gz", "two", OverwriteMode.OVERWRITE_EXISTING);

        assertThat(again.outcome()).isEqualTo(PushResult.Outcome.OVERWRITTEN);
        PackageVersion now = feed.get(CALLER, SPACE, "packages-Acme.1.0.0");
        assertThat(now.sha256()).isEqualTo(hex("SHA-256", "two"));
        assertThat(now.extension()).isEqualTo(".tar.gz");
        assertThat(now.published()).isEqualTo(clock.instant());
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void overwriteOfAMissingVersionCreatesIt() {
        assertThat(push("Acme.1.0.0.zip", "one", OverwriteMode.OVERWRITE_EXISTING).outcome())
                .isEqualTo(PushResult.Outcome.CREATED);
    }

    @Test
    void equalContentIsStoredOnce() throws IOException {
        PackageVersion a = push("Acme.1.0.0.zip", "same").packageVersion();
        PackageVersion b = push("Other.2.0.0.zip", "same").packageVersion();

        assertThat(a.sha256()).isEqualTo(b.sha256());
        assertThat(storedFiles()).containsExactly(a.sha256());
    }

    @Test
    void spacesAreSeparate() {
        push("Acme.1.0.0.zip", "one");
        PushResult other = feed.push(CALLER, "Spaces-2", "Acme.1.0.0.zip", stream("one"), null);

        assertThat(other.isCreated()).isTrue();
        assertNotFound(() -> feed.get(CALLER, "Spaces-3", "packages-Acme.1.0.0"));
    }

    @Test
    void badFileNameIsRefusedBeforeAnyContentIsRead() throws IOException {
        InputStream neverRead =
                new InputStream() {
                    @Override
                    public int read() {
                        throw new AssertionError("content must not be read");
                    }
                };
        for (String name : new String[] {"../Acme.1.0.0.zip", "Acme.exe", "Acme.zip", ""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> feed.push(CALLER, SPACE, name, neverRead, null))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void duplicateIsRefusedBeforeContentIsRead() {
        push("Acme.1.0.0.zip", "one");
        InputStream neverRead =
                new InputStream() {
                    @Override
                    public int read() {
                        throw new AssertionError("content must not be read");
                    }
                };
        assertConflict(() -> feed.push(CALLER, SPACE, "Acme.1.0.0.zip", neverRead, null));
    }

    @Test
    void uploadThatBreaksOffLeavesNoPackageAndNoFile() throws IOException {
        InputStream breaksOff =
                new InputStream() {
                    int sent;

                    @Override
                    public int read() throws IOException {
                        if (sent++ > 3_000_000) {
                            throw new IOException("connection reset");
                        }
                        return 'x';
                    }
                };

        assertInvalid(
                () -> feed.push(CALLER, SPACE, "Acme.1.0.0.zip", breaksOff, null),
                "ended before the whole file was received");

        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void missingSpaceIsRefused() {
        assertInvalid(
                () -> feed.push(CALLER, " ", "Acme.1.0.0.zip", stream("x"), null),
                "space id is required");
    }

    @Test
    void leftoverOfACrashedUploadIsRemovedWhenTheFeedOpens() throws IOException {
        push("Acme.1.0.0.zip", "one");
        Files.writeString(
                FeedService.packagesDir(dataDir).resolve(".upload-crashed.tmp"), "partial");

        reopen();

        assertThat(storedFiles()).containsExactly(hex("SHA-256", "one"));
    }

    @Test
    void contentSetAsideByAnInterruptedSweepIsPutBack() throws IOException {
        String sha = push("Acme.1.0.0.zip", "one").packageVersion().sha256();
        var dir = FeedService.packagesDir(dataDir);
        Files.move(dir.resolve(sha), dir.resolve(".trash-" + sha + "-x"));

        reopen();

        assertThat(storedFiles()).containsExactly(sha);
    }
}
