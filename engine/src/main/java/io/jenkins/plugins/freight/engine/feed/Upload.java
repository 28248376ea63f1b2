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
 * One package upload into a {@link BlobStore}: content streams through a few fixed buffers into a
 * locked temporary file while SHA-1 and SHA-256 are computed, so memory stays flat whatever the
 * size. {@link #publish()} makes it visible under its SHA-256; {@link #close()} removes the
 * temporary file if it was not published.
 */
final class Upload implements AutoCloseable {

    /**
     * Bytes read, hashed and written per step: large enough for full disk speed, small for memory.
     */
    static final int BUFFER_BYTES = 1 << 20;

    /**
     * Buffers in rotation between the reading thread and the hashing and writing helpers; memory is
     * bounded at {@code BUFFERS * BUFFER_BYTES}.
     */
    static final int BUFFERS = 4;

    /**
     * Bytes written after which the disk is asked, in the background, to write them out, so the
     * final fsync has little left to wait for instead of the whole package.
     */
    static final long EARLY_FLUSH_BYTES = 64L << 20;

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
     * <p>Three stages share each buffer: this thread reads it and computes SHA-1, one helper
     * computes SHA-256 and another writes it to the file (and, every {@link #EARLY_FLUSH_BYTES},
     * has a third start writing the file out to disk). On two cores the stages overlap instead of
     * adding up. {@link #BUFFERS} buffers rotate: a buffer is refilled only after both helpers are
     * done with it. The final fsync still covers the whole file before it can be published.
     *
     * @throws InvalidInputException when reading the content fails (the client went away)
     * @throws IOException when writing fails (disk full, I/O error)
     */
    Content write(InputStream in) throws IOException {
        MessageDigest sha1 = digest("SHA-1");
        MessageDigest sha256 = digest("SHA-256");
        ExecutorService hasher = Executors.newSingleThreadExecutor(named("freight-package-hash"));
        ExecutorService writer = Executors.newSingleThreadExecutor(named("freight-package-write"));
        EarlyFlush flush = new EarlyFlush(channel);
        try {
            byte[][] buffers = new byte[BUFFERS][BUFFER_BYTES];
            Future<?>[] hashed = new Future<?>[BUFFERS];
            Future<?>[] written = new Future<?>[BUFFERS];
            long size = 0;
            for (int i = 0; ; i = (i + 1) % BUFFERS) {
                byte[] buffer = buffers[i];
                await(hashed[i]);
                await(written[i]);
                int n = readSome(in, buffer);
                if (n < 0) {
                    break;
                }
                hashed[i] = hasher.submit(() -> sha256.update(buffer, 0, n));
                written[i] =
                        writer.submit(
                                () -> {
                                    writeFully(buffer, n);
                                    flush.wrote(n);
                                    return null;
                                });
                sha1.update(buffer, 0, n);
                size += n;
            }
            for (int i = 0; i < BUFFERS; i++) {
                await(hashed[i]);
                await(written[i]);
            }
            flush.await();
            channel.force(true);
            HexFormat hex = HexFormat.of();
            content =
                    new Content(size, hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
            return content;
        } finally {
            hasher.shutdownNow();
            // not interrupted: an interrupt would close the channel under a running write
            writer.shutdown();
            flush.shutdown();
        }
    }

    private void writeFully(byte[] buffer, int length) throws IOException {
        ByteBuffer wrapped = ByteBuffer.wrap(buffer, 0, length);
        while (wrapped.hasRemaining()) {
            channel.write(wrapped);
        }
    }

    /**
     * Starts writing the file out to disk (fdatasync on a helper thread) each time another {@link
     * #EARLY_FLUSH_BYTES} were written, at most one at a time; used by the writing thread only.
     */
    private static final class EarlyFlush {

        private final FileChannel channel;
        private final ExecutorService flusher =
                Executors.newSingleThreadExecutor(named("freight-package-flush"));
        private long unflushed;
        private Future<?> running;

        EarlyFlush(FileChannel channel) {
            this.channel = channel;
        }

        void wrote(int bytes) {
            unflushed += bytes;
            if (unflushed >= EARLY_FLUSH_BYTES && (running == null || running.isDone())) {
                unflushed = 0;
                running =
                        flusher.submit(
                                () -> {
                                    channel.force(false);
                                    return null;
                                });
            }
        }

        void await() throws IOException {
            Upload.await(running);
        }

        void shutdown() {
            flusher.shutdown();
        }
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void await(Future<?> f) throws IOException {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while storing the package");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Storing the package failed", e.getCause());
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
