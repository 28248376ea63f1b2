package io.jenkins.plugins.freight.server.machines;

import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineFilter;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.List;

/**
 * {@code /api/{space}/machines} (deployment targets): list (filters {@code environmentIds}, {@code
 * roles}, {@code tenantIds}, {@code isDisabled}), {@code /all}, get, create, update, delete; {@code
 * environments/{id}/machines}; {@code machineroles/all}.
 */
public final class MachinesResource {

    private static final String TEMPLATE =
            "/machines{/id}{?skip,take,name,ids,partialName,roles,isDisabled,healthStatuses,"
                    + "commStyles,tenantIds,tenantTags,environmentIds,thumbprint,deploymentId,"
                    + "shellNames}";

    private final MachineService machines;

    public MachinesResource(MachineService machines) {
        this.machines = machines;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "machines", this::list)
                .get(space, "machines/all", this::all)
                .get(space, "machines/{id}", this::get)
                .get(space, "machines/{id}/connection", this::connection)
                .post(space, "machines", this::create)
                .put(space, "machines/{id}", this::update)
                .delete(space, "machines/{id}", this::delete)
                .get(space, "environments/{environment}/machines", this::ofEnvironment)
                .get(space, "machineroles/all", this::roles);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(page(r, filter(r.query(), r.query().list("environmentIds")), "/machines"));
    }

    private Reply ofEnvironment(ApiRequest r) {
        String environment = r.path("environment");
        return Reply.ok(
                page(
                        r,
                        filter(r.query(), List.of(environment)),
                        "/environments/" + environment + "/machines"));
    }

    private Object page(ApiRequest r, MachineFilter filter, String path) {
        return Paging.collection(
                r,
                "DeploymentTarget",
                machines.list(r.caller(), r.spaceId(), Paging.query(r), filter)
                        .map(m -> MachineWire.of(m, r.links())),
                r.inSpace(path),
                r.inSpace(TEMPLATE));
    }

    private static MachineFilter filter(QueryParameters q, List<String> environments) {
        return new MachineFilter(
                environments, q.list("roles"), q.list("tenantIds"), q.bool("isDisabled"));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                machines
                        .list(r.caller(), r.spaceId(), ListQuery.all(), MachineFilter.none())
                        .items()
                        .stream()
                        .map(m -> MachineWire.of(m, r.links()))
                        .toList());
    }

    private Reply roles(ApiRequest r) {
        return Reply.ok(machines.roles(r.caller(), r.spaceId()));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                MachineWire.of(machines.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply connection(ApiRequest r) {
        return Reply.ok(
                MachineConnectionWire.of(
                        machines.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Machine created =
                machines.create(r.caller(), r.spaceId(), r.body(MachineWire.class).toMachine(null));
        return Reply.created(MachineWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        MachineWire body = r.body(MachineWire.class);
        Machine current = machines.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                MachineWire.of(
                        machines.modify(
                                r.caller(), r.spaceId(), current.id(), body.toMachine(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        Machine current = machines.get(r.caller(), r.spaceId(), r.path("id"));
        machines.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
