package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.VersioningStrategy;
import io.jenkins.plugins.freight.engine.template.RenderResult;
import io.jenkins.plugins.freight.engine.template.Template;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** Chooses the number of a new release: the one asked for, or the project's versioning strategy. */
final class ReleaseVersions {

    private final ReleaseRepository releases;
    private final VersionTemplate.Renderer renderer;
    private final Clock clock;

    ReleaseVersions(ReleaseRepository releases, Clock clock) {
        this.releases = releases;
        this.renderer = ReleaseVersions::render;
        this.clock = clock;
    }

    /** Renders with the template language; anything it cannot evaluate is an error. */
    static String render(String template, Map<String, String> variables) {
        RenderResult result = Template.render(template, variables);
        if (!result.isComplete()) {
            String message =
                    "The project's release version template '"
                            + template
                            + "' cannot be rendered: "
                            + result.errorMessage()
                            + ".";
            throw new InvalidInputException(message, List.of(message));
        }
        return result.text();
    }

    /**
     * The version of the new release.
     *
     * @param requested the version asked for, or null
     * @param channels every channel of the project (for {@code Octopus.Version.Channel[Name]})
     * @param process the frozen process (for a donor package named by step id)
     * @param selected the packages the release pins (for a donor package)
     * @param projectVariables variables a template may use besides the built-in ones; read only
     *     when the template names a variable outside {@code Octopus.*}
     */
    OctopusVersion choose(
            Handle handle,
            String requested,
            Project project,
            Channel channel,
            List<Channel> channels,
            DeploymentProcess process,
            List<SelectedPackage> selected,
            Supplier<Map<String, String>> projectVariables) {
        if (requested != null) {
            Optional<OctopusVersion> parsed = OctopusVersion.tryParse(requested.strip());
            if (parsed.isEmpty()) {
                String message =
                        "'"
                                + requested
                                + "' is not a valid release version; use a version such as 1.2.0,"
                                + " 1.2.0.4 or 1.2.0-beta.1.";
                throw new InvalidInputException(message, List.of(message));
            }
            return parsed.get();
        }
        VersioningStrategy strategy = project.versioningStrategy();
        if (strategy.usesDonorPackage()) {
            return fromDonor(strategy, process, selected);
        }
        String template = strategy.template();
        Map<String, Optional<OctopusVersion>> byChannel = new LinkedHashMap<>();
        if (template != null && template.contains("Octopus.Version.Channel[")) {
            for (Channel c : channels) {
                byChannel.put(c.name(), releases.latestVersion(handle, project.id(), c.id()));
            }
        }
        VersionTemplate.Context context =
                new VersionTemplate.Context(
                        channel.name(),
                        releases.latestVersion(handle, project.id(), null),
                        releases.latestVersion(handle, project.id(), channel.id()),
                        byChannel,
                        ZonedDateTime.now(clock),
                        VersionTemplate.usesOnlyBuiltIns(template)
                                ? Map.of()
                                : projectVariables.get());
        return VersionTemplate.resolve(
                template,
                context,
                renderer,
                prefix -> releases.latestVersionWithPrefix(handle, project.id(), prefix));
    }

    private static OctopusVersion fromDonor(
            VersioningStrategy strategy,
            DeploymentProcess process,
            List<SelectedPackage> selected) {
        ActionPackage donor =
                strategy.donorPackage() != null
                        ? strategy.donorPackage()
                        : ActionPackage.primary(strategy.donorPackageStepId());
        String action =
                process.action(donor.deploymentAction())
                        .map(DeploymentAction::name)
                        .orElse(donor.deploymentAction());
        Optional<SelectedPackage> match =
                selected.stream()
                        .filter(
                                p ->
                                        p.actionName().equalsIgnoreCase(action)
                                                && p.packageReferenceName()
                                                        .equalsIgnoreCase(donor.packageReference()))
                        .findFirst();
        if (match.isEmpty()) {
            String message =
                    "The project takes release versions from the package of step "
                            + action
                            + ", which this release does not deploy; give the version explicitly.";
            throw new InvalidInputException(message, List.of(message));
        }
        return OctopusVersion.parse(match.get().version());
    }
}
