package io.jenkins.plugins.freight.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The documented Random Quotes example ({@code docs/examples/random-quotes.yaml}) applied to a real
 * engine on H2 and PostgreSQL: created, then unchanged on a second apply, a dry run that changes
 * nothing, a changed file that changes only what differs, invalid files and a caller without
 * permissions that change nothing.
 */
class SpaceApplyTest {

    static final Path EXAMPLE = Path.of("..", "docs", "examples", "random-quotes.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    static ObjectNode example() throws Exception {
        Object loaded =
                new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(EXAMPLE));
        return (ObjectNode) JSON.valueToTree(loaded);
    }

    private Engine open(DatabaseKind kind) {
        Engine engine =
                Engine.open(
                        EngineSettings.defaults(dir)
                                .withDatabase(kind.newSettings())
                                .withNodeName("apply-test"));
        return engine;
    }

    private static Caller admin(Engine engine) {
        return SecurityTesting.administrator(
                engine, new Caller("Users-900", "applier", Caller.Via.API_KEY, "127.0.0.1"));
    }

    private static String space(Engine engine) {
        return engine.spaces()
                .create(Caller.system(), Space.named("Apply " + System.nanoTime()))
                .id();
    }

    private static long events(Engine engine) {
        return engine.database()
                .withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT COUNT(*) FROM events WHERE category IN"
                                                        + " ('Created', 'Modified', 'Deleted')")
                                        .mapTo(Long.class)
                                        .one());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theExampleIsCreatedThenUnchangedAndADryRunChangesNothing(DatabaseKind kind)
            throws Exception {
        try (Engine engine = open(kind)) {
            Caller admin = admin(engine);
            String space = space(engine);
            JsonNode doc = example();

            ApplyResult dry = engine.apply().apply(admin, space, doc, true);
            assertThat(dry.dryRun()).isTrue();
            assertThat(dry.unchanged()).isZero();
            assertThat(engine.environments().all(admin, space)).isEmpty();

            ApplyResult first = engine.apply().apply(admin, space, doc, false);
            assertThat(first.changes())
                    .extracting(c -> c.kind() + " " + c.name() + " " + c.action())
                    .contains(
                            "environment Dev CREATE",
                            "lifecycle Dev, Test, and Prod CREATE",
                            "project group Web applications CREATE",
                            "user internaldeployer CREATE",
                            "team Project Stakeholders CREATE",
                            "project Random Quotes CREATE");
            assertThat(first.unchanged()).isZero();
            assertThat(engine.environments().all(admin, space))
                    .extracting(e -> e.name())
                    .containsExactly("Dev", "Test", "Prod");
            Project project = engine.projects().get(admin, space, "Random Quotes");
            DeploymentProcess process =
                    engine.processes().getForProject(admin, space, project.id());
            assertThat(process.steps())
                    .extracting(s -> s.name())
                    .containsExactly(
                            "Deploy Random Quotes",
                            "Health check",
                            "Deployment Sign Off",
                            "Random quotes deployment status");
            String dev = engine.environments().get(admin, space, "Dev").id();
            assertThat(process.steps().get(2).actions().get(0).excludedEnvironments())
                    .containsExactly(dev);
            List<Variable> variables =
                    engine.variables().getForOwner(admin, project.id()).variables();
            assertThat(variables).hasSize(9);
            Variable secret =
                    variables.stream().filter(Variable::isSensitive).findFirst().orElseThrow();
            assertThat(secret.value()).isNull();
            assertThat(engine.security().teams().list(admin, space, false))
                    .extracting(t -> t.name())
                    .contains("Internal Deployers", "Production Deployers", "Project Stakeholders");

            long eventsAfterFirst = events(engine);
            ApplyResult second = engine.apply().apply(admin, space, doc, false);
            assertThat(second.changes())
                    .filteredOn(Change::changes)
                    .as("a second apply of the same file changes nothing")
                    .isEmpty();
            assertThat(second.unchanged()).isEqualTo(first.changes().size());
            assertThat(events(engine)).isEqualTo(eventsAfterFirst);
            assertThat(engine.processes().getForProject(admin, space, project.id()).version())
                    .isEqualTo(process.version());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChangedFileChangesOnlyWhatDiffers(DatabaseKind kind) throws Exception {
        try (Engine engine = open(kind)) {
            Caller admin = admin(engine);
            String space = space(engine);
            engine.apply().apply(admin, space, example(), false);
            Project before = engine.projects().get(admin, space, "Random Quotes");
            int processVersion =
                    engine.processes().getForProject(admin, space, before.id()).version();

            ObjectNode changed = example();
            ObjectNode prod = (ObjectNode) changed.get("environments").get(2);
            prod.put("description", "Production, watched closely.");
            ObjectNode project = (ObjectNode) changed.get("projects").get(0);
            ArrayNode variables = (ArrayNode) project.get("variables");
            ((ObjectNode) variables.get(0)).put("value", "9081");
            ((ObjectNode) variables.get(8)).put("value", "a-new-secret");
            ObjectNode signOff = (ObjectNode) project.get("process").get("steps").get(2);
            ((ObjectNode) signOff.get("properties"))
                    .put("Octopus.Action.Manual.Instructions", "Check the quotes.");

            ApplyResult dry = engine.apply().apply(admin, space, changed, true);
            ApplyResult result = engine.apply().apply(admin, space, changed, false);
            assertThat(dry.changes()).isEqualTo(result.changes());
            assertThat(result.changes())
                    .filteredOn(Change::changes)
                    .extracting(c -> c.kind() + " " + c.name() + ": " + c.details())
                    .containsExactly(
                            "environment Prod: [description]",
                            "project Random Quotes: [process step 3 'Deployment Sign Off' changed,"
                                    + " variables Freight.Smtp.Password, Quotes.Port]");
            assertThat(engine.environments().get(admin, space, "Prod").description())
                    .isEqualTo("Production, watched closely.");
            assertThat(engine.processes().getForProject(admin, space, before.id()).version())
                    .isEqualTo(processVersion + 1);
            assertThat(
                            engine.apply().apply(admin, space, changed, false).changes().stream()
                                    .filter(Change::changes))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void invalidFilesAndCallersWithoutPermissionChangeNothing(DatabaseKind kind) throws Exception {
        try (Engine engine = open(kind)) {
            Caller admin = admin(engine);
            String space = space(engine);

            ObjectNode unknown = example();
            ((ArrayNode)
                            unknown.get("projects")
                                    .get(0)
                                    .get("process")
                                    .get("steps")
                                    .get(2)
                                    .get("excludedEnvironments"))
                    .add("Staging");
            assertThatThrownBy(() -> engine.apply().apply(admin, space, unknown, false))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(
                            "projects[0].process.steps[2].excludedEnvironments: unknown environment"
                                    + " \"Staging\"");

            ObjectNode duplicate = example();
            ((ArrayNode) duplicate.get("environments"))
                    .add(JSON.valueToTree(Map.of("name", "test")));
            assertThatThrownBy(() -> engine.apply().apply(admin, space, duplicate, false))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e ->
                                    assertThat(((InvalidInputException) e).errors())
                                            .contains(
                                                    "environments[3]: duplicate name \"test\" (also"
                                                            + " at environments[1])"));

            ObjectNode typo = example();
            typo.putArray("enviroments");
            ((ObjectNode) typo.get("lifecycles").get(0)).put("phases", "Dev");
            assertThatThrownBy(() -> engine.apply().apply(admin, space, typo, false))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e ->
                                    assertThat(((InvalidInputException) e).errors())
                                            .anyMatch(m -> m.startsWith("enviroments: unknown key"))
                                            .contains("lifecycles[0].phases: expected a list"));

            ObjectNode badSecretType = example();
            ((ObjectNode) badSecretType.get("projects").get(0).get("variables").get(8))
                    .putObject("value")
                    .put("nested", "s3cr3t-value");
            assertThatThrownBy(() -> engine.apply().apply(admin, space, badSecretType, false))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e -> {
                                assertThat(e.getMessage()).doesNotContain("s3cr3t-value");
                                assertThat(((InvalidInputException) e).errors())
                                        .contains(
                                                "projects[0].variables[8].value: expected a text"
                                                        + " value");
                            });

            Caller nobody = SecurityTesting.user(engine, "nobody");
            assertThatThrownBy(() -> engine.apply().apply(nobody, space, example(), false))
                    .isInstanceOf(ForbiddenException.class);

            assertThat(engine.environments().all(admin, space)).isEmpty();
            assertThat(engine.lifecycles().list(admin, space, ListQuery.all()).items())
                    .extracting(l -> l.name())
                    .containsExactly("Default Lifecycle");
            assertThat(engine.security().teams().list(admin, space, false))
                    .extracting(t -> t.name())
                    .doesNotContain("Internal Deployers");
        }
    }

    @org.junit.jupiter.api.Test
    void theDocumentationShowsTheExampleFileAsItIs() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "configuration-as-code.md"));
        int start = page.lastIndexOf("```yaml\n") + "```yaml\n".length();
        int end = page.indexOf("```", start);
        assertThat(page.substring(start, end)).isEqualTo(Files.readString(EXAMPLE));
    }
}
