package io.jenkins.plugins.freight.server.processes;

import io.jenkins.plugins.freight.engine.release.ReleaseTemplate;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code ReleaseTemplateResource} ({@code deploymentprocesses/{id}/template}): the
 * packages a new release pins. {@code FreightLatestVersion} (an extension) names the newest version
 * the channel's rules allow, so a client can fill the release without asking the feed.
 */
public record ReleaseTemplateWire(
        String id,
        String deploymentProcessId,
        String lastReleaseVersion,
        String nextVersionIncrement,
        String versioningPackageStepName,
        String versioningPackageReferenceName,
        List<PackageWire> packages,
        List<Object> gitResources,
        String freightChannelId,
        Map<String, String> links) {

    /** The Octopus {@code ReleaseTemplatePackage}. */
    public record PackageWire(
            String actionName,
            String stepName,
            String packageReferenceName,
            String packageId,
            String nuGetPackageId,
            String feedId,
            String nuGetFeedId,
            String feedName,
            String nuGetFeedName,
            String projectName,
            boolean isResolvable,
            String versionSelectedLastRelease,
            String freightLatestVersion) {}

    static ReleaseTemplateWire of(ReleaseTemplate t, String spaceId, String projectName, Links l) {
        String space = "/" + Links.segment(spaceId);
        String self =
                space
                        + "/deploymentprocesses/"
                        + Links.segment(t.deploymentProcessId())
                        + "/template";
        return new ReleaseTemplateWire(
                t.deploymentProcessId(),
                t.deploymentProcessId(),
                t.lastReleaseVersion(),
                t.nextVersionIncrement(),
                null,
                null,
                t.packages().stream().map(p -> of(p, projectName)).toList(),
                List.of(),
                t.channelId(),
                Links.of("Self", l.api(self + "?channel=" + Links.segment(t.channelId()))));
    }

    private static PackageWire of(ReleaseTemplate.Package p, String projectName) {
        String feedName = "feeds-builtin".equals(p.feedId()) ? "Octopus Server (built-in)" : null;
        return new PackageWire(
                p.actionName(),
                p.actionName(),
                p.packageReferenceName(),
                p.packageId(),
                p.packageId(),
                p.feedId(),
                p.feedId(),
                feedName,
                feedName,
                projectName,
                p.resolvable(),
                p.versionSelectedLastRelease(),
                p.latestVersion());
    }
}
