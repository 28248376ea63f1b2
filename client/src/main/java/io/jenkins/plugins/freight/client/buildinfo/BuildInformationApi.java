package io.jenkins.plugins.freight.client.buildinfo;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;

/** Build information attached to package versions. */
public final class BuildInformationApi {

    private final FreightClient client;

    public BuildInformationApi(FreightClient client) {
        this.client = client;
    }

    public BuildInformationResource push(BuildInformationCommand command, OverwriteMode mode) {
        return client.transport()
                .post(
                        client.spaceUrl("build-information")
                                .newBuilder()
                                .addQueryParameter("overwriteMode", mode.wireName())
                                .build(),
                        command,
                        BuildInformationResource.class);
    }
}
