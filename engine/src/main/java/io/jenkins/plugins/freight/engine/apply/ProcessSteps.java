package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ActionSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.PackageSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.StepSpec;
import io.jenkins.plugins.freight.engine.process.ActionCondition;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.process.PackageRequirement;
import io.jenkins.plugins.freight.engine.process.StartTrigger;
import io.jenkins.plugins.freight.engine.process.StepCondition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The document's steps as the engine's deployment steps (names turned into ids), and the one
 * comparable form of a step, so a stored step and a written one are equal exactly when applying
 * would not change it.
 */
final class ProcessSteps {

    static final String BUILT_IN_FEED = "feeds-builtin";
    static final String RESPONSIBLE_TEAMS = "Octopus.Action.Manual.ResponsibleTeamIds";
    private static final String PACKAGE_ID = "Octopus.Action.Package.PackageId";
    private static final String FEED_ID = "Octopus.Action.Package.FeedId";

    private ProcessSteps() {}

    /**
     * The engine steps for the document's steps; ids of steps, actions and packages are kept from
     * the current process where the names match, so saving an unchanged step keeps its identity.
     */
    static List<DeploymentStep> toSteps(
            List<StepSpec> specs, String projectId, Ids ids, DeploymentProcess current) {
        List<DeploymentStep> steps = new ArrayList<>();
        for (StepSpec spec : specs) {
            Optional<DeploymentStep> existing =
                    current == null ? Optional.empty() : current.step(spec.name());
            Map<String, String> properties = new LinkedHashMap<>(spec.properties());
            if (!spec.targetRoles().isEmpty()) {
                properties.put(DeploymentStep.TARGET_ROLES, String.join(",", spec.targetRoles()));
            }
            if (spec.conditionExpression() != null) {
                properties.put(DeploymentStep.CONDITION_EXPRESSION, spec.conditionExpression());
            }
            List<DeploymentAction> actions = new ArrayList<>();
            for (ActionSpec a : spec.actions()) {
                Optional<DeploymentAction> existingAction =
                        existing.flatMap(
                                s ->
                                        s.actions().stream()
                                                .filter(x -> x.name().equalsIgnoreCase(a.name()))
                                                .findFirst());
                actions.add(toAction(a, projectId, ids, existingAction.orElse(null)));
            }
            steps.add(
                    new DeploymentStep(
                            existing.map(DeploymentStep::id).orElse(null),
                            spec.name(),
                            spec.condition() == null
                                    ? StepCondition.SUCCESS
                                    : StepCondition.fromOctopusName(spec.condition().strip()),
                            spec.startTrigger() == null
                                    ? StartTrigger.START_AFTER_PREVIOUS
                                    : StartTrigger.fromOctopusName(spec.startTrigger().strip()),
                            existing.map(DeploymentStep::packageRequirement)
                                    .orElse(PackageRequirement.LET_OCTOPUS_DECIDE),
                            properties,
                            actions));
        }
        return steps;
    }

    private static DeploymentAction toAction(
            ActionSpec a, String projectId, Ids ids, DeploymentAction existing) {
        Map<String, String> properties = new LinkedHashMap<>(a.properties());
        if (!a.responsibleTeams().isEmpty()) {
            properties.put(
                    RESPONSIBLE_TEAMS, String.join(",", ids.ids(Ids.TEAM, a.responsibleTeams())));
        }
        List<PackageReference> packages = new ArrayList<>();
        for (PackageSpec p : a.packages()) {
            String feed = p.feed() == null ? BUILT_IN_FEED : p.feed().strip();
            String existingId =
                    existing == null
                            ? null
                            : existing.packages().stream()
                                    .filter(x -> x.name().equals(p.name()))
                                    .map(PackageReference::id)
                                    .findFirst()
                                    .orElse(null);
            packages.add(
                    new PackageReference(
                            existingId,
                            p.name(),
                            p.packageId(),
                            feed,
                            p.acquisitionLocation(),
                            Map.of()));
            if (p.name().isEmpty()) {
                // As the Octopus editor does: the primary package also in the properties.
                properties.putIfAbsent(PACKAGE_ID, p.packageId());
                properties.putIfAbsent(FEED_ID, feed);
            }
        }
        List<String> channels = ids.channels(projectId, a.channels());
        return new DeploymentAction(
                existing == null ? null : existing.id(),
                a.name(),
                a.type(),
                a.disabled(),
                a.required(),
                ids.ids(Ids.ENVIRONMENT, a.environments()),
                ids.ids(Ids.ENVIRONMENT, a.excludedEnvironments()),
                channels,
                List.of(),
                packages,
                properties,
                a.notes(),
                ActionCondition.SUCCESS,
                null,
                null,
                null,
                false);
    }

    /** A step with ids turned into names and lists sorted: equal when nothing would change. */
    static Map<String, Object> comparable(DeploymentStep step, Ids ids) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", step.name());
        m.put("condition", step.condition());
        m.put("startTrigger", step.startTrigger());
        m.put("properties", new TreeMap<>(step.properties()));
        List<Object> actions = new ArrayList<>();
        for (DeploymentAction a : step.actions()) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("name", a.name());
            action.put("type", a.actionType());
            action.put("disabled", a.isDisabled());
            action.put("required", a.isRequired());
            action.put("environments", ids.sortedNames(a.environments()));
            action.put("excludedEnvironments", ids.sortedNames(a.excludedEnvironments()));
            action.put("channels", ids.sortedNames(a.channels()));
            action.put("tenantTags", a.tenantTags());
            List<Object> packages = new ArrayList<>();
            for (PackageReference p : a.packages()) {
                packages.add(List.of(p.name(), p.packageId(), p.feedId(), p.acquisitionLocation()));
            }
            action.put("packages", packages);
            Map<String, String> properties = new TreeMap<>(a.properties());
            String teams = properties.get(RESPONSIBLE_TEAMS);
            if (teams != null) {
                properties.put(
                        RESPONSIBLE_TEAMS,
                        String.join(
                                ",",
                                ids.sortedNames(
                                        Arrays.stream(teams.split(","))
                                                .map(String::strip)
                                                .filter(t -> !t.isEmpty())
                                                .toList())));
            }
            action.put("properties", properties);
            action.put("notes", a.notes());
            action.put("condition", a.condition());
            actions.add(action);
        }
        m.put("actions", actions);
        return m;
    }
}
