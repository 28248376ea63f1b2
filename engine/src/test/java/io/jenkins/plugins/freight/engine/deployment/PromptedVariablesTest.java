package io.jenkins.plugins.freight.engine.deployment;

import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.ALICE;
import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Parts;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Seed;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.ScopeDimension;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariablePrompt;
import io.jenkins.plugins.freight.engine.variable.VariableScope;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class PromptedVariablesTest {

    private static final String SECRET = "Tr0ub4dor&3-prompted";

    private Parts parts;
    private Seed seed;
    private Release release;

    /** Prompts: Reason (required), Approver (optional), DbPassword (sensitive, Prod only). */
    private void setUp(DatabaseKind kind) {
        parts = DeploymentTesting.parts(kind);
        seed = DeploymentTesting.seed(parts.engine(), false);
        Project project =
                DeploymentTesting.project(
                        parts.engine(), seed.space(), "Shop", seed.lifecycle().id());
        parts.engine()
                .database()
                .useTransaction(h -> parts.variables().createSet(h, seed.space(), project.id()));
        VariableSet set = parts.variables().getForOwner(ALICE, project.id());
        parts.variables()
                .modify(
                        ALICE,
                        set.withVariables(
                                List.of(
                                        Variable.of("Reason", "")
                                                .withPrompt(
                                                        new VariablePrompt(
                                                                "Why deploy", "", true, Map.of())),
                                        Variable.of("Approver", "nobody")
                                                .withPrompt(
                                                        new VariablePrompt(
                                                                "Approver", "", false, Map.of())),
                                        Variable.sensitive("DbPassword", "")
                                                .withPrompt(
                                                        new VariablePrompt(
                                                                "Database password",
                                                                "",
                                                                true,
                                                                Map.of()))
                                                .withScope(
                                                        VariableScope.of(
                                                                ScopeDimension.ENVIRONMENT,
                                                                seed.prod().id())))));
        release =
                parts.releases()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateReleaseRequest.of(project.id()).withVersion("1.0.0"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void requiredPromptsNeedValuesAndUnknownNamesAreRefused(DatabaseKind kind) {
        setUp(kind);

        assertThatThrownBy(
                        () ->
                                parts.deployments()
                                        .create(
                                                ALICE,
                                                seed.space(),
                                                CreateDeploymentRequest.release(
                                                                release.id(), "Test")
                                                        .withFormValues(Map.of("Colour", "blue"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "The prompted variable 'Why deploy' (Reason) needs a value.",
                                                "'Colour' is not a prompted variable of this deployment."));
        assertThat(parts.deployments().historyOfRelease(ALICE, seed.space(), release.id()))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void valuesAreStoredForTheExecutionByVariableName(DatabaseKind kind) {
        setUp(kind);

        Deployment d =
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .withFormValues(Map.of("reason", "hotfix for #42")))
                        .get(0);

        assertThat(d.formValues()).containsExactly(Map.entry("Reason", "hotfix for #42"));
        assertThat(parts.deployments().promptedValues(d))
                .containsExactly(Map.entry("Reason", "hotfix for #42"));
        await(parts, d.taskId());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void sensitivePromptedValueIsNeverStoredOrShownInClear(DatabaseKind kind) {
        setUp(kind);
        await(
                parts,
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .withFormValues(Map.of("Reason", "first")))
                        .get(0)
                        .taskId());

        assertThatThrownBy(
                        () ->
                                parts.deployments()
                                        .create(
                                                ALICE,
                                                seed.space(),
                                                CreateDeploymentRequest.release(
                                                                release.id(), "Prod")
                                                        .withFormValues(
                                                                Map.of("Reason", "go live"))))
                .hasMessage(
                        "The prompted variable 'Database password' (DbPassword) needs a value.");

        CreateDeploymentRequest request =
                CreateDeploymentRequest.release(release.id(), "Prod")
                        .withFormValues(Map.of("Reason", "go live", "DbPassword", SECRET));
        Deployment d = parts.deployments().create(ALICE, seed.space(), request).get(0);

        assertThat(d.formValues()).doesNotContainKey("DbPassword");
        assertThat(d.sensitiveFormValues().get("DbPassword")).isNotBlank().doesNotContain(SECRET);
        assertThat(parts.deployments().promptedValues(d)).containsEntry("DbPassword", SECRET);
        assertThat(d.toString()).doesNotContain(SECRET);
        assertThat(request.toString()).doesNotContain(SECRET);
        String stored =
                parts.engine()
                        .database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT document FROM deployments WHERE id = :id")
                                                .bind("id", d.id())
                                                .mapTo(String.class)
                                                .one());
        assertThat(stored).doesNotContain(SECRET);
        assertThat(parts.deployments().get(ALICE, seed.space(), d.id()).toString())
                .doesNotContain(SECRET);
        await(parts, d.taskId());
    }
}
