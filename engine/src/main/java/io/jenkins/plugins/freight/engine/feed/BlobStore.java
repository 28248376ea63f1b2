package io.jenkins.plugins.freight.engine.feed;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Content-addressed package files: each file is named by the hex SHA-256 of its content, so equal
 * packages share one file and a name always means the same bytes.
 *
 * <p>An upload streams into a temporary file in the same directory ({@code .upload-*.tmp}, locked
 * while it is written), is flushed to disk with fsync and then renamed atomically to its final
 * name, so a reader never sees a partial file. Temporary files whose writer died (no lock held) are
 * removed by {@link #removeLeftovers()}.
 *
 * <p>Files are deleted only by {@link #sweep}, which first renames a candidate away ({@code
 * .trash-*}), re-checks it and only then deletes it; an upload of the same content that touched the
 * file during the check keeps it. See {@link Upload#publish()}.
 */
final class BlobStore {

    static final String TEMP_PREFIX = ".upload-";
    static final String TEMP_SUFFIX = ".tmp";
    static final String TRASH_PREFIX = ".trash-";
    private static final Pattern BLOB_NAME = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    BlobStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Path dir() {
        return dir;
    }

    /** Where the content with this SHA-256 lives (whether or not it exists). */
    Path pathOf(String sha256) {
        if (!BLOB_NAME.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex");
        }
        return dir.resolve(sha256);
    }

    boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Starts an upload: a new, locked temporary file. Close the upload in every case. */
    Upload begin() throws IOException {
        Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
        FileChannel channel =
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return new Upload(this, temp, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Removes temporary files of uploads whose writer is gone (a crash, a kill) and puts back files
     * a sweep had set aside when it was interrupted. Files still locked by a live upload stay.
     *
     * @return how many temporary files were removed
     */
    int removeLeftovers() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                    removed += removeIfAbandoned(file) ? 1 : 0;
                } else if (name.startsWith(TRASH_PREFIX)) {
                    restore(
                            file,
                            name.substring(TRASH_PREFIX.length(), TRASH_PREFIX.length() + 64));
                }
            }
        }
        return removed;
    }

    private static boolean removeIfAbandoned(Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another process is writing it
            }
            try {
                Files.deleteIfExists(temp);
                return true;
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            return false; // an upload in this JVM is writing it
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Deletes content files that nothing references and that no upload touched since {@code
     * notModifiedSince}.
     *
     * @param referenced answers, from the database, whether a SHA-256 is still in use
     * @return how many files were deleted
     */
    int sweep(Predicate<String> referenced, Instant notModifiedSince) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String sha256 = file.getFileName().toString();
                if (BLOB_NAME.matcher(sha256).matches()
                        && isOlder(file, notModifiedSince)
                        && !referenced.test(sha256)
                        && deleteIfStillUnused(file, sha256, referenced, notModifiedSince)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private boolean deleteIfStillUnused(
            Path file, String sha256, Predicate<String> referenced, Instant notModifiedSince)
            throws IOException {
        Path trash = dir.resolve(TRASH_PREFIX + sha256 + "-" + UUID.randomUUID());
        try {
            Files.move(file, trash, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return false;
        }
        // An upload that reused the file before the move touched it; one after the move finds no
        // file and publishes its own copy. Either way the file must survive.
        if (!isOlder(trash, notModifiedSince) || referenced.test(sha256)) {
            restore(trash, sha256);
            return false;
        }
        Files.delete(trash);
        return true;
    }

    private void restore(Path trash, String sha256) throws IOException {
        Path target = dir.resolve(sha256);
        if (Files.exists(target)) {
            Files.deleteIfExists(trash); // an upload put the same content back meanwhile
        } else {
            Files.move(trash, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isOlder(Path file, Instant limit) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(limit);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Makes a rename in this directory durable. */
    void syncDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot fsync a directory; the rename itself is still atomic.
        }
    }

    /** Marks existing content as just used, so a concurrent sweep keeps it. */
    static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    }
}
