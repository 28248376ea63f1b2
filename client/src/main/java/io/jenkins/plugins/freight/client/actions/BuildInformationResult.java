package io.jenkins.plugins.freight.client.actions;

import java.util.List;

/** The build information records the server stored, one per package. */
public record BuildInformationResult(List<Stored> stored) {

    public BuildInformationResult {
        stored = List.copyOf(stored);
    }

    /** One package version's build information. */
    public record Stored(String id, String packageId, String version) {}
}
