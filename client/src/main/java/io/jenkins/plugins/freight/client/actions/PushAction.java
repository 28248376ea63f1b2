package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.client.packages.PackageApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes package files to the server's built-in feed, one after the other, streaming each from
 * disk. All paths and patterns are checked before the first upload.
 */
public final class PushAction {

    private final FreightClient client;
    private final ProgressListener listener;

    public PushAction(FreightClient client, ProgressListener listener) {
        this.client = client;
        this.listener = listener;
    }

    public PushResult push(PushRequest request) {
        List<Path> files = PackageFiles.expand(request.baseDirectory(), request.packages());
        client.root();
        List<PushResult.PushedPackage> pushed = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            listener.line(
                    ProgressListener.Level.INFO,
                    "Pushing " + name + " to " + client.settings().serverUrl());
            PackageApi.Uploaded uploaded;
            try {
                uploaded =
                        client.packages()
                                .upload(
                                        file,
                                        request.overwriteMode(),
                                        (sent, total) ->
                                                listener.uploadProgress(name, sent, total));
            } catch (FreightClientException e) {
                listener.line(ProgressListener.Level.ERROR, "Pushing " + name + " failed.");
                throw e;
            }
            var resource = uploaded.resource();
            listener.line(
                    ProgressListener.Level.HIGHLIGHT,
                    "Pushed "
                            + resource.packageId()
                            + " "
                            + resource.version()
                            + (uploaded.created()
                                    ? ""
                                    : " (it was already there: "
                                            + request.overwriteMode().wireName()
                                            + ")"));
            pushed.add(
                    new PushResult.PushedPackage(
                            file.toString(),
                            resource.packageId(),
                            resource.version(),
                            resource.packageSizeBytes(),
                            uploaded.created()));
        }
        return new PushResult(pushed);
    }
}
