package io.jenkins.plugins.freight.server.ui.audit;

import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.TimeText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One page of the audit log with the filters that chose it.
 *
 * @param users, projects, environments the filter choices, id to name
 * @param total how many events match (capped by the engine for very large logs)
 */
public record AuditPage(
        PageFrame frame,
        AuditFilters filters,
        List<AuditEvent> events,
        long total,
        Map<String, String> users,
        Map<String, String> projects,
        Map<String, String> environments) {

    public AuditPage {
        events = List.copyOf(events);
    }

    public List<EventCategory> categories() {
        return Arrays.asList(EventCategory.values());
    }

    public String time(AuditEvent event) {
        return TimeText.of(event.occurred());
    }

    public String name(Map<String, String> names, String id) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    public int pages() {
        return (int) Math.max(1, (total + AuditFilters.PAGE_SIZE - 1) / AuditFilters.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return filters.page() > 1;
    }

    public boolean hasNext() {
        return filters.page() < pages();
    }
}
