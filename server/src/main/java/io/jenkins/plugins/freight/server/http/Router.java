package io.jenkins.plugins.freight.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a method and the path segments after {@code /api} to a handler. Routes are patterns of
 * literal segments (matched ignoring case, as the Octopus server does) and {@code {name}}
 * placeholders; when several routes fit, the one with the most literal segments wins ({@code
 * projects/all} before {@code projects/{id}}). Space-scoped routes are written without their space
 * prefix; {@link ApiDispatcher} strips {@code /{spaceId}}, {@code /spaces/{space}} or nothing (the
 * default space) first.
 */
public final class Router {

    /** Whether a route lives at system level ({@code /api/users}) or inside a space. */
    public enum Scope {
        SYSTEM,
        SPACE
    }

    private record Route(Scope scope, String method, String[] pattern, Handler handler) {}

    /** A matched route with the values of its placeholders. */
    public record Match(Handler handler, Map<String, String> pathParameters) {}

    private final List<Route> routes = new ArrayList<>();

    public Router get(Scope scope, String pattern, Handler handler) {
        return add(scope, "GET", pattern, handler);
    }

    public Router post(Scope scope, String pattern, Handler handler) {
        return add(scope, "POST", pattern, handler);
    }

    public Router put(Scope scope, String pattern, Handler handler) {
        return add(scope, "PUT", pattern, handler);
    }

    public Router delete(Scope scope, String pattern, Handler handler) {
        return add(scope, "DELETE", pattern, handler);
    }

    public Router add(Scope scope, String method, String pattern, Handler handler) {
        String[] segments = pattern.isEmpty() ? new String[0] : pattern.split("/");
        routes.add(new Route(scope, method, segments, handler));
        return this;
    }

    /**
     * The route for the request, empty when no route has this path; a 405 {@link ApiProblem} when
     * routes have the path but not the method.
     */
    public Optional<Match> match(Scope scope, String method, List<String> segments) {
        boolean pathMatched = false;
        Match best = null;
        int bestLiterals = -1;
        for (Route route : routes) {
            if (route.scope() != scope) {
                continue;
            }
            Map<String, String> parameters = bind(route.pattern(), segments);
            if (parameters == null) {
                continue;
            }
            pathMatched = true;
            int literals = route.pattern().length - parameters.size();
            if (route.method().equals(method) && literals > bestLiterals) {
                best = new Match(route.handler(), parameters);
                bestLiterals = literals;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        if (pathMatched) {
            throw new ApiProblem(405, "The method " + method + " is not allowed on this resource.");
        }
        return Optional.empty();
    }

    /** Whether any route of the scope has this path, whatever its method. */
    public boolean hasPath(Scope scope, List<String> segments) {
        return routes.stream()
                .anyMatch(r -> r.scope() == scope && bind(r.pattern(), segments) != null);
    }

    private static Map<String, String> bind(String[] pattern, List<String> segments) {
        if (pattern.length != segments.size()) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            String s = segments.get(i);
            if (p.startsWith("{") && p.endsWith("}")) {
                if (s.isEmpty()) {
                    return null;
                }
                parameters.put(p.substring(1, p.length() - 1), s);
            } else if (!p.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return parameters;
    }
}
