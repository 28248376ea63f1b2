package io.jenkins.plugins.freight.engine.audit;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;
import io.jenkins.plugins.freight.engine.security.ScopeFilter;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit log ({@code EventView}): filters, paging that stays fast on a large log, and
 * CSV export. Events about projects, environments or tenants outside the caller's {@code EventView}
 * scope are left out.
 */
public final class AuditService {

    static final String VIEW = "EventView";

    /** Totals are counted up to this many; a larger result reports this number. */
    public static final long COUNT_CAP = 10_000;

    private final Database database;
    private final AccessPolicy access;
    private final AuditRepository repository;

    public AuditService(Database database, AccessPolicy access) {
        this.database = database;
        this.access = access;
        this.repository = new JdbcAuditRepository();
    }

    public AuditEvent get(Caller caller, String id) {
        AuditEvent event =
                database.withHandle(h -> repository.findById(h, id))
                        .orElseThrow(() -> NotFoundException.of("Event", id));
        access.requireFor(caller, VIEW, scopeOf(event));
        return event;
    }

    /** Matching events, newest first. */
    public Page<AuditEvent> list(Caller caller, EventQuery query) {
        EventQuery valid = validate(query);
        return page(valid, filters(caller, valid), true);
    }

    private Page<AuditEvent> page(
            EventQuery valid, Map<String, ScopeFilter> filters, boolean count) {
        if (filters.values().stream().allMatch(f -> f == ALL)) {
            return database.withHandle(
                    h -> {
                        List<AuditEvent> items = repository.query(h, valid);
                        long total =
                                count
                                        ? repository.count(h, valid, COUNT_CAP)
                                        : valid.skip() + items.size();
                        return new Page<>(items, total, valid.skip(), valid.take());
                    });
        }
        return database.withHandle(h -> filteredPage(h, valid, filters));
    }

    /**
     * Writes the matching events as CSV (header first), newest first, walking the log by keyset so
     * any number of events streams in bounded memory.
     */
    public void exportCsv(Caller caller, EventQuery query, Writer out) {
        EventQuery page = validate(query).page(0, EventQuery.MAX_TAKE);
        Map<String, ScopeFilter> filters = filters(caller, page);
        try {
            EventCsv.header(out);
            while (true) {
                List<AuditEvent> events = page(page, filters, false).items();
                for (AuditEvent e : events) {
                    EventCsv.row(out, e);
                }
                if (events.size() < page.take()) {
                    break;
                }
                page = page.upTo(events.get(events.size() - 1).autoId() - 1);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ScopeFilter ALL = ScopeFilter.ALL;

    /** The caller's EventView filter per space asked about (null key: system events). */
    private Map<String, ScopeFilter> filters(Caller caller, EventQuery query) {
        Map<String, ScopeFilter> filters = new HashMap<>();
        if (query.includeSystem() || query.spaceIds().isEmpty()) {
            access.require(caller, VIEW, (String) null);
            filters.put(null, ALL);
        }
        for (String spaceId : query.spaceIds()) {
            access.require(caller, VIEW, spaceId);
            ScopeFilter f = access.visible(caller, VIEW, spaceId);
            filters.put(spaceId, f == null ? ALL : f);
        }
        if (caller.isSystem()) {
            filters.replaceAll((k, v) -> ALL);
        }
        return filters;
    }

    private Page<AuditEvent> filteredPage(
            org.jdbi.v3.core.Handle h, EventQuery query, Map<String, ScopeFilter> filters) {
        List<AuditEvent> visible = new ArrayList<>();
        int skipped = 0;
        EventQuery batch = query.page(0, EventQuery.MAX_TAKE);
        for (int round = 0; round < 50 && visible.size() < query.take(); round++) {
            List<AuditEvent> rows = repository.query(h, batch);
            for (AuditEvent e : rows) {
                ScopeFilter f = filters.get(e.spaceId());
                if (f == null || !f.permits(scopeOf(e))) {
                    continue;
                }
                if (skipped < query.skip()) {
                    skipped++;
                } else if (visible.size() < query.take()) {
                    visible.add(e);
                }
            }
            if (rows.size() < batch.take()) {
                break;
            }
            batch = batch.upTo(rows.get(rows.size() - 1).autoId() - 1);
        }
        return new Page<>(visible, (long) skipped + visible.size(), query.skip(), query.take());
    }

    private static PermissionScope scopeOf(AuditEvent e) {
        return PermissionScope.space(e.spaceId())
                .withProject(e.projectId())
                .withEnvironment(e.environmentId())
                .withTenant(e.tenantId());
    }

    private static EventQuery validate(EventQuery query) {
        List<String> errors = new ArrayList<>();
        if (query.skip() < 0 || query.take() < 0) {
            errors.add("skip and take must not be negative.");
        }
        if (query.skip() > EventQuery.MAX_SKIP) {
            errors.add(
                    "skip may be at most "
                            + EventQuery.MAX_SKIP
                            + "; page deeper with toAutoId (the last event's number minus one).");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            errors.add("from must be before to.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The event query is not valid.", errors);
        }
        return query.page(query.skip(), Math.min(query.take(), EventQuery.MAX_TAKE));
    }
}
