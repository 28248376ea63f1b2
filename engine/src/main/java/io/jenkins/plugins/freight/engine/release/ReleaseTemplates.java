package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Builds a {@link ReleaseTemplate} from the live process, the channel's rules and the feed. */
final class ReleaseTemplates {

    private final ProjectService projects;
    private final ChannelService channels;
    private final ProcessService processes;
    private final ReleaseRepository releases;
    private final PackagePicker picker;

    ReleaseTemplates(
            ProjectService projects,
            ChannelService channels,
            ProcessService processes,
            ReleaseRepository releases,
            PackagePicker picker) {
        this.projects = projects;
        this.channels = channels;
        this.processes = processes;
        this.releases = releases;
        this.picker = picker;
    }

    ReleaseTemplate build(Handle h, String spaceId, String project, String channelRef) {
        Project p = projects.require(h, spaceId, project);
        Channel channel =
                channelRef == null || channelRef.isBlank()
                        ? channels.defaultChannel(h, spaceId, p.id())
                        : channels.requireInProject(h, spaceId, p.id(), channelRef.strip());
        DeploymentProcess process = processes.requireForProject(h, spaceId, p.id());
        Optional<OctopusVersion> last = releases.latestVersion(h, p.id(), null);
        Optional<Release> lastRelease = last.flatMap(v -> releases.findByVersion(h, p.id(), v));
        List<ReleaseTemplate.Package> packages = new ArrayList<>();
        for (PackageSlot slot : PackagePicker.slots(process, channel)) {
            String lastVersion = lastRelease.flatMap(r -> selected(r, slot)).orElse(null);
            String latest =
                    picker.newest(h, spaceId, PackagePicker.ruleFor(channel, slot), slot)
                            .map(v -> v.version().toString())
                            .orElse(null);
            packages.add(
                    new ReleaseTemplate.Package(
                            slot.actionName(),
                            slot.packageReferenceName(),
                            slot.packageId(),
                            slot.feedId(),
                            PackagePicker.isBuiltIn(slot),
                            lastVersion,
                            latest));
        }
        return new ReleaseTemplate(
                process.id(),
                p.id(),
                channel.id(),
                last.map(OctopusVersion::toString).orElse(null),
                last.map(ReleaseTemplates::increment).orElse("0.0.1"),
                packages);
    }

    private static Optional<String> selected(Release release, PackageSlot slot) {
        return release.selectedPackages().stream()
                .filter(
                        s ->
                                s.actionName().equalsIgnoreCase(slot.actionName())
                                        && s.packageReferenceName()
                                                .equalsIgnoreCase(slot.packageReferenceName()))
                .map(SelectedPackage::version)
                .findFirst();
    }

    /** {@code 1.2.3} to {@code 1.2.4}, {@code 1.2.3.4} to {@code 1.2.3.5}; labels dropped. */
    static String increment(OctopusVersion v) {
        if (v.revision() > 0) {
            return v.major() + "." + v.minor() + "." + v.patch() + "." + (v.revision() + 1);
        }
        return v.major() + "." + v.minor() + "." + (v.patch() + 1);
    }
}
