package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
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
import io.jenkins.plugins.freight.engine.tenant.TagFilter;
import io.jenkins.plugins.freight.engine.tenant.TagResolution;
import io.jenkins.plugins.freight.engine.tenant.TagSetService;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Deployment targets: environments, target tags, tenant participation and an endpoint (SSH today)
 * with the account it logs in with; and the question deployments ask: which targets take part.
 */
public final class MachineService {

    private static final String KIND = "Deployment target";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final EnvironmentService environments;
    private final TenantService tenants;
    private final TagSetService tagSets;
    private final AccountService accounts;
    private final MachineRepository machines;
    private final References references;

    public MachineService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            EnvironmentService environments,
            TenantService tenants,
            TagSetService tagSets,
            AccountService accounts,
            MachineRepository machines,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.environments = environments;
        this.tenants = tenants;
        this.tagSets = tagSets;
        this.accounts = accounts;
        this.machines = machines;
        this.references = references;
    }

    public Machine create(Caller caller, String spaceId, Machine machine) {
        access.require(caller, "MachineCreate", spaceId);
        String name = Names.require(machine.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "Machines");
                    Machine stored = save(h, spaceId, machine, name, id, null, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId,
                                    id,
                                    "Deployment target " + name + " was created",
                                    stored));
                    return stored;
                });
    }

    public Machine get(Caller caller, String spaceId, String reference) {
        access.require(caller, "MachineView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of targets by name, filtered by environments, tags, tenants and disabled state. */
    public Page<Machine> list(
            Caller caller, String spaceId, ListQuery query, MachineFilter filter) {
        access.require(caller, "MachineView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return machines.list(h, spaceId, query, filter);
                });
    }

    /** Every target tag in use in the space (Octopus {@code machineroles/all}). */
    public List<String> roles(Caller caller, String spaceId) {
        access.require(caller, "MachineView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return machines.roles(h, spaceId);
                });
    }

    /** Saves a target; its health stays as the last check left it. */
    public Machine modify(Caller caller, String spaceId, String id, Machine changed) {
        access.require(caller, "MachineEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Machine current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    Machine stored = save(h, spaceId, changed, name, current.id(), current, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    "Deployment target " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    /** Deletes a target unless something (a deployment, a variable) still refers to it. */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "MachineDelete", spaceId);
        database.useTransaction(
                h -> {
                    Machine current = require(h, spaceId, id);
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    references.remove(h, current.id());
                    machines.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    "Deployment target " + current.name() + " was deleted",
                                    current));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every target of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        for (Machine m :
                machines.list(handle, spaceId, ListQuery.all(), MachineFilter.none()).items()) {
            machines.delete(handle, spaceId, m.id());
        }
    }

    public Machine require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return machines.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /**
     * The enabled targets a step runs on: in the environment, with any of the tags, and serving the
     * tenant ({@code null}: an untenanted deployment, which only targets that allow untenanted
     * deployments take part in; a tenant: targets that allow tenanted deployments and name the
     * tenant or match it by tag).
     */
    public List<Machine> targets(
            Handle handle,
            String spaceId,
            String environmentId,
            List<String> roles,
            String tenantId) {
        if (roles.isEmpty()) {
            return List.of();
        }
        Tenant tenant = tenantId == null ? null : tenants.require(handle, spaceId, tenantId);
        MachineFilter filter =
                new MachineFilter(List.of(environmentId), roles, List.of(), Boolean.FALSE);
        return machines.list(handle, spaceId, ListQuery.all(), filter).items().stream()
                .filter(m -> serves(m, tenant))
                .toList();
    }

    /** Records what a health check found. */
    public Machine recordHealth(
            Handle handle, String spaceId, String machineId, MachineHealth health) {
        Machine current = require(handle, spaceId, machineId);
        Machine checked =
                current.stored(
                        current.id(),
                        spaceId,
                        current.name(),
                        current.slug(),
                        current.roles(),
                        current.tenantTags(),
                        health,
                        current.lastModifiedOn(),
                        current.lastModifiedBy());
        machines.update(handle, checked);
        return checked;
    }

    private static boolean serves(Machine m, Tenant tenant) {
        TenantedDeploymentMode mode = m.tenantedDeploymentParticipation();
        if (tenant == null) {
            return mode.allowsUntenanted();
        }
        return mode.allowsTenanted()
                && (m.tenantIds().contains(tenant.id())
                        || (!m.tenantTags().isEmpty()
                                && TagFilter.matches(tenant.tenantTags(), m.tenantTags())));
    }

    private Machine save(
            Handle h,
            String spaceId,
            Machine m,
            String name,
            String id,
            Machine current,
            Caller caller) {
        List<String> errors = new ArrayList<>();
        if (m.environmentIds().isEmpty()) {
            errors.add("A deployment target needs at least one environment.");
        }
        for (String missing : environments.missing(h, spaceId, m.environmentIds())) {
            errors.add("Environment '" + missing + "' was not found in this space.");
        }
        List<String> roles = roles(m.roles(), errors);
        if (m.endpoint() == null) {
            errors.add("A deployment target needs an endpoint (how to reach it).");
        } else {
            errors.addAll(accounts.endpointProblems(h, spaceId, m.endpoint()));
        }
        if (m.tenantedDeploymentParticipation() == TenantedDeploymentMode.UNTENANTED
                && (!m.tenantIds().isEmpty() || !m.tenantTags().isEmpty())) {
            errors.add(
                    "The target is untenanted, so it cannot serve tenants; allow tenanted"
                            + " deployments first.");
        }
        for (String tenantId : m.tenantIds()) {
            try {
                tenants.require(h, spaceId, tenantId);
            } catch (NotFoundException e) {
                errors.add("Tenant '" + tenantId + "' was not found in this space.");
            }
        }
        TagResolution tags = tagSets.resolve(h, spaceId, m.tenantTags());
        errors.addAll(tags.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The deployment target is not valid: " + String.join(" ", errors), errors);
        }
        String slug =
                machines.table()
                        .slugFor(
                                h,
                                Scope.space(spaceId),
                                m.slug(),
                                current == null ? null : current.slug(),
                                name,
                                id,
                                KIND);
        Machine stored =
                m.stored(
                        id,
                        spaceId,
                        name,
                        slug,
                        roles,
                        tags.canonicalNames(),
                        current == null ? MachineHealth.unknown() : current.health(),
                        clock.instant(),
                        caller.username());
        if (current == null) {
            machines.insert(h, stored);
        } else {
            machines.update(h, stored);
        }
        List<String> targets = new ArrayList<>(stored.environmentIds());
        targets.addAll(stored.tenantIds());
        targets.addAll(tags.ids());
        targets.add(stored.endpoint().accountId());
        references.replace(h, spaceId, new Referrer(KIND, stored.id(), stored.name()), targets);
        return stored;
    }

    private static List<String> roles(List<String> given, List<String> errors) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String role : given) {
            if (role == null || role.isBlank()) {
                errors.add("A target tag must not be empty.");
            } else if (role.contains(",")) {
                errors.add("The target tag '" + role + "' must not contain a comma.");
            } else {
                byKey.putIfAbsent(Machine.roleKey(role), role.strip());
            }
        }
        if (given.isEmpty()) {
            errors.add("A deployment target needs at least one target tag (role).");
        }
        return List.copyOf(byKey.values());
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (machines.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A deployment target named '" + name + "' already exists in this space.");
        }
    }
}
