package io.jenkins.plugins.freight.engine.task;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The task list query: filters, newest first, paging, total and per-state counts. */
final class TaskListing {

    private TaskListing() {}

    static TaskPage list(Handle handle, TaskQuery query) {
        Filter all = filter(query, true);
        Filter withoutState = filter(query, false);
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        for (TaskState state : TaskState.values()) {
            counts.put(state, 0);
        }
        int[] countedRows = {0};
        withoutState
                .bind(
                        handle.createQuery(
                                "SELECT state, count(*) FROM server_tasks"
                                        + withoutState.where()
                                        + " GROUP BY state"))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .forEach(
                        e -> {
                            counts.put(TaskState.fromWireName(e.getKey()), e.getValue());
                            countedRows[0] += e.getValue();
                        });
        // without a state filter the per-state counts add up to the total: one query fewer
        int total =
                all.where().equals(withoutState.where())
                        ? countedRows[0]
                        : all.bind(
                                        handle.createQuery(
                                                "SELECT count(*) FROM server_tasks" + all.where()))
                                .mapTo(Integer.class)
                                .one();
        List<ServerTask> items =
                query.take() == 0
                        ? List.of()
                        : all.bind(
                                        handle.createQuery(
                                                "SELECT "
                                                        + TaskRows.COLUMNS
                                                        + " FROM server_tasks"
                                                        + all.where()
                                                        + " ORDER BY task_number DESC"
                                                        + " LIMIT :take OFFSET :skip"))
                                .bind("take", query.take())
                                .bind("skip", query.skip())
                                .map(TaskRows.MAPPER)
                                .list();
        return new TaskPage(items, total, counts);
    }

    private static Filter filter(TaskQuery query, boolean includeStates) {
        Filter f = new Filter();
        f.equal("space_id", query.spaceId());
        f.equal("project_id", query.projectId());
        f.equal("environment_id", query.environmentId());
        f.equal("tenant_id", query.tenantId());
        f.equal("name", query.name());
        f.equal("server_node", query.node());
        if (!query.ids().isEmpty()) {
            f.in("id", query.ids());
        }
        if (query.hasPendingInterruptions() != null) {
            f.equal("has_pending_interruptions", query.hasPendingInterruptions());
        }
        if (query.hasWarningsOrErrors() != null) {
            f.equal("has_warnings_or_errors", query.hasWarningsOrErrors());
        }
        if (query.partialName() != null && !query.partialName().isBlank()) {
            f.condition(
                    "LOWER(description) LIKE :partialName",
                    "partialName",
                    "%" + query.partialName().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (includeStates) {
            if (!query.states().isEmpty()) {
                f.in("state", query.states().stream().map(TaskState::wireName).toList());
            }
            if (Boolean.TRUE.equals(query.active())) {
                f.in("state", List.of("Queued", "Executing", "Cancelling"));
            }
            if (Boolean.TRUE.equals(query.running())) {
                f.in("state", List.of("Executing", "Cancelling"));
            }
        }
        return f;
    }

    /** A WHERE clause built from named parameters only (no value ever enters the SQL text). */
    private static final class Filter {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, List<?>> lists = new LinkedHashMap<>();

        void equal(String column, Object value) {
            if (value != null) {
                String name = "p" + values.size() + "_" + lists.size();
                conditions.add(column + " = :" + name);
                values.put(name, value);
            }
        }

        void condition(String sql, String name, Object value) {
            conditions.add(sql);
            values.put(name, value);
        }

        void in(String column, List<?> list) {
            String name = "l" + lists.size();
            conditions.add(column + " IN (<" + name + ">)");
            lists.put(name, list);
        }

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Query bind(Query q) {
            values.forEach(q::bind);
            lists.forEach(q::bindList);
            return q;
        }
    }
}
