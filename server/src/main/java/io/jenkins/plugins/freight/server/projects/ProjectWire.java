package io.jenkins.plugins.freight.server.projects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.freight.engine.project.GuidedFailureMode;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import io.jenkins.plugins.freight.server.projects.ProjectParts.ConnectivityWire;
import io.jenkins.plugins.freight.server.projects.ProjectParts.ReleaseCreationStrategyWire;
import io.jenkins.plugins.freight.server.projects.ProjectParts.TemplateWire;
import io.jenkins.plugins.freight.server.projects.ProjectParts.VersioningStrategyWire;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code Project} resource; also the body of creates and updates. {@code Clone} (write
 * only, never returned) names the project a new one copies.
 */
public record ProjectWire(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        Boolean isDisabled,
        String projectGroupId,
        String lifecycleId,
        String variableSetId,
        String deploymentProcessId,
        String clonedFromProjectId,
        List<String> includedLibraryVariableSetIds,
        Boolean discreteChannelRelease,
        Boolean defaultToSkipIfAlreadyInstalled,
        String tenantedDeploymentMode,
        String defaultGuidedFailureMode,
        VersioningStrategyWire versioningStrategy,
        ReleaseCreationStrategyWire releaseCreationStrategy,
        Boolean autoCreateRelease,
        Boolean allowIgnoreChannelRules,
        Boolean forcePackageDownload,
        ConnectivityWire projectConnectivityPolicy,
        List<TemplateWire> templates,
        String releaseNotesTemplate,
        String deploymentChangesTemplate,
        List<String> projectTags,
        Boolean isVersionControlled,
        Map<String, String> persistenceSettings,
        List<Object> extensionSettings,
        List<Object> autoDeployReleaseOverrides,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links,
        @JsonProperty(value = "Clone", access = JsonProperty.Access.WRITE_ONLY) String cloneOf) {

    public static ProjectWire of(Project p, Links l) {
        String space = "/" + Links.segment(p.spaceId());
        String self = space + "/projects/" + Links.segment(p.id());
        return new ProjectWire(
                p.id(),
                p.spaceId(),
                p.name(),
                p.slug(),
                p.description(),
                p.isDisabled(),
                p.projectGroupId(),
                p.lifecycleId(),
                p.variableSetId(),
                p.deploymentProcessId(),
                p.clonedFromProjectId(),
                p.includedLibraryVariableSetIds(),
                p.discreteChannelRelease(),
                p.defaultToSkipIfAlreadyInstalled(),
                p.tenantedDeploymentMode().octopusName(),
                p.defaultGuidedFailureMode().octopusName(),
                VersioningStrategyWire.of(p.versioningStrategy()),
                ReleaseCreationStrategyWire.of(p.releaseCreationStrategy()),
                p.autoCreateRelease(),
                p.allowIgnoreChannelRules(),
                p.forcePackageDownload(),
                ConnectivityWire.of(p.projectConnectivityPolicy()),
                p.templates().stream().map(TemplateWire::of).toList(),
                p.releaseNotesTemplate(),
                p.deploymentChangesTemplate(),
                p.projectTags(),
                false,
                Map.of("Type", "Database"),
                List.of(),
                List.of(),
                p.lastModifiedOn(),
                p.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Releases", l.api(self + "/releases{/version}{?skip,take,searchByVersion}"),
                        "Channels", l.api(self + "/channels{/id}{?skip,take,partialName}"),
                        "DeploymentProcess", l.api(self + "/deploymentprocesses"),
                        "Variables", l.api(self + "/variables"),
                        "Web", l.web(space + "/projects/" + Links.segment(p.id()))),
                null);
    }

    Project toProject(Project current) {
        Project.Builder b = current == null ? Project.builder(name) : current.toBuilder();
        if (name != null) {
            b.name(name);
        }
        String newSlug = Merge.slug(slug, current == null ? null : current.slug());
        b.slug(newSlug);
        if (description != null) {
            b.description(description);
        }
        if (isDisabled != null) {
            b.isDisabled(isDisabled);
        }
        if (projectGroupId != null) {
            b.projectGroupId(projectGroupId);
        }
        if (lifecycleId != null) {
            b.lifecycleId(lifecycleId);
        }
        if (includedLibraryVariableSetIds != null) {
            b.includedLibraryVariableSetIds(includedLibraryVariableSetIds);
        }
        if (discreteChannelRelease != null) {
            b.discreteChannelRelease(discreteChannelRelease);
        }
        if (defaultToSkipIfAlreadyInstalled != null) {
            b.defaultToSkipIfAlreadyInstalled(defaultToSkipIfAlreadyInstalled);
        }
        if (tenantedDeploymentMode != null) {
            b.tenantedDeploymentMode(
                    enumValue(
                            () -> TenantedDeploymentMode.fromOctopusName(tenantedDeploymentMode),
                            "TenantedDeploymentMode",
                            "Untenanted, TenantedOrUntenanted or Tenanted"));
        }
        if (defaultGuidedFailureMode != null) {
            b.defaultGuidedFailureMode(
                    enumValue(
                            () -> GuidedFailureMode.fromOctopusName(defaultGuidedFailureMode),
                            "DefaultGuidedFailureMode",
                            "EnvironmentDefault, Off or On"));
        }
        if (versioningStrategy != null) {
            b.versioningStrategy(versioningStrategy.toStrategy());
        }
        if (releaseCreationStrategy != null) {
            b.releaseCreationStrategy(releaseCreationStrategy.toStrategy());
        }
        if (autoCreateRelease != null) {
            b.autoCreateRelease(autoCreateRelease);
        }
        if (allowIgnoreChannelRules != null) {
            b.allowIgnoreChannelRules(allowIgnoreChannelRules);
        }
        if (forcePackageDownload != null) {
            b.forcePackageDownload(forcePackageDownload);
        }
        if (projectConnectivityPolicy != null) {
            b.projectConnectivityPolicy(projectConnectivityPolicy.toPolicy());
        }
        if (templates != null) {
            b.templates(templates.stream().map(TemplateWire::toTemplate).toList());
        }
        if (releaseNotesTemplate != null) {
            b.releaseNotesTemplate(releaseNotesTemplate);
        }
        if (deploymentChangesTemplate != null) {
            b.deploymentChangesTemplate(deploymentChangesTemplate);
        }
        if (projectTags != null) {
            b.projectTags(projectTags);
        }
        return b.build();
    }

    private static <E> E enumValue(
            java.util.function.Supplier<E> parse, String property, String allowed) {
        try {
            E value = parse.get();
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (RuntimeException e) {
            throw ApiProblem.badRequest("The property '" + property + "' must be " + allowed + ".");
        }
    }
}
