package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Shared set-up of the feed's contract tests. Each subclass is annotated
 * {@code @ParameterizedClass @EnumSource(DatabaseKind.class)}, so every test runs on H2 and on a
 * real PostgreSQL.
 */
abstract class FeedContractTest {

    static final String SPACE = "Spaces-1";
    static final Caller CALLER = Caller.system();

    @TempDir Path dataDir;
    Database database;
    FeedService feed;
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    PackageReferences references = PackageReferences.NONE;

    @Parameter DatabaseKind kind;

    @BeforeEach
    void openFeed() {
        database = kind.open();
        feed = reopen();
    }

    FeedService reopen() {
        return FeedService.open(
                database,
                FeedService.packagesDir(dataDir),
                AccessPolicy.authenticatedCallers(),
                (h, s, c) -> references.referenced(h, s, c),
                clock);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    PushResult push(String fileName, String content) {
        return push(fileName, content, OverwriteMode.FAIL_IF_EXISTS);
    }

    PushResult push(String fileName, String content, OverwriteMode mode) {
        return feed.push(CALLER, SPACE, fileName, stream(content), mode);
    }

    static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(String algorithm, String content) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance(algorithm)
                                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file in the packages directory, temporary ones included. */
    List<String> storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(FeedService.packagesDir(dataDir))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    long rows() {
        return database.withHandle(
                h ->
                        h.createQuery("SELECT count(*) FROM package_versions")
                                .mapTo(Long.class)
                                .one());
    }

    static OctopusVersion v(String text) {
        return OctopusVersion.parse(text);
    }

    static VersionRange range(String text) {
        return VersionRange.parse(text);
    }

    static void assertConflict(Runnable push) {
        assertThatThrownBy(push::run)
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith(FeedService.PACKAGE_EXISTS)
                .hasMessageContaining("A package with the same name and version already exists");
    }

    static void assertInvalid(Runnable action, String messagePart) {
        assertThatThrownBy(action::run)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(messagePart);
    }

    static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(NotFoundException.class);
    }
}
