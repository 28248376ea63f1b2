package io.jenkins.plugins.freight.cli.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed tutorial's Random Quotes setup, made over the REST API: Dev, Test and Prod, a lifecycle
 * with an optional Dev phase, a project whose variables give the app a port per environment, and a
 * process that deploys and starts the app, checks its health, asks for sign-off outside Dev and
 * then has an e-mail step.
 */
final class DemoSpace {

    static final String SPACE = "/api/Spaces-1";
    static final String PROJECT = "Random Quotes";
    static final String PACKAGE_ID = "random-quotes";

    /** The variable that decides whether the e-mail step runs; the demo has no SMTP server. */
    static final String SEND_EMAIL = "Demo.SendEmail";

    private DemoSpace() {}

    /** Answers the project's id. */
    static String create(DemoRest rest, int devPort, int testPort, DemoApps apps) {
        List<String> names = List.of("Dev", "Test", "Prod");
        List<String> envs = new ArrayList<>();
        for (String name : names) {
            envs.add(rest.create(SPACE + "/environments", Map.of("Name", name)));
        }
        List<Map<String, Object>> phases = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("Name", names.get(i));
            phase.put("OptionalDeploymentTargets", List.of(envs.get(i)));
            phase.put("MinimumEnvironmentsBeforePromotion", 0);
            phase.put("IsOptionalPhase", i == 0);
            phases.add(phase);
        }
        String lifecycle =
                rest.create(
                        SPACE + "/lifecycles",
                        Map.of(
                                "Name",
                                "Dev, Test, and Prod",
                                "ReleaseRetentionPolicy",
                                Map.of(
                                        "ShouldKeepForever",
                                        false,
                                        "QuantityToKeep",
                                        30,
                                        "Unit",
                                        "Days"),
                                "Phases",
                                phases));
        String group = rest.get(SPACE + "/projectgroups/all").get(0).get("Id").asText();
        String project =
                rest.create(
                        SPACE + "/projects",
                        Map.of("Name", PROJECT, "ProjectGroupId", group, "LifecycleId", lifecycle));
        variables(rest, project, envs, devPort, testPort, apps);
        process(rest, project, envs.get(0));
        return project;
    }

    private static void variables(
            DemoRest rest,
            String project,
            List<String> envs,
            int devPort,
            int testPort,
            DemoApps apps) {
        String path = SPACE + "/projects/" + project + "/variables";
        int version = rest.get(path).get("Version").asInt();
        List<Map<String, Object>> variables =
                List.of(
                        scoped("Quotes.Port", Integer.toString(devPort), envs.get(0)),
                        scoped("Quotes.Port", Integer.toString(testPort), envs.get(1)),
                        scoped("Quotes.Port", Integer.toString(apps.freePort()), envs.get(2)),
                        Map.of(
                                "Name",
                                "Demo.RunDirectory",
                                "Value",
                                apps.runDirectory().toString()),
                        Map.of("Name", "Demo.Java", "Value", DemoApps.javaExecutable()),
                        Map.of("Name", SEND_EMAIL, "Value", "False"));
        rest.put(path, Map.of("Version", version, "Variables", variables));
    }

    private static Map<String, Object> scoped(String name, String value, String environment) {
        return Map.of(
                "Name", name, "Value", value, "Scope", Map.of("Environment", List.of(environment)));
    }

    private static void process(DemoRest rest, String project, String dev) {
        Map<String, Object> deploy = new LinkedHashMap<>();
        deploy.put("Octopus.Action.RunOnServer", "true");
        deploy.put("Octopus.Action.Script.ScriptSource", "Package");
        deploy.put("Octopus.Action.Script.ScriptFileName", "deploy.sh");
        deploy.put(
                "Octopus.Action.Script.ScriptParameters",
                "#{Quotes.Port} #{Octopus.Environment.Name} \"#{Demo.RunDirectory}\""
                        + " \"#{Demo.Java}\"");
        deploy.put("Octopus.Action.Package.PackageId", PACKAGE_ID);
        deploy.put("Octopus.Action.Package.FeedId", "feeds-builtin");
        List<Map<String, Object>> packages =
                List.of(
                        Map.of(
                                "Name", "",
                                "PackageId", PACKAGE_ID,
                                "FeedId", "feeds-builtin",
                                "AcquisitionLocation", "Server"));
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(
                step(
                        "Deploy and start Random Quotes",
                        "Octopus.Script",
                        deploy,
                        packages,
                        List.of(),
                        Map.of()));
        steps.add(
                step(
                        "Health check",
                        "Freight.HttpHealthCheck",
                        Map.of(
                                "Freight.Action.HttpHealthCheck.Url",
                                "http://127.0.0.1:#{Quotes.Port}/",
                                "Freight.Action.HttpHealthCheck.IntervalSeconds",
                                "1",
                                "Freight.Action.HttpHealthCheck.TimeoutSeconds",
                                "60"),
                        List.of(),
                        List.of(),
                        Map.of()));
        steps.add(
                step(
                        "Deployment Sign Off",
                        "Octopus.Manual",
                        Map.of(
                                "Octopus.Action.Manual.Instructions",
                                "Open the application and confirm it meets all the requirements."),
                        List.of(),
                        List.of(dev),
                        Map.of()));
        steps.add(
                step(
                        "Notify the team",
                        "Octopus.Email",
                        Map.of(
                                "Octopus.Action.Email.To", "team@example.com",
                                "Octopus.Action.Email.Subject",
                                        "Random Quotes deployed to #{Octopus.Environment.Name}",
                                "Octopus.Action.Email.Body",
                                        "Release #{Octopus.Release.Number} is in"
                                                + " #{Octopus.Environment.Name}."),
                        List.of(),
                        List.of(),
                        Map.of(
                                "Condition",
                                "Variable",
                                "Properties",
                                Map.of(
                                        "Octopus.Step.ConditionVariableExpression",
                                        "#{" + SEND_EMAIL + "}"))));
        String path = SPACE + "/projects/" + project + "/deploymentprocesses";
        int version = rest.get(path).get("Version").asInt();
        rest.put(path, Map.of("ProjectId", project, "Version", version, "Steps", steps));
    }

    private static Map<String, Object> step(
            String name,
            String actionType,
            Map<String, Object> properties,
            List<Map<String, Object>> packages,
            List<String> excludedEnvironments,
            Map<String, Object> stepFields) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("Name", name);
        action.put("ActionType", actionType);
        action.put("Properties", properties);
        action.put("Packages", packages);
        action.put("ExcludedEnvironments", excludedEnvironments);
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("Name", name);
        step.putAll(stepFields);
        step.put("Actions", List.of(action));
        return step;
    }
}
