package io.jenkins.plugins.freight.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds package uploads the way Octopus clients send them. */
final class Multipart {

    static final String BOUNDARY = "----FreightTestBoundary7MA4YWxkTrZu0gW";

    private Multipart() {}

    /** A small real zip with one file. */
    static byte[] zip(String entry, String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] body(String partName, String fileName, byte[] content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(
                    ("--"
                                    + BOUNDARY
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + partName
                                    + "\"; filename=\""
                                    + fileName
                                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest upload(String url, String apiKey, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("X-Octopus-ApiKey", apiKey)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }
}
