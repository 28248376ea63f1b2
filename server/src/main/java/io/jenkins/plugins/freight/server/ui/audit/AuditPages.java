package io.jenkins.plugins.freight.server.ui.audit;

import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.AuditService;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit log of a space (with the system events: users, teams, sign-ins): filters, paging and a
 * CSV export of everything the filters match. The engine decides which events the user may see.
 */
public final class AuditPages {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final IdentityService identity;
    private final EnvironmentService environments;
    private final ProjectService projects;
    private final Clock clock;

    public AuditPages(
            AuditService audit,
            IdentityService identity,
            EnvironmentService environments,
            ProjectService projects,
            Clock clock) {
        this.audit = audit;
        this.identity = identity;
        this.environments = environments;
        this.projects = projects;
        this.clock = clock;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/audit", this::list).get("{space}/audit/csv", this::csv);
    }

    private void list(UiRequest r) throws IOException {
        AuditFilters filters = AuditFilters.of(r);
        Page<AuditEvent> page = audit.list(r.caller(), filters.query(r.spaceId()));
        r.render(
                "audit/list.jte",
                new AuditPage(
                        r.frame("Audit log", "audit"),
                        filters,
                        page.items(),
                        page.totalResults(),
                        names(
                                optional(() -> identity.listUsers(r.caller(), null)),
                                u -> u.id(),
                                u -> u.username()),
                        names(
                                optional(
                                        () ->
                                                projects.list(
                                                                r.caller(),
                                                                r.spaceId(),
                                                                ListQuery.all(),
                                                                null)
                                                        .items()),
                                p -> p.id(),
                                p -> p.name()),
                        names(
                                optional(() -> environments.all(r.caller(), r.spaceId())),
                                e -> e.id(),
                                e -> e.name())));
    }

    /** Every matching event, not only the page shown. */
    private void csv(UiRequest r) throws IOException {
        AuditFilters filters = AuditFilters.of(r);
        StringWriter csv = new StringWriter();
        audit.exportCsv(r.caller(), filters.query(r.spaceId()), csv);
        r.csv("audit-" + FILE_TIME.format(clock.instant()) + ".csv", csv.toString());
    }

    private static <T> Map<String, String> names(
            List<T> items, Function<T, String> id, Function<T, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        items.forEach(i -> names.put(id.apply(i), name.apply(i)));
        return names;
    }

    private static <T> List<T> optional(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (FreightException e) {
            return List.of();
        }
    }
}
