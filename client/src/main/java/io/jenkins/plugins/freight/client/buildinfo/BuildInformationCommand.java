package io.jenkins.plugins.freight.client.buildinfo;

/** The body of {@code POST /api/{space}/build-information}: one package version's build facts. */
public record BuildInformationCommand(
        String packageId, String version, BuildInformation octopusBuildInformation) {}
