package io.jenkins.plugins.freight.server.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.engine.plan.DeploymentPlans;
import io.jenkins.plugins.freight.engine.plan.PlanDraft;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.JsonFields;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.List;

/**
 * Freight's {@code /api/{space}/deploymentplans}: plans prepared by leads and executed by someone
 * who may deploy every item. Edits carry the {@code Version} they are based on; a stale one is 409.
 */
public final class DeploymentPlansResource {

    private final DeploymentPlans plans;

    public DeploymentPlansResource(DeploymentPlans plans) {
        this.plans = plans;
    }

    public void register(Router router) {
        Router.Scope s = Router.Scope.SPACE;
        router.get(s, "deploymentplans", this::list)
                .post(s, "deploymentplans", this::create)
                .get(s, "deploymentplans/{id}", this::get)
                .put(s, "deploymentplans/{id}", this::update)
                .delete(s, "deploymentplans/{id}", this::delete)
                .post(s, "deploymentplans/{id}/items", this::addItem)
                .put(s, "deploymentplans/{id}/notes", this::editNotes)
                .get(s, "deploymentplans/{id}/validate", this::validate)
                .post(s, "deploymentplans/{id}/execute", this::execute)
                .post(s, "deploymentplans/{id}/abort", this::abort)
                .post(s, "deploymentplans/{id}/retry", this::retry)
                .get(s, "deploymentplans/{id}/items/{itemId}/log", this::log);
    }

    private Reply list(ApiRequest r) {
        List<DeploymentPlan> all = plans.editing().list(r.caller(), r.spaceId());
        Page<DeploymentPlanWire> page =
                Paging.page(all, Paging.query(r), DeploymentPlan::id, DeploymentPlan::name)
                        .map(p -> DeploymentPlanWire.of(p, r.links()));
        return Reply.ok(
                Paging.collection(
                        r,
                        "DeploymentPlan",
                        page,
                        r.inSpace("/deploymentplans"),
                        r.inSpace("/deploymentplans{/id}{?skip,take,ids,partialName}")));
    }

    private Reply create(ApiRequest r) throws IOException {
        PlanDraft draft = r.body(DeploymentPlanWire.class).toDraft();
        return Reply.created(wire(r, plans.editing().create(r.caller(), r.spaceId(), draft)));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(wire(r, plans.execution().progress(r.caller(), r.spaceId(), r.path("id"))));
    }

    private Reply update(ApiRequest r) throws IOException {
        DeploymentPlanWire body = r.body(DeploymentPlanWire.class);
        return Reply.ok(
                wire(
                        r,
                        plans.editing()
                                .update(
                                        r.caller(),
                                        r.spaceId(),
                                        r.path("id"),
                                        version(body.version()),
                                        body.toDraft())));
    }

    private Reply delete(ApiRequest r) {
        plans.editing().delete(r.caller(), r.spaceId(), r.path("id"));
        return Reply.empty();
    }

    private Reply addItem(ApiRequest r) throws IOException {
        DeploymentPlanWire.ItemWire item = r.body(DeploymentPlanWire.ItemWire.class);
        return Reply.ok(
                wire(
                        r,
                        plans.editing()
                                .addItem(
                                        r.caller(),
                                        r.spaceId(),
                                        r.path("id"),
                                        new PlanDraft.Item(
                                                item.projectId(),
                                                item.releaseId(),
                                                item.notes()))));
    }

    /** {@code {Version, ItemId (null: the plan's notes), Notes}}. */
    private Reply editNotes(ApiRequest r) throws IOException {
        JsonNode body = r.bodyTree();
        Integer version = JsonFields.find(body, "Version").map(JsonNode::asInt).orElse(null);
        return Reply.ok(
                wire(
                        r,
                        plans.editing()
                                .editNotes(
                                        r.caller(),
                                        r.spaceId(),
                                        r.path("id"),
                                        version(version),
                                        JsonFields.text(body, "ItemId"),
                                        JsonFields.text(body, "Notes"))));
    }

    private Reply validate(ApiRequest r) {
        return Reply.ok(plans.validator().validate(r.caller(), r.spaceId(), r.path("id")));
    }

    /** {@code {Version}}: the version the executor reviewed. */
    private Reply execute(ApiRequest r) throws IOException {
        JsonNode body = r.bodyTree();
        Integer version = JsonFields.find(body, "Version").map(JsonNode::asInt).orElse(null);
        return Reply.ok(
                wire(
                        r,
                        plans.execution()
                                .execute(r.caller(), r.spaceId(), r.path("id"), version(version))));
    }

    private Reply abort(ApiRequest r) {
        return Reply.ok(wire(r, plans.execution().abort(r.caller(), r.spaceId(), r.path("id"))));
    }

    private Reply retry(ApiRequest r) {
        return Reply.created(wire(r, plans.editing().retry(r.caller(), r.spaceId(), r.path("id"))));
    }

    private Reply log(ApiRequest r) {
        return Reply.text(
                plans.execution().itemLog(r.caller(), r.spaceId(), r.path("id"), r.path("itemId")));
    }

    private static DeploymentPlanWire wire(ApiRequest r, DeploymentPlan plan) {
        return DeploymentPlanWire.of(plan, r.links());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException(
                    "The request is not valid.",
                    List.of("Version is required: the plan version the change is based on."));
        }
        return version;
    }
}
