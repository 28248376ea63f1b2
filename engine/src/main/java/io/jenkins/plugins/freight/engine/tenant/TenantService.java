package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectListener;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Tenants: tags ({@code TagSet/Tag}) and connections to tenanted projects with the environments
 * each project is deployed to for the tenant. Deleting a project drops its connections.
 */
public final class TenantService {

    private static final String KIND = "Tenant";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final ProjectService projects;
    private final EnvironmentService environments;
    private final TagSetService tagSets;
    private final TenantRepository tenants;
    private final References references;
    private final List<TenantListener> listeners = new CopyOnWriteArrayList<>();

    public TenantService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            ProjectService projects,
            EnvironmentService environments,
            TagSetService tagSets,
            TenantRepository tenants,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.projects = projects;
        this.environments = environments;
        this.tagSets = tagSets;
        this.tenants = tenants;
        this.references = references;
    }

    /** Registers a feature that may refuse a tenant's deletion; call while wiring the engine. */
    public void addListener(TenantListener listener) {
        listeners.add(listener);
    }

    /** Drops tenants' connections to a project that is being deleted. */
    public ProjectListener projectListener() {
        return new ProjectListener() {
            @Override
            public void deleting(Handle handle, Project project) {
                for (Tenant t :
                        tenants.list(handle, project.spaceId(), ListQuery.all(), project.id())
                                .items()) {
                    Map<String, List<String>> rest = new LinkedHashMap<>(t.projectEnvironments());
                    rest.remove(project.id());
                    Tenant saved = t.withProjectEnvironments(rest);
                    tenants.update(handle, saved);
                    recordReferences(
                            handle, saved, tagSets.resolve(handle, t.spaceId(), t.tenantTags()));
                }
            }
        };
    }

    public Tenant create(Caller caller, String spaceId, Tenant tenant) {
        access.require(caller, "TenantCreate", spaceId);
        String name = Names.require(tenant.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "Tenants");
                    Tenant stored = save(h, spaceId, tenant, name, id, null, caller, true);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                            spaceId, id, KIND + " " + name + " was created", stored)
                                    .withTenant(id));
                    return stored;
                });
    }

    public Tenant get(Caller caller, String spaceId, String reference) {
        access.require(caller, "TenantView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of tenants by name; {@code project} (id, slug or name) null means all tenants. */
    public Page<Tenant> list(Caller caller, String spaceId, ListQuery query, String project) {
        access.require(caller, "TenantView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    String projectId =
                            project == null ? null : projects.require(h, spaceId, project).id();
                    return tenants.list(h, spaceId, query, projectId);
                });
    }

    public Tenant modify(Caller caller, String spaceId, String id, Tenant changed) {
        access.require(caller, "TenantEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Tenant current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    Tenant stored =
                            save(h, spaceId, changed, name, current.id(), current, caller, false);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + name + " was changed",
                                            current,
                                            stored)
                                    .withTenant(current.id()));
                    return stored;
                });
    }

    /** Deletes a tenant unless something (a target, a deployment) still refers to it. */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "TenantDelete", spaceId);
        database.useTransaction(
                h -> {
                    Tenant current = require(h, spaceId, id);
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    for (TenantListener listener : listeners) {
                        listener.deleting(h, current);
                    }
                    references.remove(h, current.id());
                    tenants.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + current.name() + " was deleted",
                                            current)
                                    .withTenant(current.id()));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every tenant (and its connections) of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        for (Tenant t : tenants.list(handle, spaceId, ListQuery.all(), null).items()) {
            tenants.delete(handle, spaceId, t.id());
        }
    }

    public Tenant require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return tenants.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /**
     * Enabled tenants that deploy the project to the environment and carry the tags (see {@link
     * TagFilter}; empty: any), by name.
     */
    public List<Tenant> deployingTo(
            Handle handle,
            String spaceId,
            String projectId,
            String environmentId,
            List<String> tags) {
        return tenants.connectedTo(handle, spaceId, projectId, environmentId).stream()
                .filter(t -> !t.isDisabled())
                .filter(t -> TagFilter.matches(t.tenantTags(), tags))
                .toList();
    }

    private Tenant save(
            Handle h,
            String spaceId,
            Tenant t,
            String name,
            String id,
            Tenant current,
            Caller caller,
            boolean insert) {
        List<String> errors = new ArrayList<>();
        TagResolution tags = tagSets.resolve(h, spaceId, t.tenantTags());
        errors.addAll(tags.errors());
        List<String> envIds = new ArrayList<>();
        for (var entry : t.projectEnvironments().entrySet()) {
            envIds.addAll(entry.getValue());
            try {
                Project p = projects.require(h, spaceId, entry.getKey());
                if (!p.id().equals(entry.getKey())) {
                    throw NotFoundException.of("Project", entry.getKey());
                }
                if (p.tenantedDeploymentMode() == TenantedDeploymentMode.UNTENANTED) {
                    errors.add(
                            "Project '"
                                    + p.name()
                                    + "' does not allow tenanted deployments, so tenants cannot be"
                                    + " connected to it.");
                }
            } catch (NotFoundException e) {
                errors.add("Project '" + entry.getKey() + "' was not found in this space.");
            }
        }
        for (String missing : environments.missing(h, spaceId, envIds)) {
            errors.add("Environment '" + missing + "' was not found in this space.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The tenant is not valid: " + String.join(" ", errors), errors);
        }
        String slug =
                tenants.table()
                        .slugFor(
                                h,
                                Scope.space(spaceId),
                                t.slug(),
                                current == null ? null : current.slug(),
                                name,
                                id,
                                KIND);
        Tenant stored =
                t.withTenantTags(tags.canonicalNames())
                        .stored(id, spaceId, name, slug, clock.instant(), caller.username());
        if (insert) {
            tenants.insert(h, stored);
        } else {
            tenants.update(h, stored);
        }
        recordReferences(h, stored, tags);
        return stored;
    }

    private void recordReferences(Handle h, Tenant t, TagResolution tags) {
        List<String> targets = new ArrayList<>(t.projectEnvironments().keySet());
        t.projectEnvironments().values().forEach(targets::addAll);
        targets.addAll(tags.ids());
        references.replace(h, t.spaceId(), new Referrer(KIND, t.id(), t.name()), targets);
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (tenants.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A tenant named '" + name + "' already exists in this space.");
        }
    }
}
