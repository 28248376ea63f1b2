package io.jenkins.plugins.freight.server;

import static io.jenkins.plugins.freight.server.ConfigurationApiTest.create;
import static io.jenkins.plugins.freight.server.ConfigurationApiTest.newProject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code variables/preview}: the project's and its library sets' variables resolved for a context
 * with the scoping and precedence deployments use, system variables added, secrets withheld.
 */
class VariablePreviewApiTest {

    private static final String SECRET = "s3cr3t-preview-value";

    private static TestServer server;
    private static String project;
    private static String dev;
    private static String prod;
    private static String hotfix;
    private static String tenant;
    private static String machine;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        dev = create(server, "/api/Spaces-1/environments", Map.of("Name", "Preview Dev"));
        prod = create(server, "/api/Spaces-1/environments", Map.of("Name", "Preview Prod"));
        project = newProject(server, "Preview Project");
        hotfix =
                create(
                        server,
                        "/api/Spaces-1/channels",
                        Map.of("Name", "Hotfix", "ProjectId", project));
        tenant = create(server, "/api/Spaces-1/tenants", Map.of("Name", "Acme Preview"));
        String account =
                create(
                        server,
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType", "UsernamePassword",
                                "Name", "preview deployer",
                                "Username", "deploy",
                                "Password", Map.of("HasValue", true, "NewValue", "pw-1234")));
        machine =
                create(
                        server,
                        "/api/Spaces-1/machines",
                        Map.of(
                                "Name", "preview-web-01",
                                "EnvironmentIds", List.of(prod),
                                "Roles", List.of("web"),
                                "Endpoint",
                                        Map.of(
                                                "CommunicationStyle",
                                                "Ssh",
                                                "Host",
                                                "127.0.0.1",
                                                "Port",
                                                2222,
                                                "AccountId",
                                                account,
                                                "Fingerprint",
                                                "SHA256:" + "A".repeat(43))));
        String processPath = "/api/Spaces-1/projects/" + project + "/deploymentprocesses";
        int processVersion = server.get(processPath).json().get("Version").asInt();
        TestServer.Response process =
                server.put(
                        processPath,
                        Map.of(
                                "ProjectId", project,
                                "Version", processVersion,
                                "Steps",
                                        List.of(
                                                Map.of(
                                                        "Name", "Deploy",
                                                        "Properties",
                                                                Map.of(
                                                                        "Octopus.Action.TargetRoles",
                                                                        "web"),
                                                        "Actions",
                                                                List.of(
                                                                        Map.of(
                                                                                "Name", "Deploy",
                                                                                "ActionType",
                                                                                        "Octopus.Script",
                                                                                "Properties",
                                                                                        Map.of(
                                                                                                "Octopus.Action.Script.ScriptBody",
                                                                                                "echo hi")))))));
        assertThat(process.status()).as(process.body()).isEqualTo(200);
        String action = process.json().get("Steps").get(0).get("Actions").get(0).get("Id").asText();

        // a library set the project includes: the project's own values take precedence
        Caller admin =
                server.engine()
                        .identity()
                        .authenticate(TestServer.ADMIN_KEY, "127.0.0.1")
                        .orElseThrow();
        String library =
                server.engine()
                        .variables()
                        .createLibrarySet(admin, "Spaces-1", "Preview Common", "")
                        .id();
        save(
                "variableset-" + library,
                List.of(
                        variable("Greeting", "from library", Map.of()),
                        variable("Shared", "shared value", Map.of())));
        JsonNode projectJson = server.get("/api/Spaces-1/projects/" + project).json();
        Map<String, Object> changed = new LinkedHashMap<>();
        projectJson.fields().forEachRemaining(f -> changed.put(f.getKey(), f.getValue()));
        changed.put("IncludedLibraryVariableSetIds", List.of(library));
        TestServer.Response included = server.put("/api/Spaces-1/projects/" + project, changed);
        assertThat(included.status()).as(included.body()).isEqualTo(200);

        save(
                "variableset-" + project,
                List.of(
                        variable("Greeting", "hello", Map.of()),
                        variable("Greeting", "hello prod", Map.of("Environment", List.of(prod))),
                        variable(
                                "Greeting",
                                "hello prod web",
                                Map.of("Environment", List.of(prod), "Role", List.of("web"))),
                        variable(
                                "ConnectionString",
                                "Server=prod",
                                Map.of("Environment", List.of(prod))),
                        variable("HotfixOnly", "yes", Map.of("Channel", List.of(hotfix))),
                        variable("TenantValue", "for acme", Map.of("Tenant", List.of(tenant))),
                        variable("StepValue", "for the step", Map.of("Action", List.of(action))),
                        variable("Octopus.Environment.Name", "overridden by the system", Map.of()),
                        Map.of("Name", "Password", "Value", SECRET, "IsSensitive", true)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void previewResolvesLikeADeploymentAndWithholdsSecrets() {
        TestServer.Response r = preview("environment=" + prod);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(SECRET);
        JsonNode set = r.json();
        assertThat(set.get("Id").asText()).isEqualTo("variableset-" + project);
        assertThat(set.get("OwnerId").asText()).isEqualTo(project);
        assertThat(set.get("SpaceId").asText()).isEqualTo("Spaces-1");
        assertThat(set.get("ScopeValues").get("Environments").findValuesAsText("Id"))
                .contains(dev, prod);
        Map<String, JsonNode> v = byName(set);
        assertThat(v.get("Greeting").get("Value").asText()).isEqualTo("hello prod");
        assertThat(v.get("ConnectionString").get("Value").asText()).isEqualTo("Server=prod");
        assertThat(v.get("Shared").get("Value").asText()).isEqualTo("shared value");
        assertThat(v.get("Password").get("Value").isNull()).isTrue();
        assertThat(v.get("Password").get("IsSensitive").asBoolean()).isTrue();
        assertThat(v.get("Octopus.Environment.Name").get("Value").asText())
                .isEqualTo("Preview Prod");
        assertThat(v.get("Octopus.Environment.Id").get("Value").asText()).isEqualTo(prod);
        assertThat(v.get("Octopus.Project.Name").get("Value").asText())
                .isEqualTo("Preview Project");
        assertThat(v.get("Octopus.Project.Id").get("Value").asText()).isEqualTo(project);
        assertThat(v.get("Octopus.Project.Id").get("Id").isNull()).isTrue();
        assertThat(v.get("Octopus.Project.Id").get("IsEditable").asBoolean()).isFalse();
        assertThat(v.get("Shared").get("IsEditable").asBoolean()).isTrue();
        assertThat(v).doesNotContainKeys("HotfixOnly", "TenantValue", "StepValue");
        assertThat(set.get("Variables").findValuesAsText("Name"))
                .as("one value per name")
                .doesNotHaveDuplicates();

        assertThat(value("environment=" + dev, "Greeting")).isEqualTo("hello");
        assertThat(byName(preview("environment=" + dev).json()))
                .doesNotContainKey("ConnectionString");
        assertThat(value("environment=" + prod + "&machine=" + machine, "Greeting"))
                .isEqualTo("hello prod web");
        assertThat(value("environment=" + prod + "&machine=" + machine, "Octopus.Machine.Name"))
                .isEqualTo("preview-web-01");
        assertThat(value("environment=" + prod + "&role=web", "Greeting"))
                .isEqualTo("hello prod web");
        assertThat(value("channel=" + hotfix, "HotfixOnly")).isEqualTo("yes");
        assertThat(value("channel=" + hotfix, "Octopus.Channel.Name")).isEqualTo("Hotfix");
        assertThat(value("tenant=" + tenant, "TenantValue")).isEqualTo("for acme");
        assertThat(value("tenant=" + tenant, "Octopus.Tenant.Name")).isEqualTo("Acme Preview");
        assertThat(value("action=Deploy", "StepValue")).isEqualTo("for the step");
        assertThat(value("action=Deploy", "Octopus.Action.Name")).isEqualTo("Deploy");
        // by name as well as by id
        assertThat(
                        server.get(
                                        "/api/Spaces-1/variables/preview?project=Preview%20Project&environment=Preview%20Prod")
                                .status())
                .isEqualTo(200);
    }

    @Test
    void badContextsAreClearErrors() {
        assertStatus("/api/Spaces-1/variables/preview", 400, "needs the project");
        assertStatus("/api/Spaces-1/variables/preview?project=Projects-999", 404, "Projects-999");
        assertStatus(
                "/api/Spaces-1/variables/preview?project="
                        + project
                        + "&environment=Environments-999",
                404,
                "Environments-999");
        assertStatus(
                "/api/Spaces-1/variables/preview?project=" + project + "&machine=Machines-999",
                404,
                "Machines-999");
        assertStatus(
                "/api/Spaces-1/variables/preview?project=" + project + "&action=Nope",
                400,
                "no action 'Nope'");
        assertStatus(
                "/api/Spaces-1/variables/preview?project=" + project + "&runbook=Runbooks-1",
                400,
                "runbooks");
        String other = newProject(server, "Preview Other");
        String otherChannel =
                server.get("/api/Spaces-1/projects/" + other + "/channels")
                        .json()
                        .get("Items")
                        .get(0)
                        .get("Id")
                        .asText();
        assertStatus(
                "/api/Spaces-1/variables/preview?project=" + project + "&channel=" + otherChannel,
                400,
                "another project");
    }

    @Test
    void theCallersVariableViewScopeApplies() {
        String devOnly = contributorIn(dev);
        TestServer.Response inDev =
                server.send(
                        "GET",
                        "/api/Spaces-1/variables/preview?project="
                                + project
                                + "&environment="
                                + dev,
                        null,
                        devOnly);
        assertThat(inDev.status()).as(inDev.body()).isEqualTo(200);
        TestServer.Response inProd =
                server.send(
                        "GET",
                        "/api/Spaces-1/variables/preview?project="
                                + project
                                + "&environment="
                                + prod,
                        null,
                        devOnly);
        assertThat(inProd.status()).as(inProd.body()).isEqualTo(403);
        assertThat(inProd.body()).contains("VariableView");
    }

    private static TestServer.Response preview(String query) {
        return server.get("/api/Spaces-1/variables/preview?project=" + project + "&" + query);
    }

    private static String value(String query, String name) {
        TestServer.Response r = preview(query);
        assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(200);
        JsonNode variable = byName(r.json()).get(name);
        assertThat(variable).as(query + ": " + name).isNotNull();
        return variable.get("Value").asText();
    }

    private static Map<String, JsonNode> byName(JsonNode set) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        set.get("Variables").forEach(v -> byName.put(v.get("Name").asText(), v));
        return byName;
    }

    private static void assertStatus(String path, int status, String message) {
        TestServer.Response r = server.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.json().get("ErrorMessage").asText()).as(path).contains(message);
    }

    private static Map<String, Object> variable(
            String name, String value, Map<String, List<String>> scope) {
        return Map.of("Name", name, "Value", value, "Scope", scope);
    }

    private static void save(String setId, List<Map<String, Object>> variables) {
        String path = "/api/Spaces-1/variables/" + setId;
        int version = server.get(path).json().get("Version").asInt();
        TestServer.Response saved =
                server.put(path, Map.of("Version", version, "Variables", variables));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** A Project Contributor (VariableView included) restricted to one environment. */
    private static String contributorIn(String environment) {
        Caller system = Caller.system();
        var user =
                server.engine()
                        .identity()
                        .createUser(
                                system,
                                new UserDetails("preview-dev", "Preview Dev", "", true, false));
        var team =
                server.engine()
                        .security()
                        .teams()
                        .create(
                                system,
                                new TeamDetails("Preview Dev team", "", null, List.of(user.id())));
        server.engine()
                .security()
                .scopedUserRoles()
                .create(
                        system,
                        new ScopedUserRole(
                                null,
                                "Spaces-1",
                                team.id(),
                                BuiltInRoles.idFor("Project Contributor"),
                                List.of(environment),
                                null,
                                null,
                                null));
        return server.engine().identity().createApiKey(system, user.id(), "test", null).apiKey();
    }
}
