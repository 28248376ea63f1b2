package io.jenkins.plugins.freight.engine.apply;

import java.util.List;
import java.util.Map;

/**
 * The desired configuration of one space, as written in an apply file. Every object is named; other
 * objects are referred to by name. A field that is null was not given and is left as it is on an
 * existing object. Each part remembers its {@code path} in the document (e.g. {@code
 * projects[1].process.steps[2]}) so errors can say where they are.
 */
public record SpaceDocument(
        List<EnvironmentSpec> environments,
        List<LifecycleSpec> lifecycles,
        List<ProjectGroupSpec> projectGroups,
        List<UserSpec> users,
        List<TeamSpec> teams,
        List<ProjectSpec> projects,
        List<TargetSpec> targets) {

    public SpaceDocument {
        environments = List.copyOf(environments);
        lifecycles = List.copyOf(lifecycles);
        projectGroups = List.copyOf(projectGroups);
        users = List.copyOf(users);
        teams = List.copyOf(teams);
        projects = List.copyOf(projects);
        targets = List.copyOf(targets);
    }

    public record EnvironmentSpec(
            String path, String name, String description, Boolean useGuidedFailure) {}

    public record LifecycleSpec(
            String path,
            String name,
            String description,
            RetentionSpec releaseRetention,
            List<PhaseSpec> phases) {}

    /** {@code forever}, or {@code quantity} of {@code unit} (Days or Items). */
    public record RetentionSpec(String path, boolean forever, int quantity, String unit) {

        public String describe() {
            return forever ? "forever" : quantity + " " + unit;
        }
    }

    public record PhaseSpec(
            String path,
            String name,
            List<String> environments,
            List<String> automaticEnvironments,
            boolean optional,
            int minimumEnvironmentsBeforePromotion) {}

    public record ProjectGroupSpec(String path, String name, String description) {}

    public record ProjectSpec(
            String path,
            String name,
            String description,
            String group,
            String lifecycle,
            Boolean disabled,
            List<ChannelSpec> channels,
            List<StepSpec> process,
            List<VariableSpec> variables) {}

    public record ChannelSpec(
            String path, String name, String description, String lifecycle, Boolean isDefault) {}

    /**
     * A step; {@code condition} is Success, Failure, Always or Variable (then {@code
     * conditionExpression}), {@code startTrigger} StartAfterPrevious or StartWithPrevious.
     */
    public record StepSpec(
            String path,
            String name,
            String condition,
            String conditionExpression,
            String startTrigger,
            List<String> targetRoles,
            Map<String, String> properties,
            List<ActionSpec> actions) {}

    public record ActionSpec(
            String path,
            String name,
            String type,
            boolean disabled,
            boolean required,
            List<String> environments,
            List<String> excludedEnvironments,
            List<String> channels,
            List<String> responsibleTeams,
            List<PackageSpec> packages,
            Map<String, String> properties,
            String notes) {}

    /** {@code name} is empty for the action's primary package. */
    public record PackageSpec(
            String path, String name, String packageId, String feed, String acquisitionLocation) {}

    public record VariableSpec(
            String path,
            String name,
            String value,
            String description,
            boolean sensitive,
            List<String> environments,
            List<String> roles,
            List<String> targets,
            List<String> channels,
            List<String> steps) {}

    public record TargetSpec(
            String path,
            String name,
            List<String> environments,
            List<String> roles,
            Boolean disabled,
            String host,
            int port,
            String fingerprint,
            String account) {}

    public record UserSpec(
            String path,
            String username,
            String displayName,
            String email,
            Boolean active,
            boolean service) {}

    public record TeamSpec(
            String path,
            String name,
            String description,
            List<String> members,
            List<RoleSpec> roles) {}

    /** A user role given to a team, optionally limited to environments, projects, groups. */
    public record RoleSpec(
            String path,
            String role,
            List<String> environments,
            List<String> projects,
            List<String> projectGroups) {}
}
