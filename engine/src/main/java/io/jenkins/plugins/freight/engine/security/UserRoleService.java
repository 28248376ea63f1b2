package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * User roles: the built-in ones (fixed) and custom ones, which a caller may define only with
 * permissions they hold themselves.
 */
public final class UserRoleService {

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;
    private final UserRoleRepository roles = new JdbcUserRoleRepository();
    private final ScopedUserRoleRepository assignments = new JdbcScopedUserRoleRepository();
    private final TeamRepository teams = new JdbcTeamRepository();
    private final GrantCeiling ceiling;

    public UserRoleService(Database database, AccessPolicy access, Clock clock, AuditLog audit) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.ceiling = new GrantCeiling(new GrantLoader(teams, assignments, roles));
    }

    /** Built-in roles, then custom roles by name. */
    public List<UserRole> list(Caller caller) {
        access.require(caller, "UserRoleView", null);
        return database.withHandle(
                h -> Stream.concat(BuiltInRoles.all().stream(), roles.list(h).stream()).toList());
    }

    public UserRole get(Caller caller, String id) {
        access.require(caller, "UserRoleView", null);
        return database.withHandle(h -> find(h, id));
    }

    public UserRole create(Caller caller, UserRoleDetails details) {
        access.require(caller, "UserRoleEdit", null);
        return database.inTransaction(
                h -> {
                    UserRole role = validate(h, null, details);
                    ceiling.requireMayDefine(h, caller, role);
                    roles.insert(h, role, now(), caller.username());
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    null,
                                    role.id(),
                                    "User role " + role.name() + " was created",
                                    role));
                    return role;
                });
    }

    public UserRole update(Caller caller, String id, UserRoleDetails details) {
        access.require(caller, "UserRoleEdit", null);
        return database.inTransaction(
                h -> {
                    UserRole current = find(h, id);
                    if (current.builtIn()) {
                        throw new ConflictException(
                                "The built-in role "
                                        + current.name()
                                        + " cannot be changed; create a custom role instead.");
                    }
                    UserRole role = validate(h, id, details);
                    ceiling.requireMayDefine(h, caller, role);
                    roles.update(h, role, now(), caller.username());
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    null,
                                    id,
                                    "User role " + role.name() + " was changed",
                                    current,
                                    role));
                    return role;
                });
    }

    /** Deletes a custom role that no team has. */
    public void delete(Caller caller, String id) {
        access.require(caller, "UserRoleEdit", null);
        database.useTransaction(
                h -> {
                    UserRole current = find(h, id);
                    if (current.builtIn()) {
                        throw new ConflictException(
                                "The built-in role " + current.name() + " cannot be deleted.");
                    }
                    List<String> users =
                            teams
                                    .findAll(
                                            h,
                                            assignments.ofRole(h, id).stream()
                                                    .map(ScopedUserRole::teamId)
                                                    .distinct()
                                                    .toList())
                                    .stream()
                                    .map(Team::name)
                                    .toList();
                    if (!users.isEmpty()) {
                        throw new ConflictException(
                                "The role "
                                        + current.name()
                                        + " is given to teams "
                                        + String.join(", ", users)
                                        + "; remove it from them first.");
                    }
                    roles.delete(h, id);
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    null,
                                    id,
                                    "User role " + current.name() + " was deleted",
                                    current));
                });
    }

    UserRole find(Handle h, String id) {
        return BuiltInRoles.byId(id)
                .or(() -> roles.findById(h, id))
                .orElseThrow(() -> NotFoundException.of("User role", id));
    }

    private UserRole validate(Handle h, String id, UserRoleDetails details) {
        List<String> errors = new ArrayList<>();
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add("Name is required and must be at most 200 characters.");
        } else {
            boolean taken =
                    BuiltInRoles.all().stream().anyMatch(r -> r.name().equalsIgnoreCase(name))
                            || roles.findByName(h, name)
                                    .filter(r -> !r.id().equals(id))
                                    .isPresent();
            if (taken) {
                errors.add("A user role named '" + name + "' already exists.");
            }
        }
        Set<Permission> space = permissions(details.spacePermissions(), true, errors);
        Set<Permission> system = permissions(details.systemPermissions(), false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The user role is not valid.", errors);
        }
        return new UserRole(
                id == null ? Database.nextId(h, "UserRoles") : id,
                name,
                details.description() == null ? "" : details.description().strip(),
                space,
                system,
                false);
    }

    private static Set<Permission> permissions(
            List<String> names, boolean space, List<String> errors) {
        EnumSet<Permission> result = EnumSet.noneOf(Permission.class);
        for (String name : names) {
            var permission = Permission.named(name);
            if (permission.isEmpty()) {
                errors.add("'" + name + "' is not a permission.");
            } else if (space && !permission.get().level().inSpace()) {
                errors.add(name + " is a system permission; list it under system permissions.");
            } else if (!space && !permission.get().level().atSystem()) {
                errors.add(name + " is a space permission; list it under space permissions.");
            } else {
                result.add(permission.get());
            }
        }
        return result;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
