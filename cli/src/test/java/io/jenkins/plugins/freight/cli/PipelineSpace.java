package io.jenkins.plugins.freight.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration the end-to-end tests share, made over the REST API: environments Dev, Test and
 * Prod, a lifecycle with one phase each, and projects whose only step is a bash script run on the
 * server.
 */
final class PipelineSpace {

    static final String SPACE = "/api/Spaces-1";

    /** Runs {@code deploy.sh} from the package {@code hello}: the package-based pipeline. */
    static final String HELLO = "Hello CLI";

    /** Prints a line, then fails with exit code 7. */
    static final String BROKEN = "Broken CLI";

    /** Sleeps {@code #{SleepSeconds}} seconds (a prompted-free project variable-less script). */
    static final String SLOW = "Slow CLI";

    /**
     * Projects that each print five numbered lines naming the project, a little apart; being
     * different projects, their deployments to one environment run at the same time.
     */
    static final List<String> COUNTING = List.of("Counting A", "Counting B", "Counting C");

    private PipelineSpace() {}

    static void create(LoopbackServer server) {
        List<String> envs = new ArrayList<>();
        for (String name : List.of("Dev", "Test", "Prod")) {
            envs.add(server.create(SPACE + "/environments", Map.of("Name", name)));
        }
        List<Map<String, Object>> phases = new ArrayList<>();
        List<String> names = List.of("Dev", "Test", "Prod");
        for (int i = 0; i < names.size(); i++) {
            phases.add(
                    Map.of(
                            "Name",
                            names.get(i),
                            "OptionalDeploymentTargets",
                            List.of(envs.get(i)),
                            "MinimumEnvironmentsBeforePromotion",
                            0));
        }
        String lifecycle =
                server.create(
                        SPACE + "/lifecycles",
                        Map.of(
                                "Name",
                                "Dev to Prod",
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
        String group = server.get(SPACE + "/projectgroups/all").get(0).get("Id").asText();
        Map<String, Object> fromPackage = new LinkedHashMap<>();
        fromPackage.put("Octopus.Action.RunOnServer", "true");
        fromPackage.put("Octopus.Action.Script.ScriptSource", "Package");
        fromPackage.put("Octopus.Action.Script.ScriptFileName", "deploy.sh");
        fromPackage.put("Octopus.Action.Package.PackageId", "hello");
        fromPackage.put("Octopus.Action.Package.FeedId", "feeds-builtin");
        project(
                server,
                HELLO,
                group,
                lifecycle,
                "Run deploy.sh",
                fromPackage,
                List.of(
                        Map.of(
                                "Name", "",
                                "PackageId", "hello",
                                "FeedId", "feeds-builtin",
                                "AcquisitionLocation", "Server")));
        project(
                server,
                BROKEN,
                group,
                lifecycle,
                "Migrate database",
                inline("echo \"starting the migration\"\necho \"table missing\" >&2\nexit 7\n"),
                List.of());
        project(
                server,
                SLOW,
                group,
                lifecycle,
                "Take your time",
                inline("echo \"sleeping\"\nsleep 4\necho \"woke up\"\n"),
                List.of());
        for (String counting : COUNTING) {
            project(
                    server,
                    counting,
                    group,
                    lifecycle,
                    "Count",
                    inline(
                            "for i in 1 2 3 4 5; do\n"
                                    + "  echo \"#{Octopus.Project.Name} line $i\"\n"
                                    + "  sleep 0.3\n"
                                    + "done\n"),
                    List.of());
        }
    }

    /**
     * Adds, after {@link #create}, a project whose one step runs {@code bash} on the server, in the
     * shared lifecycle and the default project group.
     */
    static void scriptProject(LoopbackServer server, String name, String step, String bash) {
        String lifecycle = null;
        for (var node : server.get(SPACE + "/lifecycles/all")) {
            if (node.get("Name").asText().equals("Dev to Prod")) {
                lifecycle = node.get("Id").asText();
            }
        }
        String group = server.get(SPACE + "/projectgroups/all").get(0).get("Id").asText();
        project(server, name, group, lifecycle, step, inline(bash), List.of());
    }

    /**
     * Adds, after {@link #create}, a project whose first step asks for sign-off (a manual
     * intervention with these instructions) and whose second step prints {@code signed off}.
     */
    static void signOffProject(LoopbackServer server, String name, String instructions) {
        String lifecycle = null;
        for (var node : server.get(SPACE + "/lifecycles/all")) {
            if (node.get("Name").asText().equals("Dev to Prod")) {
                lifecycle = node.get("Id").asText();
            }
        }
        String group = server.get(SPACE + "/projectgroups/all").get(0).get("Id").asText();
        Map<String, Object> signOff =
                Map.of(
                        "Name",
                        "Sign off",
                        "ActionType",
                        "Octopus.Manual",
                        "Properties",
                        Map.of("Octopus.Action.Manual.Instructions", instructions),
                        "Packages",
                        List.of());
        Map<String, Object> after =
                Map.of(
                        "Name",
                        "After sign-off",
                        "ActionType",
                        "Octopus.Script",
                        "Properties",
                        inline("echo \"signed off\"\n"),
                        "Packages",
                        List.of());
        process(
                server,
                name,
                group,
                lifecycle,
                List.of(
                        Map.of("Name", "Sign off", "Actions", List.of(signOff)),
                        Map.of("Name", "After sign-off", "Actions", List.of(after))));
    }

    private static Map<String, Object> inline(String body) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Octopus.Action.RunOnServer", "true");
        properties.put("Octopus.Action.Script.ScriptSource", "Inline");
        properties.put("Octopus.Action.Script.Syntax", "Bash");
        properties.put("Octopus.Action.Script.ScriptBody", body);
        return properties;
    }

    private static void project(
            LoopbackServer server,
            String name,
            String group,
            String lifecycle,
            String step,
            Map<String, Object> properties,
            List<Map<String, Object>> packages) {
        Map<String, Object> action =
                Map.of(
                        "Name", step,
                        "ActionType", "Octopus.Script",
                        "Properties", properties,
                        "Packages", packages);
        process(
                server,
                name,
                group,
                lifecycle,
                List.of(Map.of("Name", step, "Actions", List.of(action))));
    }

    private static void process(
            LoopbackServer server,
            String name,
            String group,
            String lifecycle,
            List<Map<String, Object>> steps) {
        String id =
                server.create(
                        SPACE + "/projects",
                        Map.of("Name", name, "ProjectGroupId", group, "LifecycleId", lifecycle));
        String path = SPACE + "/projects/" + id + "/deploymentprocesses";
        int version = server.get(path).get("Version").asInt();
        server.put(path, Map.of("ProjectId", id, "Version", version, "Steps", steps));
    }
}
