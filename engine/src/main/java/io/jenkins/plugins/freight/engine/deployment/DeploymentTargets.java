package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.tenant.TagFilter;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Works out which deployments a request means: its environments, times its tenants (named, or
 * selected by tags), each with the release to deploy. Problems are collected, not thrown.
 */
final class DeploymentTargets {

    private final EnvironmentService environments;
    private final TenantService tenants;
    private final ReleaseService releases;
    private final DeploymentRepository deployments;

    DeploymentTargets(
            EnvironmentService environments,
            TenantService tenants,
            ReleaseService releases,
            DeploymentRepository deployments) {
        this.environments = environments;
        this.tenants = tenants;
        this.releases = releases;
        this.deployments = deployments;
    }

    List<DeploymentTarget> resolve(
            Handle h,
            Project project,
            Channel channelOfNamedRelease,
            Release namedRelease,
            CreateDeploymentRequest request,
            List<String> errors) {
        String spaceId = project.spaceId();
        List<Environment> envs = new ArrayList<>();
        for (String ref : request.environments()) {
            Environment e = environments.require(h, spaceId, ref);
            if (envs.stream().noneMatch(x -> x.id().equals(e.id()))) {
                envs.add(e);
            }
        }
        if (envs.isEmpty()) {
            errors.add("Name at least one environment to deploy to.");
            return List.of();
        }
        Environment promoteFrom =
                request.promoteFrom() == null
                        ? null
                        : environments.require(h, spaceId, request.promoteFrom());
        List<DeploymentTarget> targets = new ArrayList<>();
        for (Environment env : envs) {
            for (Tenant tenant :
                    tenantsFor(h, project, channelOfNamedRelease, env, request, errors)) {
                Optional<Release> release =
                        promoteFrom == null
                                ? Optional.of(namedRelease)
                                : current(h, project, promoteFrom, tenant, errors);
                release.ifPresent(r -> targets.add(new DeploymentTarget(r, env, tenant)));
            }
        }
        return targets;
    }

    Environment environment(Handle h, String spaceId, String reference) {
        return environments.require(h, spaceId, reference);
    }

    Tenant tenant(Handle h, String spaceId, String reference) {
        return tenants.require(h, spaceId, reference);
    }

    /** The tenants of one environment; a list holding just null when untenanted. */
    private List<Tenant> tenantsFor(
            Handle h,
            Project project,
            Channel channel,
            Environment env,
            CreateDeploymentRequest request,
            List<String> errors) {
        TenantedDeploymentMode mode = project.tenantedDeploymentMode();
        boolean tenanted = !request.tenants().isEmpty() || !request.tenantTags().isEmpty();
        List<Tenant> none = new ArrayList<>();
        none.add(null);
        if (!tenanted) {
            if (!mode.allowsUntenanted()) {
                errors.add(
                        "Project "
                                + project.name()
                                + " is deployed per tenant; name tenants or tenant tags.");
            }
            return none;
        }
        if (!mode.allowsTenanted()) {
            errors.add(
                    "Project " + project.name() + " is not tenanted; deploy it without tenants.");
            return List.of();
        }
        Map<String, Tenant> chosen = new LinkedHashMap<>();
        for (String ref : request.tenants()) {
            Tenant t = tenants.require(h, project.spaceId(), ref);
            String problem = explicitTenantProblem(project, channel, env, t);
            if (problem != null) {
                errors.add(problem);
            } else {
                chosen.putIfAbsent(t.id(), t);
            }
        }
        if (!request.tenantTags().isEmpty()) {
            List<Tenant> tagged =
                    tenants
                            .deployingTo(
                                    h,
                                    project.spaceId(),
                                    project.id(),
                                    env.id(),
                                    request.tenantTags())
                            .stream()
                            .filter(
                                    t ->
                                            channel == null
                                                    || TagFilter.matches(
                                                            t.tenantTags(), channel.tenantTags()))
                            .toList();
            if (tagged.isEmpty()) {
                errors.add(
                        "No tenant with the tags "
                                + String.join(", ", request.tenantTags())
                                + " deploys project "
                                + project.name()
                                + " to "
                                + env.name()
                                + ".");
            }
            tagged.forEach(t -> chosen.putIfAbsent(t.id(), t));
        }
        return new ArrayList<>(chosen.values());
    }

    private static String explicitTenantProblem(
            Project project, Channel channel, Environment env, Tenant t) {
        if (t.isDisabled()) {
            return "Tenant " + t.name() + " is disabled.";
        }
        if (!t.projectEnvironments().getOrDefault(project.id(), List.of()).contains(env.id())) {
            return "Tenant "
                    + t.name()
                    + " does not deploy project "
                    + project.name()
                    + " to "
                    + env.name()
                    + ".";
        }
        if (channel != null && !TagFilter.matches(t.tenantTags(), channel.tenantTags())) {
            return "Tenant "
                    + t.name()
                    + " is not one of channel "
                    + channel.name()
                    + "'s tenants (tags "
                    + String.join(", ", channel.tenantTags())
                    + ").";
        }
        return null;
    }

    private Optional<Release> current(
            Handle h, Project project, Environment from, Tenant tenant, List<String> errors) {
        Optional<String> id =
                deployments.currentReleaseId(
                        h, project.id(), from.id(), tenant == null ? null : tenant.id());
        if (id.isEmpty()) {
            errors.add(
                    "No release of project "
                            + project.name()
                            + " has been deployed successfully to "
                            + from.name()
                            + (tenant == null ? "" : " for tenant " + tenant.name())
                            + ", so there is nothing to promote.");
            return Optional.empty();
        }
        return Optional.of(releases.require(h, project.spaceId(), id.get()));
    }
}
