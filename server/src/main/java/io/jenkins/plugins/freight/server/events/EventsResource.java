package io.jenkins.plugins.freight.server.events;

import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.AuditService;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/events} and {@code /api/{space}/events}: the audit log with Octopus's filters ({@code
 * users, projects, environments, eventCategories, regarding, regardingAny, from, to, fromAutoId,
 * toAutoId, spaces, includeSystem, skip, take, asCsv}), one event, categories and groups.
 */
public final class EventsResource {

    private final AuditService audit;

    public EventsResource(AuditService audit) {
        this.audit = audit;
    }

    public void register(Router router) {
        for (Router.Scope scope : Router.Scope.values()) {
            router.get(scope, "events", this::list).get(scope, "events/{id}", this::get);
        }
        router.get(Router.Scope.SYSTEM, "events/categories", this::categories)
                .get(Router.Scope.SYSTEM, "events/groups", this::groups)
                .get(Router.Scope.SYSTEM, "events/agents", this::agents)
                .get(Router.Scope.SYSTEM, "events/documenttypes", this::documentTypes);
    }

    private Reply list(ApiRequest r) {
        EventQuery query = query(r);
        if (Boolean.TRUE.equals(r.query().bool("asCsv"))) {
            StringWriter csv = new StringWriter();
            audit.exportCsv(r.caller(), query, csv);
            return Reply.text(csv.toString());
        }
        Page<EventWire> page = audit.list(r.caller(), query).map(e -> EventWire.of(e, r.links()));
        return Reply.ok(
                Paging.collection(
                        r,
                        "Event",
                        page,
                        "/events",
                        "/events{/id}{?skip,take,users,projects,environments,eventCategories,"
                                + "regarding,regardingAny,from,to,fromAutoId,toAutoId,spaces,"
                                + "includeSystem,asCsv}"));
    }

    private Reply get(ApiRequest r) {
        AuditEvent event = audit.get(r.caller(), r.path("id"));
        return Reply.ok(EventWire.of(event, r.links()));
    }

    /** Freight does not tell events apart by the tool that caused them: no agents. */
    private Reply agents(ApiRequest r) {
        return Reply.ok(List.of());
    }

    /** The kinds of documents events relate to, by id prefix ({@code Projects-12}). */
    private Reply documentTypes(ApiRequest r) {
        List<Map<String, Object>> all = new ArrayList<>();
        DOCUMENT_TYPES.forEach((id, name) -> all.add(Map.of("Id", id, "Name", name)));
        return Reply.ok(all);
    }

    private static final Map<String, String> DOCUMENT_TYPES = documentTypeNames();

    private static Map<String, String> documentTypeNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("Accounts", "Account");
        names.put("Channels", "Channel");
        names.put("DeploymentPlans", "Deployment Plan");
        names.put("DeploymentProcesses", "Deployment Process");
        names.put("Deployments", "Deployment");
        names.put("Environments", "Environment");
        names.put("Interruptions", "Interruption");
        names.put("Lifecycles", "Lifecycle");
        names.put("Machines", "Machine");
        names.put("ProjectGroups", "Project Group");
        names.put("Projects", "Project");
        names.put("Releases", "Release");
        names.put("ScopedUserRoles", "Scoped User Role");
        names.put("ServerTasks", "Server Task");
        names.put("Spaces", "Space");
        names.put("Teams", "Team");
        names.put("Tenants", "Tenant");
        names.put("UserRoles", "User Role");
        names.put("Users", "User");
        names.put("Variables", "Variable Set");
        names.put("WorkerPools", "Worker Pool");
        names.put("Workers", "Worker");
        return names;
    }

    private Reply categories(ApiRequest r) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (EventCategory c : EventCategory.values()) {
            all.add(Map.of("Id", c.name(), "Name", c.displayName()));
        }
        return Reply.ok(all);
    }

    private Reply groups(ApiRequest r) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (EventCategory.Group g : EventCategory.Group.values()) {
            all.add(
                    Map.of(
                            "Id",
                            g.name(),
                            "Name",
                            g.displayName(),
                            "EventCategories",
                            EnumSet.allOf(EventCategory.class).stream()
                                    .filter(c -> c.group() == g)
                                    .map(Enum::name)
                                    .toList()));
        }
        return Reply.ok(all);
    }

    /** The filters of a request; on a space route the space is the route's. */
    static EventQuery query(ApiRequest r) {
        QueryParameters q = r.query();
        List<String> errors = new ArrayList<>();
        List<String> spaces = r.spaceExplicit() ? List.of(r.spaceId()) : q.list("spaces");
        Boolean includeSystem = q.bool("includeSystem");
        Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
        for (String name : q.list("eventCategories")) {
            EventCategory.named(name)
                    .ifPresentOrElse(
                            categories::add,
                            () -> errors.add("'" + name + "' is not an event category."));
        }
        List<String> documents = new ArrayList<>(q.list("regardingAny"));
        documents.addAll(q.list("regarding"));
        EventQuery query =
                new EventQuery(
                        spaces,
                        includeSystem != null ? includeSystem : spaces.isEmpty(),
                        q.list("users"),
                        q.list("projects"),
                        q.list("environments"),
                        categories,
                        documents,
                        instant(q.nonBlank("from"), "from", errors),
                        instant(q.nonBlank("to"), "to", errors),
                        number(q.nonBlank("fromAutoId"), "fromAutoId", errors),
                        number(q.nonBlank("toAutoId"), "toAutoId", errors),
                        q.integer("skip", 0, 0),
                        q.integer("take", 30, 0));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The event query is not valid.", errors);
        }
        return query;
    }

    private static Instant instant(String value, String name, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(value);
            } catch (RuntimeException e2) {
                errors.add(name + " must be a date and time such as 2026-01-31T12:00:00Z.");
                return null;
            }
        }
    }

    private static Long number(String value, String name, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(name + " must be a whole number.");
            return null;
        }
    }
}
