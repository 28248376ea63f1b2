package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * One package upload into a {@link BlobStore}: content streams through a fixed buffer into a locked
 * temporary file while SHA-1 and SHA-256 are computed, so memory stays flat whatever the size.
 * {@link #publish()} makes it visible under its SHA-256; {@link #close()} removes the temporary
 * file if it was not published.
 */
final class Upload implements AutoCloseable {

    /** Bytes read and written per step: large enough for full disk speed, small for memory. */
    static final int BUFFER_BYTES = 1 << 20;

    /** Buffers in rotation between reading/writing and the hashing helper. */
    static final int BUFFERS = 3;

    private static final ThreadFactory HASHER_THREADS =
            r -> {
                Thread t = new Thread(r, "freight-package-hash");
                t.setDaemon(true);
                return t;
            };

    /** The content's size and hashes. */
    record Content(long sizeBytes, String sha1, String sha256) {}

    private final BlobStore store;
    private final Path temp;
    private final FileChannel channel;
    private final FileLock lock;
    private Content content;
    private boolean closed;

    Upload(BlobStore store, Path temp, FileChannel channel, FileLock lock) {
        this.store = store;
        this.temp = temp;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Streams all of {@code in} to the temporary file and forces it to disk.
     *
     * <p>SHA-256 runs on a helper thread while this thread computes SHA-1 and writes, so the two
     * hashes cost one pass on two cores. {@link #BUFFERS} buffers rotate: a buffer is refilled only
     * after the helper has hashed it, which bounds memory at {@code BUFFERS * BUFFER_BYTES}.
     *
     * @throws InvalidInputException when reading the content fails (the client went away)
     * @throws IOException when writing fails (disk full, I/O error)
     */
    Content write(InputStream in) throws IOException {
        MessageDigest sha1 = digest("SHA-1");
        MessageDigest sha256 = digest("SHA-256");
        ExecutorService hasher = Executors.newSingleThreadExecutor(HASHER_THREADS);
        try {
            byte[][] buffers = new byte[BUFFERS][BUFFER_BYTES];
            Future<?>[] hashed = new Future<?>[BUFFERS];
            long size = 0;
            for (int i = 0; ; i = (i + 1) % BUFFERS) {
                byte[] buffer = buffers[i];
                await(hashed[i]);
                int n = readSome(in, buffer);
                if (n < 0) {
                    break;
                }
                hashed[i] = hasher.submit(() -> sha256.update(buffer, 0, n));
                sha1.update(buffer, 0, n);
                ByteBuffer wrapped = ByteBuffer.wrap(buffer, 0, n);
                while (wrapped.hasRemaining()) {
                    channel.write(wrapped);
                }
                size += n;
            }
            for (Future<?> f : hashed) {
                await(f);
            }
            channel.force(true);
            HexFormat hex = HexFormat.of();
            content =
                    new Content(size, hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
            return content;
        } finally {
            hasher.shutdownNow();
        }
    }

    private static void await(Future<?> f) throws IOException {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while hashing the package");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Hashing the package failed", e.getCause());
        }
    }

    /** Fills as much of the buffer as the stream gives in one go; -1 at the end. */
    private static int readSome(InputStream in, byte[] buffer) {
        try {
            int total = 0;
            while (total < buffer.length) {
                int n = in.read(buffer, total, buffer.length - total);
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
            }
            return total;
        } catch (IOException e) {
            String message = "The package upload ended before the whole file was received.";
            throw new InvalidInputException(message, List.of(message));
        }
    }

    /** The temporary file, readable before publishing (e.g. for a nuspec). */
    Path path() {
        return temp;
    }

    /**
     * Moves the content to its final, content-addressed name. When that content already exists it
     * is kept and touched instead (so a running sweep keeps it) and the temporary file is dropped.
     */
    void publish() throws IOException {
        if (content == null) {
            throw new IllegalStateException("write() first");
        }
        Path target = store.pathOf(content.sha256());
        if (Files.exists(target)) {
            try {
                BlobStore.touch(target);
                return; // close() removes the temporary file
            } catch (NoSuchFileException e) {
                // a sweep set it aside this instant: publish our own copy
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        store.syncDirectory();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
            Files.deleteIfExists(temp);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }
}
