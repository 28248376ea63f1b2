package io.jenkins.plugins.freight.server.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body part by part, streaming each part's content: memory use
 * is one fixed buffer, whatever the size of the parts. A body that ends before its closing boundary
 * makes the current part's stream fail with an {@link IOException} instead of ending, so a
 * truncated upload is never mistaken for a whole one.
 */
final class MultipartStream {

    /** The most bytes of headers one part may have. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;

    /** One part: its headers and a stream of its content (valid until the next part is read). */
    record Part(String name, String fileName, String contentType, InputStream content) {}

    /** The body does not follow the multipart format. */
    static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int start;
    private int end;
    private boolean inputEnded;
    private boolean finished;
    private PartStream current;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[BUFFER_BYTES + delimiter.length];
        // The first boundary has no line break before it: pretend it has one.
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /** The boundary of a {@code multipart/form-data} content type, or null when there is none. */
    static String boundary(String contentType) {
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        String value = parameters(contentType).get("boundary");
        if (value == null || value.isEmpty() || value.length() > 70) {
            return null;
        }
        return value;
    }

    /** The next part, or null after the closing boundary. */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current == null) {
            skipPreamble();
        } else {
            current.drain();
        }
        if (finished) {
            return null;
        }
        Map<String, String> headers = readHeaders();
        String disposition = headers.getOrDefault("content-disposition", "");
        Map<String, String> parameters = parameters(disposition);
        current = new PartStream();
        return new Part(
                parameters.get("name"), fileName(parameters), headers.get("content-type"), current);
    }

    private void skipPreamble() throws IOException {
        PartStream preamble = new PartStream();
        preamble.drain();
    }

    /** After a delimiter: "--" closes the body, otherwise the rest of the line is skipped. */
    private void afterDelimiter() throws IOException {
        if (!fill(2)) {
            throw new MalformedException("The multipart body ends right after a boundary.");
        }
        if (buffer[start] == '-' && buffer[start + 1] == '-') {
            start += 2;
            finished = true;
            return;
        }
        readLine(1024);
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = readLine(MAX_HEADER_BYTES - total);
            total += line.length() + 2;
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
    }

    /** One line without its CRLF; fails when longer than {@code max} or the body ends first. */
    private String readLine(int max) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        while (true) {
            if (!fill(1)) {
                throw new MalformedException("The multipart body ends inside a part's headers.");
            }
            byte b = buffer[start++];
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length;
                if (length > 0 && bytes[length - 1] == '\r') {
                    length--;
                }
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(b);
            if (line.size() > max) {
                throw new MalformedException("A part of the multipart body has too many headers.");
            }
        }
    }

    /** Makes at least {@code n} bytes available; false when the input ends first. */
    private boolean fill(int n) throws IOException {
        while (end - start < n) {
            if (inputEnded) {
                return false;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                inputEnded = true;
            } else {
                end += read;
            }
        }
        return true;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = start; i <= end - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The content of one part: ends at the next delimiter. */
    private final class PartStream extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = indexOfDelimiter();
                int available = found >= 0 ? found - start : end - start - delimiter.length + 1;
                if (found == start) {
                    start += delimiter.length;
                    done = true;
                    afterDelimiter();
                    return -1;
                }
                if (available > 0) {
                    int n = Math.min(available, length);
                    System.arraycopy(buffer, start, target, offset, n);
                    start += n;
                    return n;
                }
                if (!fill(end - start + 1)) {
                    throw new MalformedException(
                            "The multipart body ended before its closing boundary.");
                }
            }
        }

        void drain() throws IOException {
            byte[] skip = new byte[8192];
            while (read(skip, 0, skip.length) >= 0) {
                // discard
            }
        }
    }

    /** The file name of a part: {@code filename*} (RFC 5987) or {@code filename}, as sent. */
    private static String fileName(Map<String, String> parameters) {
        String name = parameters.get("filename*");
        if (name != null) {
            int quote = name.indexOf("''");
            name =
                    java.net.URLDecoder.decode(
                            (quote >= 0 ? name.substring(quote + 2) : name).replace("+", "%2B"),
                            StandardCharsets.UTF_8);
        } else {
            name = parameters.get("filename");
        }
        return name;
    }

    /** {@code a; b=c; d="e f"} → {b=c, d=e f} with names in lower case. */
    static Map<String, String> parameters(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            int pos = eq + 1;
            while (pos < header.length() && header.charAt(pos) == ' ') {
                pos++;
            }
            StringBuilder value = new StringBuilder();
            if (pos < header.length() && header.charAt(pos) == '"') {
                pos++;
                while (pos < header.length() && header.charAt(pos) != '"') {
                    char c = header.charAt(pos);
                    if (c == '\\' && pos + 1 < header.length()) {
                        c = header.charAt(++pos);
                    }
                    value.append(c);
                    pos++;
                }
                pos++;
            } else {
                while (pos < header.length() && header.charAt(pos) != ';') {
                    value.append(header.charAt(pos++));
                }
            }
            result.put(name, value.toString().strip());
            i = header.indexOf(';', pos);
        }
        return result;
    }

    /** For tests: the delimiter bytes. */
    byte[] delimiter() {
        return Arrays.copyOf(delimiter, delimiter.length);
    }
}
