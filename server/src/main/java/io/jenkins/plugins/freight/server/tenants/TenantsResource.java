package io.jenkins.plugins.freight.server.tenants;

import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/{space}/tenants}: list ({@code projectId} as well as the usual filters), {@code
 * /all}, get, create, update, delete.
 */
public final class TenantsResource {

    private static final String TEMPLATE =
            "/tenants{/id}{?skip,projectId,name,tags,take,ids,clone,partialName,"
                    + "clonedFromTenantId}";

    private final TenantService tenants;

    public TenantsResource(TenantService tenants) {
        this.tenants = tenants;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "tenants", this::list)
                .get(space, "tenants/all", this::all)
                .get(space, "tenants/{id}", this::get)
                .post(space, "tenants", this::create)
                .put(space, "tenants/{id}", this::update)
                .delete(space, "tenants/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Tenant",
                        tenants.list(
                                        r.caller(),
                                        r.spaceId(),
                                        Paging.query(r),
                                        r.query().nonBlank("projectId"))
                                .map(t -> TenantWire.of(t, r.links())),
                        r.inSpace("/tenants"),
                        r.inSpace(TEMPLATE)));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                tenants.list(r.caller(), r.spaceId(), ListQuery.all(), null).items().stream()
                        .map(t -> TenantWire.of(t, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                TenantWire.of(tenants.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Tenant created =
                tenants.create(r.caller(), r.spaceId(), r.body(TenantWire.class).toTenant(null));
        return Reply.created(TenantWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        TenantWire body = r.body(TenantWire.class);
        Tenant current = tenants.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                TenantWire.of(
                        tenants.modify(
                                r.caller(), r.spaceId(), current.id(), body.toTenant(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        Tenant current = tenants.get(r.caller(), r.spaceId(), r.path("id"));
        tenants.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
