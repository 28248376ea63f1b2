package io.jenkins.plugins.freight.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A file streamed from disk in small chunks, reporting progress as it goes; never held in memory.
 * One-shot: OkHttp must not silently send it twice.
 */
final class UploadBody extends RequestBody {

    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final long length;
    private final UploadProgress progress;

    UploadBody(Path file, UploadProgress progress) throws IOException {
        this.file = file;
        this.length = Files.size(file);
        this.progress = progress;
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long sent = 0;
        progress.sent(0, length);
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                sink.write(buffer, 0, n);
                sent += n;
                progress.sent(sent, length);
            }
        }
    }
}
