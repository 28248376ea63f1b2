package io.jenkins.plugins.freight.server.ui.audit;

import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit page's filters as the form sends them (times as {@code 2026-01-31T12:00}, read as UTC;
 * ids; a category name; the page number), turned into the engine's {@link EventQuery} and back into
 * a query string for paging and the CSV link.
 *
 * @param from inclusive, or empty
 * @param to exclusive, or empty
 * @param page 1-based
 */
public record AuditFilters(
        String from,
        String to,
        String user,
        String project,
        String environment,
        String category,
        int page) {

    public static final int PAGE_SIZE = 30;

    static AuditFilters of(UiRequest r) {
        int page = 1;
        String number = r.param("page");
        if (number != null) {
            try {
                page = Math.max(1, Integer.parseInt(number));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("The page must be a whole number.");
            }
        }
        return new AuditFilters(
                text(r.param("from")),
                text(r.param("to")),
                text(r.param("user")),
                text(r.param("project")),
                text(r.param("environment")),
                text(r.param("category")),
                page);
    }

    /** The engine's query for the space (and system events such as sign-ins). */
    EventQuery query(String spaceId) {
        List<String> errors = new ArrayList<>();
        Instant fromTime = time(from, "From", errors);
        Instant toTime = time(to, "To", errors);
        Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
        if (!category.isEmpty()) {
            EventCategory.named(category)
                    .ifPresentOrElse(
                            categories::add,
                            () -> errors.add("'" + category + "' is not an event category."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The filters are not valid.", errors);
        }
        return EventQuery.inSpace(spaceId, true)
                .withUsers(user.isEmpty() ? List.of() : List.of(user))
                .withProjects(project.isEmpty() ? List.of() : List.of(project))
                .withEnvironments(environment.isEmpty() ? List.of() : List.of(environment))
                .withCategories(categories)
                .between(fromTime, toTime)
                .page((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The filters as a query string (without the page), for the CSV link. */
    public String queryString() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("user", user);
        values.put("project", project);
        values.put("environment", environment);
        values.put("category", category);
        return values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + UiLinks.query(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The query string of another page with the same filters. */
    public String pageQuery(int number) {
        String filters = queryString();
        return (filters.isEmpty() ? "" : filters + "&") + "page=" + number;
    }

    private static Instant time(String value, String label, List<String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(label + " must be a date and time such as 2026-01-31T12:00 (UTC).");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
