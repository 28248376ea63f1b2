package io.jenkins.plugins.freight.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.client.actions.CreateReleaseResult;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.task.TaskState;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultMapsTest {

    private static DeployResult deployed() {
        return new DeployResult(
                "Projects-1",
                "Random Quotes",
                "Releases-7",
                "0.0.2",
                "http://s/app#/releases/7",
                List.of(
                        new DeployResult.DeploymentOutcome(
                                "Deployments-3",
                                "ServerTasks-9",
                                "Environments-1",
                                "Dev",
                                null,
                                null,
                                TaskState.SUCCESS,
                                null,
                                "http://s/app#/deployments/3"),
                        new DeployResult.DeploymentOutcome(
                                "Deployments-4",
                                "ServerTasks-10",
                                "Environments-2",
                                "Test",
                                "Tenants-1",
                                "Acme Corp",
                                TaskState.FAILED,
                                "Step 2 failed",
                                null)));
    }

    @Test
    void createAndDeployGivesReleaseAndPerEnvironmentValues() {
        StepOutcome outcome =
                ResultMaps.release(
                        new CreateReleaseResult(
                                "Releases-7",
                                "0.0.2",
                                "Projects-1",
                                "Random Quotes",
                                "Channels-1",
                                "http://s/app#/releases/7",
                                deployed()));

        assertThat(outcome.value())
                .containsEntry("releaseVersion", "0.0.2")
                .containsEntry("releaseId", "Releases-7")
                .containsEntry("releaseUrl", "http://s/app#/releases/7");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deployments =
                (List<Map<String, Object>>) outcome.value().get("deployments");
        assertThat(deployments).hasSize(2);
        assertThat(deployments.get(0))
                .containsEntry("environment", "Dev")
                .containsEntry("taskId", "ServerTasks-9")
                .containsEntry("state", TaskState.SUCCESS.wireName())
                .containsEntry("successful", true);
        assertThat(deployments.get(1))
                .containsEntry("tenant", "Acme Corp")
                .containsEntry("successful", false);
        assertThat(outcome.environment())
                .containsEntry("FREIGHT_RELEASE_VERSION", "0.0.2")
                .containsEntry("FREIGHT_RELEASE_ID", "Releases-7")
                .containsEntry("FREIGHT_DEPLOYMENT_IDS", "Deployments-3,Deployments-4")
                .containsEntry("FREIGHT_TASK_IDS", "ServerTasks-9,ServerTasks-10")
                .containsEntry("FREIGHT_DEPLOYMENT_ID_DEV", "Deployments-3")
                .containsEntry(
                        "FREIGHT_DEPLOYMENT_STATE_TEST_ACME_CORP", TaskState.FAILED.wireName());
        assertThat(outcome.startedTaskIds()).containsExactly("ServerTasks-9", "ServerTasks-10");
        assertThat(outcome.links())
                .extracting(StepOutcome.RunLink::kind)
                .containsExactly("release", "deployment", "deployment");
    }

    @Test
    void releaseWithoutDeploymentHasAnEmptyDeploymentList() {
        StepOutcome outcome =
                ResultMaps.release(
                        new CreateReleaseResult(
                                "Releases-8",
                                "0.0.3",
                                "Projects-1",
                                "Random Quotes",
                                null,
                                null,
                                null));

        assertThat(outcome.value()).containsEntry("deployments", List.of());
        assertThat(outcome.environment()).doesNotContainKey("FREIGHT_RELEASE_URL");
        assertThat(outcome.startedTaskIds()).isEmpty();
    }

    @Test
    void stepValuesSurviveJavaSerializationAsPipelineRequires() throws Exception {
        StepOutcome outcome = ResultMaps.deployment(deployed());
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(new java.util.LinkedHashMap<>(outcome.value()));
            out.writeObject(outcome);
        }
    }

    @Test
    void environmentKeysAreUpperCaseWithUnderscores() {
        assertThat(ResultMaps.envKey("Test / Acme Corp")).isEqualTo("TEST_ACME_CORP");
        assertThat(ResultMaps.envKey("---")).isEqualTo("UNNAMED");
    }
}
