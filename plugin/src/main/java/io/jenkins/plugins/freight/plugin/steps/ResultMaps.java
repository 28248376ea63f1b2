package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.AwaitResult;
import io.jenkins.plugins.freight.client.actions.BuildInformationResult;
import io.jenkins.plugins.freight.client.actions.CreateReleaseResult;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.actions.PackResult;
import io.jenkins.plugins.freight.client.actions.PushResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the pipeline actions' results into what steps hand back: maps for Pipeline (plain strings,
 * numbers, booleans, lists and maps, so sandboxed scripts can read them) and {@code FREIGHT_*}
 * environment variables for freestyle builds.
 */
public final class ResultMaps {

    private ResultMaps() {}

    public static StepOutcome pack(PackResult r) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("file", r.file());
        value.put("packageId", r.packageId());
        value.put("version", r.version());
        value.put("format", r.format().extension());
        value.put("fileCount", r.fileCount());
        value.put("sizeBytes", r.sizeBytes());
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FREIGHT_PACKAGE_FILE", r.file());
        env.put("FREIGHT_PACKAGE_ID", r.packageId());
        env.put("FREIGHT_PACKAGE_VERSION", r.version());
        return new StepOutcome(value, env, List.of(), List.of());
    }

    public static StepOutcome push(PushResult r) {
        List<Object> packages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PushResult.PushedPackage p : r.packages()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("packageId", p.packageId());
            one.put("version", p.version());
            one.put("file", p.file());
            one.put("sizeBytes", p.sizeBytes());
            one.put("created", p.created());
            packages.add(one);
            names.add(p.packageId() + "." + p.version());
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("packages", packages);
        return new StepOutcome(
                value,
                Map.of("FREIGHT_PUSHED_PACKAGES", String.join(",", names)),
                List.of(),
                List.of());
    }

    public static StepOutcome buildInformation(BuildInformationResult r) {
        List<Object> stored = new ArrayList<>();
        for (BuildInformationResult.Stored s : r.stored()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", s.id());
            one.put("packageId", s.packageId());
            one.put("version", s.version());
            stored.add(one);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("buildInformation", stored);
        return new StepOutcome(value, Map.of(), List.of(), List.of());
    }

    public static StepOutcome release(CreateReleaseResult r) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("releaseId", r.releaseId());
        value.put("releaseVersion", r.releaseVersion());
        value.put("projectId", r.projectId());
        value.put("projectName", r.projectName());
        value.put("channelId", r.channelId());
        value.put("releaseUrl", r.webUrl());
        Map<String, String> env = new LinkedHashMap<>();
        putIfSet(env, "FREIGHT_RELEASE_ID", r.releaseId());
        putIfSet(env, "FREIGHT_RELEASE_VERSION", r.releaseVersion());
        putIfSet(env, "FREIGHT_PROJECT", r.projectName());
        putIfSet(env, "FREIGHT_RELEASE_URL", r.webUrl());
        List<StepOutcome.RunLink> links = new ArrayList<>();
        links.add(
                new StepOutcome.RunLink(
                        "release", r.projectName() + " " + r.releaseVersion(), r.webUrl(), null));
        List<String> tasks = new ArrayList<>();
        List<String> awaited = new ArrayList<>();
        if (r.deployment() != null) {
            StepOutcome deployed = deployment(r.deployment());
            value.put("deployments", deployed.value().get("deployments"));
            env.putAll(deployed.environment());
            links.addAll(deployed.links().subList(1, deployed.links().size()));
            tasks.addAll(deployed.startedTaskIds());
            awaited.addAll(deployed.awaitedTaskIds());
        } else {
            value.put("deployments", new ArrayList<>());
        }
        return new StepOutcome(value, env, links, tasks, awaited);
    }

    public static StepOutcome deployment(DeployResult r) {
        List<Object> deployments = new ArrayList<>();
        List<StepOutcome.RunLink> links = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<String> awaited = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        links.add(
                new StepOutcome.RunLink(
                        "release",
                        r.projectName() + " " + r.releaseVersion(),
                        r.releaseWebUrl(),
                        null));
        for (DeployResult.DeploymentOutcome d : r.deployments()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("deploymentId", d.deploymentId());
            one.put("taskId", d.taskId());
            one.put("environmentId", d.environmentId());
            one.put("environment", d.environmentName());
            one.put("tenantId", d.tenantId());
            one.put("tenant", d.tenantName());
            one.put("state", d.state() == null ? null : d.state().wireName());
            one.put("successful", d.state() != null && d.state().isSuccessful());
            one.put("errorMessage", d.errorMessage());
            one.put("deploymentUrl", d.webUrl());
            deployments.add(one);
            tasks.add(d.taskId());
            if (d.state() != null && d.state().isTerminal()) {
                awaited.add(d.taskId());
            }
            links.add(
                    new StepOutcome.RunLink(
                            "deployment",
                            d.label(),
                            d.webUrl(),
                            d.state() == null ? null : d.state().wireName()));
            String key = envKey(d.label());
            putIfSet(env, "FREIGHT_DEPLOYMENT_ID_" + key, d.deploymentId());
            putIfSet(env, "FREIGHT_TASK_ID_" + key, d.taskId());
            if (d.state() != null) {
                env.put("FREIGHT_DEPLOYMENT_STATE_" + key, d.state().wireName());
            }
        }
        env.put(
                "FREIGHT_DEPLOYMENT_IDS",
                String.join(",", r.deployments().stream().map(d -> d.deploymentId()).toList()));
        env.put("FREIGHT_TASK_IDS", String.join(",", tasks));
        putIfSet(env, "FREIGHT_RELEASE_ID", r.releaseId());
        putIfSet(env, "FREIGHT_RELEASE_VERSION", r.releaseVersion());
        putIfSet(env, "FREIGHT_PROJECT", r.projectName());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("releaseId", r.releaseId());
        value.put("releaseVersion", r.releaseVersion());
        value.put("projectName", r.projectName());
        value.put("releaseUrl", r.releaseWebUrl());
        value.put("deployments", deployments);
        return new StepOutcome(value, env, links, tasks, awaited);
    }

    public static StepOutcome await(AwaitResult r) {
        List<Object> tasks = new ArrayList<>();
        List<String> awaited = new ArrayList<>();
        List<StepOutcome.RunLink> links = new ArrayList<>();
        for (AwaitResult.TaskOutcome t : r.tasks()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("taskId", t.taskId());
            one.put("description", t.description());
            one.put("state", t.state().wireName());
            one.put("successful", t.state().isSuccessful());
            one.put("errorMessage", t.errorMessage());
            one.put("duration", t.duration());
            one.put("taskUrl", t.webUrl());
            tasks.add(one);
            if (t.state().isTerminal()) {
                awaited.add(t.taskId());
            }
            links.add(
                    new StepOutcome.RunLink(
                            "task",
                            t.description() == null ? t.taskId() : t.description(),
                            t.webUrl(),
                            t.state().wireName()));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("tasks", tasks);
        value.put("timedOut", r.timedOut());
        value.put("successful", r.isSuccessful());
        return new StepOutcome(
                value,
                Map.of("FREIGHT_AWAIT_SUCCESSFUL", String.valueOf(r.isSuccessful())),
                links,
                List.of(),
                awaited);
    }

    /** {@code Test / Acme Corp} becomes {@code TEST_ACME_CORP}. */
    static String envKey(String label) {
        String key =
                (label == null ? "" : label)
                        .toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]+", "_")
                        .replaceAll("^_+|_+$", "");
        return key.isEmpty() ? "UNNAMED" : key;
    }

    private static void putIfSet(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        }
    }
}
