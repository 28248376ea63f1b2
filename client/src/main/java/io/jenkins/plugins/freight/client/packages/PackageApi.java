package io.jenkins.plugins.freight.client.packages;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.Transport;
import io.jenkins.plugins.freight.client.transport.UploadProgress;
import java.nio.file.Path;

/** The built-in package feed. */
public final class PackageApi {

    /** The multipart part name the official TypeScript client uses. */
    public static final String PART_NAME = "fileToUpload";

    private final FreightClient client;

    public PackageApi(FreightClient client) {
        this.client = client;
    }

    /** A stored package and whether this upload created it (HTTP 201) or not (200). */
    public record Uploaded(PackageResource resource, boolean created) {}

    /**
     * Uploads a package file to the built-in feed, streamed from disk. The package id and version
     * come from the file name ({@code Hello.1.0.0.zip}).
     */
    public Uploaded upload(Path file, OverwriteMode mode, UploadProgress progress) {
        var url =
                client.spaceUrl("packages", "raw")
                        .newBuilder()
                        .addQueryParameter("overwriteMode", mode.wireName())
                        .build();
        Transport.Uploaded<PackageResource> result =
                client.transport().upload(url, PART_NAME, file, PackageResource.class, progress);
        return new Uploaded(result.body(), result.statusCode() == 201);
    }
}
