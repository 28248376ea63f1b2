package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.buildinfo.BuildInformationCommand;
import io.jenkins.plugins.freight.client.buildinfo.BuildInformationResource;
import java.util.ArrayList;
import java.util.List;

/** Pushes build information (build, branch, commits) for package versions. */
public final class BuildInformationAction {

    private final FreightClient client;
    private final ProgressListener listener;

    public BuildInformationAction(FreightClient client, ProgressListener listener) {
        this.client = client;
        this.listener = listener;
    }

    public BuildInformationResult push(BuildInformationRequest request) {
        if (request.packageIds().isEmpty()) {
            throw new InvalidActionInputException(
                    "No package id was given for the build information.");
        }
        request.packageIds().forEach(PackageNames::requireValidId);
        PackageNames.requireValidVersion(request.version());
        client.root();
        List<BuildInformationResult.Stored> stored = new ArrayList<>();
        for (String packageId : request.packageIds()) {
            BuildInformationResource resource =
                    client.buildInformation()
                            .push(
                                    new BuildInformationCommand(
                                            packageId, request.version(), request.information()),
                                    request.overwriteMode());
            listener.line(
                    ProgressListener.Level.INFO,
                    "Pushed build information for " + packageId + " " + request.version());
            stored.add(
                    new BuildInformationResult.Stored(resource.id(), packageId, request.version()));
        }
        return new BuildInformationResult(stored);
    }
}
