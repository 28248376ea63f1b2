package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.SelectedPackage;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deployment-wide system variables Octopus defines ({@code Octopus.Environment.Name}, {@code
 * Octopus.Release.Number}, …). Step, action and target variables ({@code Octopus.Step.Name}, {@code
 * Octopus.Machine.Name}, step statuses, output variables) are added by the runner.
 */
final class SystemVariables {

    private SystemVariables() {}

    static Map<String, String> of(LoadedDeployment d) {
        Map<String, String> v =
                beforeDeployment(
                        d.space(),
                        d.project(),
                        d.environment(),
                        d.channel(),
                        d.tenant().orElse(null));
        release(v, d);
        deployment(v, d);
        task(v, d.task());
        packages(v, d.release());
        return v;
    }

    /**
     * The system variables known before a deployment exists: those of the space, project,
     * environment, channel and tenant (each left out when null). A variable preview shows them.
     */
    static Map<String, String> beforeDeployment(
            Space space, Project project, Environment environment, Channel channel, Tenant tenant) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Octopus.Space.Id", space.id());
        v.put("Octopus.Space.Name", space.name());
        v.put("Octopus.Project.Id", project.id());
        v.put("Octopus.Project.Name", project.name());
        if (environment != null) {
            v.put("Octopus.Environment.Id", environment.id());
            v.put("Octopus.Environment.Name", environment.name());
        }
        if (channel != null) {
            v.put("Octopus.Channel.Id", channel.id());
            v.put("Octopus.Channel.Name", channel.name());
        }
        if (tenant != null) {
            tenant(v, tenant);
        }
        return v;
    }

    private static void release(Map<String, String> v, LoadedDeployment d) {
        Release release = d.release();
        v.put("Octopus.Release.Id", release.id());
        v.put("Octopus.Release.Number", release.version());
        v.put("Octopus.Release.Notes", release.releaseNotes());
        v.put("Octopus.Release.Channel.Name", d.channel().name());
        put(v, "Octopus.Release.Created", release.assembled());
        release.customFields()
                .forEach((k, value) -> v.put("Octopus.Release.CustomFields[" + k + "]", nz(value)));
    }

    private static void deployment(Map<String, String> v, LoadedDeployment d) {
        Deployment deployment = d.deployment();
        v.put("Octopus.Deployment.Id", deployment.id());
        v.put("Octopus.Deployment.Name", deployment.name());
        v.put("Octopus.Deployment.Comments", deployment.comments());
        put(v, "Octopus.Deployment.Created", deployment.created());
        v.put("Octopus.Deployment.ForcePackageDownload", flag(deployment.forcePackageDownload()));
        v.put(
                "Octopus.Deployment.ForcePackageRedeployment",
                flag(deployment.forcePackageRedeployment()));
        v.put(
                "Octopus.Deployment.SpecificMachines",
                String.join(",", deployment.specificMachineIds()));
        v.put(
                "Octopus.Deployment.ExcludedMachines",
                String.join(",", deployment.excludedMachineIds()));
        v.put(
                "Octopus.Deployment.Machines",
                String.join(",", d.machines().stream().map(m -> m.machine().id()).toList()));
        createdBy(v, deployment, d.deployedBy().orElse(null));
    }

    private static void task(Map<String, String> v, ServerTask task) {
        v.put("Octopus.Task.Id", task.id());
        put(v, "Octopus.Task.QueueTime", task.queueTime());
        put(v, "Octopus.Task.QueueTimeExpiry", task.queueTimeExpiry());
        if (task.concurrencyTag() != null) {
            v.put("Octopus.Task.ConcurrencyTag", task.concurrencyTag());
        }
    }

    private static void packages(Map<String, String> v, Release release) {
        for (SelectedPackage p : release.selectedPackages()) {
            String prefix =
                    "Octopus.Action["
                            + p.actionName()
                            + "].Package"
                            + (p.packageReferenceName().isEmpty()
                                    ? ""
                                    : "[" + p.packageReferenceName() + "]");
            v.put(prefix + ".PackageId", p.packageId());
            v.put(prefix + ".PackageVersion", p.version());
            v.put(prefix + ".FeedId", p.feedId());
        }
    }

    private static void createdBy(Map<String, String> v, Deployment deployment, User user) {
        v.put("Octopus.Deployment.CreatedBy.Id", nz(deployment.deployedById()));
        v.put("Octopus.Deployment.CreatedBy.Username", nz(deployment.deployedBy()));
        if (user != null) {
            v.put("Octopus.Deployment.CreatedBy.DisplayName", nz(user.displayName()));
            v.put("Octopus.Deployment.CreatedBy.EmailAddress", nz(user.emailAddress()));
        }
    }

    private static void tenant(Map<String, String> v, Tenant t) {
        v.put("Octopus.Deployment.Tenant.Id", t.id());
        v.put("Octopus.Deployment.Tenant.Name", t.name());
        v.put("Octopus.Deployment.Tenant.Tags", String.join(",", t.tenantTags()));
        v.put("Octopus.Tenant.Id", t.id());
        v.put("Octopus.Tenant.Name", t.name());
        v.put("Octopus.Tenant.Tags", String.join(",", t.tenantTags()));
    }

    private static void put(Map<String, String> v, String name, Instant value) {
        if (value != null) {
            v.put(name, value.toString());
        }
    }

    private static String flag(boolean value) {
        return value ? "True" : "False";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
