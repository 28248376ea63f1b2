package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.project.Channel;
import io.jenkins.plugins.freight.client.project.Project;
import io.jenkins.plugins.freight.client.release.CreateReleaseCommand;
import io.jenkins.plugins.freight.client.release.CreatedRelease;
import io.jenkins.plugins.freight.client.release.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Creates a release through the executions API and, when asked, deploys it to every listed
 * environment (or tenant) and waits. Inputs are checked and names resolved before the release is
 * created.
 */
public final class CreateReleaseAction {

    private final FreightClient client;
    private final ProgressListener listener;

    public CreateReleaseAction(FreightClient client, ProgressListener listener) {
        this.client = client;
        this.listener = listener;
    }

    /**
     * @throws DeploymentFailedException when waiting for the deployments and one did not succeed;
     *     carries the {@link CreateReleaseResult}
     */
    public CreateReleaseResult create(CreateReleaseRequest request) throws InterruptedException {
        request.packageVersions().forEach(CreateReleaseAction::requireValidPackageVersion);
        String notes = notes(request);
        if (request.deployment() != null && request.deployment().environments().isEmpty()) {
            throw new InvalidActionInputException(
                    "Say which environments to deploy the release to.");
        }
        Project project = client.projects().get(request.project());
        Channel channel =
                request.channel() == null
                        ? null
                        : client.projects().channel(project, request.channel());
        if (request.deployment() != null) {
            request.deployment().environments().forEach(client.environments()::get);
            request.deployment().tenants().forEach(client.tenants()::get);
        }
        String spaceId = client.space().id();
        CreatedRelease created =
                client.releases()
                        .create(
                                new CreateReleaseCommand(
                                        spaceId,
                                        spaceId,
                                        project.name(),
                                        request.releaseVersion(),
                                        channel == null ? null : channel.name(),
                                        request.defaultPackageVersion(),
                                        request.packageVersions(),
                                        notes,
                                        request.ignoreIfExists(),
                                        request.ignoreChannelRules()));
        Release release = client.releases().get(created.releaseId());
        String webUrl = client.webPage(release.links()).map(Object::toString).orElse(null);
        listener.link(
                ProgressListener.Level.HIGHLIGHT,
                "Release "
                        + release.version()
                        + " of "
                        + project.name()
                        + " ("
                        + release.id()
                        + ")",
                webUrl);
        CreateReleaseResult result =
                new CreateReleaseResult(
                        release.id(),
                        release.version(),
                        project.id(),
                        project.name(),
                        release.channelId(),
                        webUrl,
                        null);
        if (request.deployment() == null) {
            return result;
        }
        try {
            DeployResult deployed =
                    new DeployAction(client, listener)
                            .deploy(project, release, request.deployment());
            return withDeployment(result, deployed);
        } catch (DeploymentFailedException e) {
            throw new DeploymentFailedException(
                    e.getMessage(), withDeployment(result, (DeployResult) e.result()));
        }
    }

    private static CreateReleaseResult withDeployment(CreateReleaseResult r, DeployResult d) {
        return new CreateReleaseResult(
                r.releaseId(),
                r.releaseVersion(),
                r.projectId(),
                r.projectName(),
                r.channelId(),
                r.webUrl(),
                d);
    }

    private static String notes(CreateReleaseRequest request) {
        if (request.releaseNotesFile() == null) {
            return request.releaseNotes();
        }
        if (request.releaseNotes() != null) {
            throw new InvalidActionInputException(
                    "Give release notes as text or as a file, not both.");
        }
        try {
            return Files.readString(request.releaseNotesFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidActionInputException(
                    "Cannot read the release notes file "
                            + request.releaseNotesFile()
                            + " ("
                            + e.getClass().getSimpleName()
                            + ").",
                    e);
        }
    }

    /** {@code ID:version}, {@code Step:version} or {@code Step:Reference:version}. */
    static void requireValidPackageVersion(String spec) {
        String[] parts = spec.split(":", -1);
        boolean ok = parts.length == 2 || parts.length == 3;
        for (String part : parts) {
            ok &= !part.isBlank();
        }
        if (!ok) {
            throw new InvalidActionInputException(
                    "The package version '"
                            + spec
                            + "' is invalid; write PackageID:Version, StepName:Version or"
                            + " StepName:PackageReference:Version.");
        }
    }
}
