package io.jenkins.plugins.freight.server.plans;

import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.engine.plan.PlanDraft;
import io.jenkins.plugins.freight.engine.plan.PlanItem;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Freight's {@code DeploymentPlan} resource. As a body: {@code Name}, {@code EnvironmentId} (id or
 * name), {@code Notes}, {@code Items[{ProjectId, ReleaseId (id or version), Notes}]} and, for
 * updates, the {@code Version} the edit is based on.
 */
public record DeploymentPlanWire(
        String id,
        String spaceId,
        String name,
        String environmentId,
        String notes,
        String state,
        Integer version,
        List<ItemWire> items,
        String retriedFromPlanId,
        Instant createdOn,
        String createdBy,
        Instant lastModifiedOn,
        String lastModifiedBy,
        String executedBy,
        Instant executedOn,
        Instant finishedOn,
        Map<String, String> links) {

    /** One item; state, deployment and task are read-only. */
    public record ItemWire(
            String id,
            String projectId,
            String releaseId,
            String notes,
            String state,
            String deploymentId,
            String taskId,
            String message) {}

    static DeploymentPlanWire of(DeploymentPlan p, Links l) {
        String self =
                "/" + Links.segment(p.spaceId()) + "/deploymentplans/" + Links.segment(p.id());
        return new DeploymentPlanWire(
                p.id(),
                p.spaceId(),
                p.name(),
                p.environmentId(),
                p.notes(),
                p.state().name(),
                p.version(),
                p.items().stream().map(DeploymentPlanWire::item).toList(),
                p.retriedFromPlanId(),
                p.createdOn(),
                p.createdBy(),
                p.lastModifiedOn(),
                p.lastModifiedBy(),
                p.executedBy(),
                p.executedOn(),
                p.finishedOn(),
                Links.of(
                        "Self", l.api(self),
                        "Validate", l.api(self + "/validate"),
                        "Execute", l.api(self + "/execute"),
                        "Abort", l.api(self + "/abort"),
                        "Retry", l.api(self + "/retry"),
                        "Items", l.api(self + "/items")));
    }

    private static ItemWire item(PlanItem i) {
        return new ItemWire(
                i.id(),
                i.projectId(),
                i.releaseId(),
                i.notes(),
                i.state().name(),
                i.deploymentId(),
                i.taskId(),
                i.message());
    }

    PlanDraft toDraft() {
        return new PlanDraft(
                name,
                environmentId,
                notes,
                items == null
                        ? List.of()
                        : items.stream()
                                .map(
                                        i ->
                                                new PlanDraft.Item(
                                                        i.projectId(), i.releaseId(), i.notes()))
                                .toList());
    }
}
