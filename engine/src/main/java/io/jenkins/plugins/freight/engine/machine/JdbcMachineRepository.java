package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Filter;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Targets in table {@code machines}; environments in {@code machine_environments} and target tags
 * in {@code machine_roles}, both indexed by value, so filtering by environment and tag is an index
 * lookup.
 */
public final class JdbcMachineRepository implements MachineRepository {

    private final DocumentTable<Machine> table =
            new DocumentTable<>("machines", Machine.class, "name_lower, id");

    @Override
    public Optional<Machine> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Machine> list(
            Handle handle, String spaceId, ListQuery query, MachineFilter filter) {
        List<Filter> filters = new ArrayList<>();
        if (!filter.environmentIds().isEmpty()) {
            filters.add(
                    in(
                            "id IN (SELECT machine_id FROM machine_environments WHERE environment_id IN (%s))",
                            "fe", filter.environmentIds()));
        }
        if (!filter.roles().isEmpty()) {
            filters.add(
                    in(
                            "id IN (SELECT machine_id FROM machine_roles WHERE role_lower IN (%s))",
                            "fr", filter.roles().stream().map(Machine::roleKey).toList()));
        }
        if (filter.isDisabled() != null) {
            filters.add(Filter.eq("is_disabled", filter.isDisabled()));
        }
        Page<Machine> page = table.list(handle, spaceId, query, filters.toArray(Filter[]::new));
        if (filter.tenantIds().isEmpty()) {
            return page;
        }
        // tenant links are few per target; filter the (already narrowed) documents
        List<Machine> all =
                table
                        .list(
                                handle,
                                spaceId,
                                ListQuery.all()
                                        .withIds(query.ids())
                                        .withPartialName(query.partialName())
                                        .withName(query.name()),
                                filters.toArray(Filter[]::new))
                        .items()
                        .stream()
                        .filter(m -> m.tenantIds().stream().anyMatch(filter.tenantIds()::contains))
                        .toList();
        int from = (int) Math.min(query.skip(), all.size());
        int to = (int) Math.min((long) from + query.take(), all.size());
        return new Page<>(all.subList(from, to), all.size(), query.skip(), query.take());
    }

    @Override
    public List<String> roles(Handle handle, String spaceId) {
        Map<String, String> byKey = new TreeMap<>();
        handle.createQuery(
                        "SELECT r.role_lower, r.role_name FROM machine_roles r"
                                + " JOIN machines m ON m.id = r.machine_id WHERE m.space_id = :space"
                                + " ORDER BY r.role_lower, length(m.id), m.id")
                .bind("space", spaceId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> byKey.putIfAbsent(e.getKey(), e.getValue()));
        return List.copyOf(byKey.values());
    }

    @Override
    public DocumentTable<Machine> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Machine machine) {
        table.insert(handle, columns(machine), () -> clash(machine));
        writeRows(handle, machine);
    }

    @Override
    public void update(Handle handle, Machine machine) {
        table.update(handle, machine.spaceId(), columns(machine), null, () -> clash(machine));
        deleteRows(handle, machine.id());
        writeRows(handle, machine);
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        deleteRows(handle, id);
        return table.delete(handle, spaceId, id);
    }

    private static Filter in(String template, String prefix, List<String> values) {
        Map<String, Object> bound = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            names.add(":" + prefix + i);
            bound.put(prefix + i, values.get(i));
        }
        return new Filter(String.format(template, String.join(", ", names)), bound);
    }

    private static void deleteRows(Handle handle, String machineId) {
        handle.createUpdate("DELETE FROM machine_environments WHERE machine_id = :m")
                .bind("m", machineId)
                .execute();
        handle.createUpdate("DELETE FROM machine_roles WHERE machine_id = :m")
                .bind("m", machineId)
                .execute();
    }

    private static void writeRows(Handle handle, Machine machine) {
        var environments =
                handle.prepareBatch(
                        "INSERT INTO machine_environments (machine_id, environment_id) VALUES (:m, :e)");
        for (String env : machine.environmentIds()) {
            environments.bind("m", machine.id()).bind("e", env).add();
        }
        if (!machine.environmentIds().isEmpty()) {
            environments.execute();
        }
        var roles =
                handle.prepareBatch(
                        "INSERT INTO machine_roles (machine_id, role_name, role_lower) VALUES (:m, :n, :k)");
        for (String role : machine.roles()) {
            roles.bind("m", machine.id()).bind("n", role).bind("k", Machine.roleKey(role)).add();
        }
        if (!machine.roles().isEmpty()) {
            roles.execute();
        }
    }

    private static Map<String, Object> columns(Machine m) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", m.id());
        columns.put("space_id", m.spaceId());
        columns.put("name", m.name());
        columns.put("name_lower", Names.key(m.name()));
        columns.put("slug", m.slug());
        columns.put("is_disabled", m.isDisabled());
        columns.put("document", Documents.write(m));
        return columns;
    }

    private static ConflictException clash(Machine m) {
        return new ConflictException(
                "Another deployment target named '" + m.name() + "' was saved at the same time.");
    }
}
