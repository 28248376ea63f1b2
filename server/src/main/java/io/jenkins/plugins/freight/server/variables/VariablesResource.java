package io.jenkins.plugins.freight.server.variables;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.MachineFilter;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variable sets: {@code variables/{id}} ({@code variableset-Projects-N}, what Go and Terraform use)
 * and {@code projects/{project}/variables}, GET and PUT with {@code Version} concurrency; PUT
 * answers with the saved set (sensitive values withheld).
 */
public final class VariablesResource {

    private final Engine engine;

    public VariablesResource(Engine engine) {
        this.engine = engine;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "variables", this::list)
                .get(space, "variables/all", this::all)
                .get(space, "variables/names", this::names)
                .get(space, "variables/{id}", this::get)
                .put(space, "variables/{id}", this::update)
                .get(space, "projects/{project}/variables", this::ofProject)
                .put(space, "projects/{project}/variables", this::updateOfProject);
    }

    private Reply list(ApiRequest r) {
        List<VariableSetWire> sets = new ArrayList<>();
        for (String id : r.query().list("ids")) {
            try {
                sets.add(wire(r, set(r, id)));
            } catch (NotFoundException unknown) {
                // unknown ids are simply absent, as in every list
            }
        }
        return Reply.ok(sets);
    }

    /** Every variable set of the space: the projects' and the library sets'. */
    private Reply all(ApiRequest r) {
        List<VariableSetWire> sets = new ArrayList<>();
        for (var project :
                engine.projects().list(r.caller(), r.spaceId(), ListQuery.all(), null).items()) {
            sets.add(wire(r, set(r, VariableSet.idFor(project.id()))));
        }
        for (var library : engine.variables().listLibrarySets(r.caller(), r.spaceId())) {
            sets.add(wire(r, set(r, library.variableSetId())));
        }
        return Reply.ok(sets);
    }

    /**
     * The names of the variables a project's deployments see from its own set and its included
     * library sets ({@code ?project=}), sorted; without a project, the names of every set.
     */
    private Reply names(ApiRequest r) {
        List<String> setIds = new ArrayList<>();
        String project = r.query().nonBlank("project");
        if (project == null) {
            engine.projects()
                    .list(r.caller(), r.spaceId(), ListQuery.all(), null)
                    .items()
                    .forEach(p -> setIds.add(VariableSet.idFor(p.id())));
            engine.variables()
                    .listLibrarySets(r.caller(), r.spaceId())
                    .forEach(l -> setIds.add(l.variableSetId()));
        } else {
            var p = engine.projects().get(r.caller(), r.spaceId(), project);
            setIds.add(VariableSet.idFor(p.id()));
            for (String library : p.includedLibraryVariableSetIds()) {
                setIds.add(VariableSet.idFor(library));
            }
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String id : setIds) {
            try {
                set(r, id).variables().forEach(v -> names.add(v.name()));
            } catch (NotFoundException gone) {
                // an included library set that was deleted contributes nothing
            }
        }
        return Reply.ok(List.copyOf(names));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(wire(r, set(r, r.path("id"))));
    }

    private Reply ofProject(ApiRequest r) {
        return Reply.ok(wire(r, set(r, VariableSet.idFor(projectId(r)))));
    }

    private Reply update(ApiRequest r) throws IOException {
        return save(r, set(r, r.path("id")));
    }

    private Reply updateOfProject(ApiRequest r) throws IOException {
        return save(r, set(r, VariableSet.idFor(projectId(r))));
    }

    private Reply save(ApiRequest r, VariableSet stored) throws IOException {
        VariableSetWire body = r.body(VariableSetWire.class);
        if (body.version() == null) {
            throw ApiProblem.badRequest(
                    "The variable set needs its Version: send back the Version you read.");
        }
        VariableSet saved = engine.variables().modify(r.caller(), body.toVariableSet(stored));
        return Reply.ok(wire(r, saved));
    }

    private String projectId(ApiRequest r) {
        return engine.projects().get(r.caller(), r.spaceId(), r.path("project")).id();
    }

    /** The set, or 404 when it belongs to another space than the path's. */
    private VariableSet set(ApiRequest r, String id) {
        VariableSet set = engine.variables().get(r.caller(), id);
        if (!r.spaceId().equals(set.spaceId())) {
            throw NotFoundException.of("Variable set", id);
        }
        return set;
    }

    private VariableSetWire wire(ApiRequest r, VariableSet set) {
        return VariableSetWire.of(set, scopeValues(r.caller(), set), r.links());
    }

    /** The names behind the ids variables can be scoped to, for the set's owner. */
    Map<String, List<Map<String, String>>> scopeValues(Caller caller, VariableSet set) {
        String space = set.spaceId();
        Map<String, List<Map<String, String>>> values = new LinkedHashMap<>();
        values.put(
                "Environments",
                engine.environments().all(caller, space).stream()
                        .map(VariablesResource::idName)
                        .toList());
        values.put(
                "Machines",
                engine
                        .machines()
                        .list(caller, space, ListQuery.all(), MachineFilter.none())
                        .items()
                        .stream()
                        .map(m -> Map.of("Id", m.id(), "Name", m.name()))
                        .toList());
        values.put(
                "Roles",
                engine.machines().roles(caller, space).stream()
                        .map(role -> Map.of("Id", role, "Name", role))
                        .toList());
        List<Map<String, String>> channels = new ArrayList<>();
        List<Map<String, String>> actions = new ArrayList<>();
        List<Map<String, String>> processes = new ArrayList<>();
        if (set.ownerId().startsWith("Projects-")) {
            engine.channels()
                    .list(caller, space, ListQuery.all(), set.ownerId())
                    .items()
                    .forEach(c -> channels.add(Map.of("Id", c.id(), "Name", c.name())));
            DeploymentProcess process =
                    engine.processes().getForProject(caller, space, set.ownerId());
            process.steps()
                    .forEach(
                            step ->
                                    step.actions()
                                            .forEach(
                                                    a ->
                                                            actions.add(
                                                                    Map.of(
                                                                            "Id", a.id(),
                                                                            "Name", a.name()))));
            processes.add(
                    Map.of(
                            "Id", set.ownerId(),
                            "Name", engine.projects().get(caller, space, set.ownerId()).name(),
                            "ProcessType", "Deployment"));
        }
        values.put("Channels", channels);
        values.put("Actions", actions);
        values.put("TenantTags", List.of());
        values.put("Processes", processes);
        return values;
    }

    private static Map<String, String> idName(Environment e) {
        return Map.of("Id", e.id(), "Name", e.name());
    }
}
