package io.jenkins.plugins.freight.engine.target;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that cuts UTF-8 bytes into lines (LF or CRLF) and hands each line on; the last
 * unterminated line is delivered on {@link #close()}. Very long lines are cut at 64 KiB.
 */
final class LineSplitter extends OutputStream {

    private static final int MAX_LINE = 64 * 1024;

    private final Consumer<String> sink;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private boolean closed;

    LineSplitter(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            buffer.write(b);
            if (buffer.size() >= MAX_LINE) {
                flushLine();
            }
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (bytes[i] == '\n') {
                buffer.write(bytes, start, i - start);
                flushLine();
                start = i + 1;
            } else if (buffer.size() + (i - start) >= MAX_LINE) {
                buffer.write(bytes, start, i - start);
                flushLine();
                start = i;
            }
        }
        buffer.write(bytes, start, end - start);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (buffer.size() > 0) {
                flushLine();
            }
        }
    }

    private void flushLine() {
        String line = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        sink.accept(line);
    }
}
