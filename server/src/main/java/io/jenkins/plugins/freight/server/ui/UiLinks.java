package io.jenkins.plugins.freight.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every address the web UI writes, built from the request's context and servlet path so the pages
 * work at {@code /app} standalone and under any prefix (e.g. {@code /jenkins/freight/app}) inside
 * Jenkins. Templates get one of these and never assemble a path themselves.
 *
 * @param base the UI's mount point without a trailing slash, e.g. {@code /jenkins/freight/app}
 */
public record UiLinks(String base) {

    /** Links for a request whose servlet is mounted at {@code contextAndServletPath}. */
    public static UiLinks under(String contextAndServletPath) {
        return new UiLinks(contextAndServletPath + "/app");
    }

    /** The UI's root; it redirects to the default space's dashboard. */
    public String home() {
        return base + "/";
    }

    public String login() {
        return base + "/login";
    }

    public String logout() {
        return base + "/logout";
    }

    /** A file under {@code static/}, e.g. {@code freight.css}. */
    public String asset(String name) {
        return base + "/static/" + name;
    }

    public String dashboard(String spaceId) {
        return space(spaceId);
    }

    public String project(String spaceId, String projectId) {
        return space(spaceId, "projects", projectId);
    }

    public String deploy(String spaceId, String projectId) {
        return space(spaceId, "projects", projectId, "deploy");
    }

    public String release(String spaceId, String releaseId) {
        return space(spaceId, "releases", releaseId);
    }

    public String tasks(String spaceId) {
        return space(spaceId, "tasks");
    }

    public String task(String spaceId, String taskId) {
        return space(spaceId, "tasks", taskId);
    }

    /** The task's live fragment: state, progress and activity tree. */
    public String taskLive(String spaceId, String taskId) {
        return space(spaceId, "tasks", taskId, "live");
    }

    /** The task's interventions fragment. */
    public String taskInterventions(String spaceId, String taskId) {
        return space(spaceId, "tasks", taskId, "interventions");
    }

    public String cancelTask(String spaceId, String taskId) {
        return space(spaceId, "tasks", taskId, "cancel");
    }

    public String interventions(String spaceId) {
        return space(spaceId, "interventions");
    }

    public String takeIntervention(String spaceId, String interruptionId) {
        return space(spaceId, "interventions", interruptionId, "take");
    }

    public String submitIntervention(String spaceId, String interruptionId) {
        return space(spaceId, "interventions", interruptionId, "submit");
    }

    public String environments(String spaceId) {
        return space(spaceId, "environments");
    }

    public String lifecycles(String spaceId) {
        return space(spaceId, "lifecycles");
    }

    public String users(String spaceId) {
        return space(spaceId, "users");
    }

    public String user(String spaceId, String userId, String action) {
        return space(spaceId, "users", userId, action);
    }

    /** Test Permissions, for one user (null: choose one). */
    public String permissions(String spaceId, String userId) {
        return space(spaceId, "permissions") + (userId == null ? "" : "?user=" + query(userId));
    }

    public String permissionsCsv(String spaceId, String userId) {
        return space(spaceId, "permissions", "csv") + "?user=" + query(userId);
    }

    public String teams(String spaceId) {
        return space(spaceId, "teams");
    }

    public String team(String spaceId, String teamId, String... rest) {
        String[] segments = new String[rest.length + 2];
        segments[0] = "teams";
        segments[1] = teamId;
        System.arraycopy(rest, 0, segments, 2, rest.length);
        return space(spaceId, segments);
    }

    public String roles(String spaceId) {
        return space(spaceId, "roles");
    }

    public String role(String spaceId, String roleId) {
        return space(spaceId, "roles", roleId);
    }

    /** The audit log; {@code query} is the filters' query string (without {@code ?}), or empty. */
    public String audit(String spaceId) {
        return space(spaceId, "audit");
    }

    public String audit(String spaceId, String query) {
        return space(spaceId, "audit") + (query.isEmpty() ? "" : "?" + query);
    }

    public String auditCsv(String spaceId, String query) {
        return space(spaceId, "audit", "csv") + (query.isEmpty() ? "" : "?" + query);
    }

    public String plans(String spaceId) {
        return space(spaceId, "plans");
    }

    public String plan(String spaceId, String planId, String... rest) {
        String[] segments = new String[rest.length + 2];
        segments[0] = "plans";
        segments[1] = planId;
        System.arraycopy(rest, 0, segments, 2, rest.length);
        return space(spaceId, segments);
    }

    /** One value for a query string. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The space's root followed by encoded segments. */
    public String space(String spaceId, String... segments) {
        StringBuilder path = new StringBuilder(base).append('/').append(encode(spaceId));
        for (String segment : segments) {
            path.append('/').append(encode(segment));
        }
        return path.toString();
    }

    /** Whether {@code path} is an address inside this UI (safe to redirect to after sign-in). */
    public boolean isInside(String path) {
        return path != null
                && path.startsWith(base + "/")
                && !path.contains("//")
                && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
