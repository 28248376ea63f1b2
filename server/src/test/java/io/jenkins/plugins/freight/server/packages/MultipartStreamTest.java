package io.jenkins.plugins.freight.server.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    private static final String BOUNDARY = "----freight-boundary-1234";

    /** Hands out at most {@code chunk} bytes per read, as a slow network would. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static byte[] body(byte[] file, String fileName, boolean close) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(
                ("preamble to ignore\r\n--"
                                + BOUNDARY
                                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello"
                                + "\r\n--"
                                + BOUNDARY
                                + "\r\nContent-Disposition: form-data; name=\"fileToUpload\";"
                                + " filename=\""
                                + fileName
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        if (close) {
            out.write(("\r\n--" + BOUNDARY + "--\r\nepilogue").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void partsAreStreamedExactlyWhateverTheReadSizes() throws IOException {
        byte[] file = new byte[300_000];
        new Random(42).nextBytes(file);
        // a near miss of the delimiter inside the content
        byte[] nearMiss = ("\r\n--" + BOUNDARY.substring(0, 10)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(nearMiss, 0, file, 1000, nearMiss.length);
        for (int chunk : new int[] {1, 7, 4096, 1 << 20}) {
            MultipartStream stream =
                    new MultipartStream(
                            trickle(body(file, "Hello.1.0.0.zip", true), chunk), BOUNDARY);
            MultipartStream.Part note = stream.next();
            assertThat(note.name()).isEqualTo("note");
            assertThat(note.fileName()).isNull();
            assertThat(new String(note.content().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("hello");
            MultipartStream.Part upload = stream.next();
            assertThat(upload.name()).isEqualTo("fileToUpload");
            assertThat(upload.fileName()).isEqualTo("Hello.1.0.0.zip");
            assertThat(upload.contentType()).isEqualTo("application/octet-stream");
            assertThat(upload.content().readAllBytes()).as("chunk " + chunk).isEqualTo(file);
            assertThat(stream.next()).isNull();
        }
    }

    @Test
    void aBodyCutBeforeItsClosingBoundaryFailsInsteadOfEnding() throws IOException {
        byte[] file = new byte[100_000];
        MultipartStream stream =
                new MultipartStream(trickle(body(file, "Hello.1.0.0.zip", false), 999), BOUNDARY);
        stream.next();
        MultipartStream.Part upload = stream.next();
        assertThatThrownBy(() -> upload.content().readAllBytes())
                .isInstanceOf(MultipartStream.MalformedException.class)
                .hasMessageContaining("closing boundary");
    }

    @Test
    void endlessHeadersAreRefused() {
        String body = "--" + BOUNDARY + "\r\nX: " + "a".repeat(20_000) + "\r\n\r\nx";
        MultipartStream stream =
                new MultipartStream(
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY);
        assertThatThrownBy(stream::next).isInstanceOf(MultipartStream.MalformedException.class);
    }

    @Test
    void boundaryIsReadFromTheContentType() {
        assertThat(MultipartStream.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartStream.boundary("multipart/form-data; boundary=\"a b\"; x=y"))
                .isEqualTo("a b");
        assertThat(MultipartStream.boundary("application/json")).isNull();
        assertThat(MultipartStream.boundary("multipart/form-data")).isNull();
        assertThat(MultipartStream.boundary(null)).isNull();
    }

    @Test
    void fileNamesInBothForms() throws IOException {
        String body =
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''Caf%C3%A9.1.0.0.zip"
                        + "\r\n\r\ndata\r\n--b--";
        MultipartStream stream =
                new MultipartStream(
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "b");
        assertThat(stream.next().fileName()).isEqualTo("Café.1.0.0.zip");
    }
}
