package io.jenkins.plugins.freight.server.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UI's route table: a method and a path pattern under the UI's mount point (segments, with
 * {@code {name}} for a parameter) to a handler. The first route that matches wins.
 */
public final class UiRoutes {

    /** Who may use a route: only signed-in users, or anyone (the sign-in form). */
    enum Audience {
        SIGNED_IN,
        ANYONE
    }

    record Route(String method, List<String> pattern, UiHandler handler, Audience audience) {}

    record Match(Route route, Map<String, String> parameters) {}

    private final List<Route> routes = new ArrayList<>();

    public UiRoutes get(String pattern, UiHandler handler) {
        return add("GET", pattern, handler, Audience.SIGNED_IN);
    }

    public UiRoutes post(String pattern, UiHandler handler) {
        return add("POST", pattern, handler, Audience.SIGNED_IN);
    }

    /** A route open to visitors who have not signed in (the sign-in form). */
    public UiRoutes getForAnyone(String pattern, UiHandler handler) {
        return add("GET", pattern, handler, Audience.ANYONE);
    }

    public UiRoutes postForAnyone(String pattern, UiHandler handler) {
        return add("POST", pattern, handler, Audience.ANYONE);
    }

    private UiRoutes add(String method, String pattern, UiHandler handler, Audience audience) {
        List<String> segments = pattern.isEmpty() ? List.of() : List.of(pattern.split("/"));
        routes.add(new Route(method, segments, handler, audience));
        return this;
    }

    /** The route for the request, or empty (a 404, whatever the method). */
    Optional<Match> match(String method, List<String> segments) {
        String wanted = "HEAD".equals(method) ? "GET" : method;
        for (Route route : routes) {
            if (!route.method().equals(wanted) || route.pattern().size() != segments.size()) {
                continue;
            }
            Map<String, String> parameters = new HashMap<>();
            boolean matches = true;
            for (int i = 0; i < segments.size() && matches; i++) {
                String part = route.pattern().get(i);
                if (part.startsWith("{") && part.endsWith("}")) {
                    parameters.put(part.substring(1, part.length() - 1), segments.get(i));
                } else {
                    matches = part.equals(segments.get(i));
                }
            }
            if (matches) {
                return Optional.of(new Match(route, parameters));
            }
        }
        return Optional.empty();
    }
}
