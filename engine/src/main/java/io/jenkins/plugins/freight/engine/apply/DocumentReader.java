package io.jenkins.plugins.freight.engine.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ActionSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ChannelSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.EnvironmentSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.LifecycleSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.PackageSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.PhaseSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ProjectGroupSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ProjectSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.RetentionSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.RoleSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.StepSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.TargetSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.TeamSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.UserSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.VariableSpec;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an apply document (a JSON tree, from JSON or YAML) into a {@link SpaceDocument}. Every
 * problem is reported with its path; a document with any problem is refused as a whole.
 */
public final class DocumentReader {

    private static final String ACTION_KEYS_HINT = "type";

    private DocumentReader() {}

    /**
     * @throws InvalidInputException listing every problem, each starting with its path
     */
    public static SpaceDocument read(JsonNode tree) {
        List<String> errors = new ArrayList<>();
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(
                    "The document is not valid: it must be an object with keys such as"
                            + " environments, lifecycles and projects.",
                    List.of("(document): expected an object"));
        }
        DocumentNode root = new DocumentNode(tree, "", errors);
        root.allow(
                "environments",
                "lifecycles",
                "projectGroups",
                "users",
                "teams",
                "projects",
                "targets");
        SpaceDocument document =
                new SpaceDocument(
                        root.listOrEmpty("environments", DocumentReader::environment),
                        root.listOrEmpty("lifecycles", DocumentReader::lifecycle),
                        root.listOrEmpty("projectGroups", DocumentReader::projectGroup),
                        root.listOrEmpty("users", DocumentReader::user),
                        root.listOrEmpty("teams", DocumentReader::team),
                        root.listOrEmpty("projects", DocumentReader::project),
                        root.listOrEmpty("targets", DocumentReader::target));
        ApplyErrors.throwIfAny(errors);
        return document;
    }

    private static EnvironmentSpec environment(DocumentNode n) {
        n.allow("name", "description", "useGuidedFailure");
        return new EnvironmentSpec(
                n.path(),
                n.requiredText("name"),
                n.text("description"),
                n.bool("useGuidedFailure"));
    }

    private static LifecycleSpec lifecycle(DocumentNode n) {
        n.allow("name", "description", "releaseRetention", "phases");
        DocumentNode retention = n.object("releaseRetention");
        return new LifecycleSpec(
                n.path(),
                n.requiredText("name"),
                n.text("description"),
                retention == null ? null : retention(retention),
                n.list("phases", DocumentReader::phase));
    }

    private static RetentionSpec retention(DocumentNode n) {
        n.allow("keepForever", "quantity", "unit");
        boolean forever = n.bool("keepForever", false);
        Integer quantity = n.integer("quantity");
        String unit = n.text("unit");
        if (forever) {
            if (quantity != null) {
                n.error("quantity", "not allowed together with keepForever: true");
            }
            return new RetentionSpec(n.path(), true, 0, "Days");
        }
        if (quantity == null || quantity < 1) {
            n.error("quantity", "required (a number of days or releases, at least 1)");
            return null;
        }
        String normalized = unit == null ? "Days" : unit.strip();
        if (!normalized.equalsIgnoreCase("Days") && !normalized.equalsIgnoreCase("Items")) {
            n.error("unit", "expected Days or Items");
            return null;
        }
        normalized = normalized.equalsIgnoreCase("Days") ? "Days" : "Items";
        return new RetentionSpec(n.path(), false, quantity, normalized);
    }

    private static PhaseSpec phase(DocumentNode n) {
        n.allow(
                "name",
                "environments",
                "automaticEnvironments",
                "optional",
                "minimumEnvironmentsBeforePromotion");
        Integer minimum = n.integer("minimumEnvironmentsBeforePromotion");
        return new PhaseSpec(
                n.path(),
                n.requiredText("name"),
                n.namesOrEmpty("environments"),
                n.namesOrEmpty("automaticEnvironments"),
                n.bool("optional", false),
                minimum == null ? 0 : minimum);
    }

    private static ProjectGroupSpec projectGroup(DocumentNode n) {
        n.allow("name", "description");
        return new ProjectGroupSpec(n.path(), n.requiredText("name"), n.text("description"));
    }

    private static ProjectSpec project(DocumentNode n) {
        n.allow(
                "name",
                "description",
                "group",
                "lifecycle",
                "disabled",
                "channels",
                "process",
                "variables");
        DocumentNode process = n.object("process");
        List<StepSpec> steps = null;
        if (process != null) {
            process.allow("steps");
            steps = process.listOrEmpty("steps", DocumentReader::step);
        }
        return new ProjectSpec(
                n.path(),
                n.requiredText("name"),
                n.text("description"),
                n.text("group"),
                n.text("lifecycle"),
                n.bool("disabled"),
                n.list("channels", DocumentReader::channel),
                steps,
                n.list("variables", DocumentReader::variable));
    }

    private static ChannelSpec channel(DocumentNode n) {
        n.allow("name", "description", "lifecycle", "default");
        return new ChannelSpec(
                n.path(),
                n.requiredText("name"),
                n.text("description"),
                n.text("lifecycle"),
                n.bool("default"));
    }

    /**
     * A step with an {@code actions} list, or a single-action step written flat: the action's keys
     * ({@code type}, {@code properties}, {@code package}, …) on the step, the action named as the
     * step.
     */
    private static StepSpec step(DocumentNode n) {
        List<String> stepKeys =
                List.of(
                        "name",
                        "condition",
                        "conditionExpression",
                        "startTrigger",
                        "targetRoles",
                        "stepProperties");
        String name = n.requiredText("name");
        List<ActionSpec> actions;
        Map<String, String> stepProperties;
        if (n.has("actions")) {
            List<String> allowed = new ArrayList<>(stepKeys);
            allowed.add("actions");
            n.allow(allowed.toArray(String[]::new));
            actions = n.listOrEmpty("actions", a -> action(a, null));
            if (actions.isEmpty()) {
                n.error("actions", "needs at least one action");
            }
        } else {
            List<String> allowed = new ArrayList<>(stepKeys);
            allowed.addAll(ACTION_KEYS);
            allowed.remove("name");
            allowed.add("name");
            n.allow(allowed.toArray(String[]::new));
            ActionSpec single = action(n, name);
            actions = single == null ? List.of() : List.of(single);
        }
        stepProperties = n.properties("stepProperties");
        String condition = n.text("condition");
        if (condition != null
                && !List.of("success", "failure", "always", "variable")
                        .contains(condition.strip().toLowerCase(java.util.Locale.ROOT))) {
            n.error("condition", "expected Success, Failure, Always or Variable");
        }
        String trigger = n.text("startTrigger");
        if (trigger != null
                && !trigger.strip().equalsIgnoreCase("StartAfterPrevious")
                && !trigger.strip().equalsIgnoreCase("StartWithPrevious")) {
            n.error("startTrigger", "expected StartAfterPrevious or StartWithPrevious");
        }
        return new StepSpec(
                n.path(),
                name,
                condition,
                n.text("conditionExpression"),
                trigger,
                n.namesOrEmpty("targetRoles"),
                stepProperties == null ? Map.of() : stepProperties,
                actions);
    }

    private static final List<String> ACTION_KEYS =
            List.of(
                    "name",
                    ACTION_KEYS_HINT,
                    "disabled",
                    "required",
                    "environments",
                    "excludedEnvironments",
                    "channels",
                    "responsibleTeams",
                    "package",
                    "packages",
                    "properties",
                    "notes");

    private static ActionSpec action(DocumentNode n, String stepName) {
        if (stepName == null) {
            n.allow(ACTION_KEYS.toArray(String[]::new));
        }
        String name = stepName != null ? stepName : n.requiredText("name");
        String type = n.requiredText("type");
        List<PackageSpec> packages = new ArrayList<>();
        if (n.isValue("package")) {
            // `package: random-quotes` — the primary package from the built-in feed.
            packages.add(
                    new PackageSpec(
                            n.path() + ".package", "", n.text("package").strip(), null, null));
        } else {
            DocumentNode primary = n.object("package");
            PackageSpec p = primary == null ? null : packageSpec(primary, true);
            if (p != null) {
                packages.add(p);
            }
        }
        packages.addAll(n.listOrEmpty("packages", p -> packageSpec(p, false)));
        Map<String, String> properties = n.properties("properties");
        return new ActionSpec(
                n.path(),
                name,
                type,
                n.bool("disabled", false),
                n.bool("required", false),
                n.namesOrEmpty("environments"),
                n.namesOrEmpty("excludedEnvironments"),
                n.namesOrEmpty("channels"),
                n.namesOrEmpty("responsibleTeams"),
                packages,
                properties == null ? Map.of() : properties,
                n.text("notes"));
    }

    private static PackageSpec packageSpec(DocumentNode n, boolean primary) {
        n.allow(
                primary
                        ? new String[] {"id", "feed", "acquisitionLocation"}
                        : new String[] {"name", "id", "feed", "acquisitionLocation"});
        String name = primary ? "" : n.requiredText("name");
        return new PackageSpec(
                n.path(),
                name,
                n.requiredText("id"),
                n.text("feed"),
                n.text("acquisitionLocation"));
    }

    private static VariableSpec variable(DocumentNode n) {
        n.allow(
                "name",
                "value",
                "description",
                "sensitive",
                "environments",
                "roles",
                "targets",
                "channels",
                "steps");
        if (!n.has("value")) {
            n.error("value", "required (use \"\" for an empty value)");
        }
        String value = n.text("value");
        return new VariableSpec(
                n.path(),
                n.requiredText("name"),
                value == null ? "" : value,
                n.text("description"),
                n.bool("sensitive", false),
                n.namesOrEmpty("environments"),
                n.namesOrEmpty("roles"),
                n.namesOrEmpty("targets"),
                n.namesOrEmpty("channels"),
                n.namesOrEmpty("steps"));
    }

    private static TargetSpec target(DocumentNode n) {
        n.allow("name", "environments", "roles", "disabled", "ssh");
        DocumentNode ssh = n.object("ssh");
        String host = null;
        int port = 22;
        String fingerprint = null;
        String account = null;
        if (ssh == null) {
            n.error("ssh", "required (host, port, fingerprint and account of the SSH target)");
        } else {
            ssh.allow("host", "port", "fingerprint", "account");
            host = ssh.requiredText("host");
            Integer p = ssh.integer("port");
            port = p == null ? 22 : p;
            fingerprint = ssh.requiredText("fingerprint");
            account = ssh.requiredText("account");
        }
        List<String> environments = n.namesOrEmpty("environments");
        if (environments.isEmpty()) {
            n.error("environments", "needs at least one environment");
        }
        return new TargetSpec(
                n.path(),
                n.requiredText("name"),
                environments,
                n.namesOrEmpty("roles"),
                n.bool("disabled"),
                host,
                port,
                fingerprint,
                account);
    }

    private static UserSpec user(DocumentNode n) {
        n.allow("username", "displayName", "email", "active", "service");
        return new UserSpec(
                n.path(),
                n.requiredText("username"),
                n.text("displayName"),
                n.text("email"),
                n.bool("active"),
                n.bool("service", false));
    }

    private static TeamSpec team(DocumentNode n) {
        n.allow("name", "description", "members", "roles");
        return new TeamSpec(
                n.path(),
                n.requiredText("name"),
                n.text("description"),
                n.names("members"),
                n.list("roles", DocumentReader::role));
    }

    private static RoleSpec role(DocumentNode n) {
        n.allow("role", "environments", "projects", "projectGroups");
        return new RoleSpec(
                n.path(),
                n.requiredText("role"),
                n.namesOrEmpty("environments"),
                n.namesOrEmpty("projects"),
                n.namesOrEmpty("projectGroups"));
    }
}
