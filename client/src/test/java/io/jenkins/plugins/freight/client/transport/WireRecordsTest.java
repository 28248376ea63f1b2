package io.jenkins.plugins.freight.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.client.deployment.CreateDeploymentCommand;
import io.jenkins.plugins.freight.client.release.CreateReleaseCommand;
import io.jenkins.plugins.freight.client.space.Space;
import io.jenkins.plugins.freight.client.task.ServerTask;
import io.jenkins.plugins.freight.client.task.TaskState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON shapes the client reads and writes (Octopus PascalCase, tolerant reading). */
class WireRecordsTest {

    @Test
    void resourcesAreReadFromPascalCaseIgnoringUnknownFields() throws Exception {
        Space space =
                Json.mapper()
                        .readValue(
                                "{\"Id\":\"Spaces-1\",\"Name\":\"Default\",\"IsDefault\":true,"
                                        + "\"TaskQueueStopped\":false,\"Links\":{\"Self\":\"/api/spaces/Spaces-1\",\"Web\":null}}",
                                Space.class);
        assertThat(space.isDefault()).isTrue();
        assertThat(space.links()).containsOnlyKeys("Self");
    }

    @Test
    void taskStatesMapToTheEnumAndUnknownStatesDoNotBreakReading() throws Exception {
        ServerTask task =
                Json.mapper()
                        .readValue(
                                "{\"Id\":\"ServerTasks-1\",\"State\":\"TimedOut\",\"IsCompleted\":true,"
                                        + "\"FinishedSuccessfully\":false,\"QueueTime\":\"2017-03-20T21:00:17.205+00:00\"}",
                                ServerTask.class);
        assertThat(task.state()).isEqualTo(TaskState.TIMED_OUT);
        assertThat(task.isCompleted()).isTrue();
        assertThat(task.queueTime()).isNotNull();
        ServerTask odd =
                Json.mapper()
                        .readValue(
                                "{\"Id\":\"ServerTasks-2\",\"State\":\"Paused\"}",
                                ServerTask.class);
        assertThat(odd.state()).isEqualTo(TaskState.UNKNOWN);
        assertThat(odd.isDone()).isFalse();
    }

    @Test
    void createReleaseIsWrittenWithPascalCaseAndLowercaseSpaceFields() {
        JsonNode json =
                Json.mapper()
                        .valueToTree(
                                new CreateReleaseCommand(
                                        "Spaces-1",
                                        "Default",
                                        "Random Quotes",
                                        null,
                                        "Default",
                                        "1.0.0",
                                        List.of("Deploy:1.0.1"),
                                        "notes",
                                        true,
                                        false));
        assertThat(json.get("spaceId").asText()).isEqualTo("Spaces-1");
        assertThat(json.get("spaceIdOrName").asText()).isEqualTo("Default");
        assertThat(json.get("ProjectName").asText()).isEqualTo("Random Quotes");
        assertThat(json.has("ReleaseVersion")).isFalse();
        assertThat(json.get("Packages").get(0).asText()).isEqualTo("Deploy:1.0.1");
        assertThat(json.get("IgnoreIfAlreadyExists").asBoolean()).isTrue();
    }

    @Test
    void createDeploymentLeavesGuidedFailureOutWhenUnsetAndKeepsVariableNames() {
        JsonNode json =
                Json.mapper()
                        .valueToTree(
                                new CreateDeploymentCommand(
                                        "Spaces-1",
                                        "Default",
                                        "p",
                                        "1.0.0",
                                        List.of("Dev", "Test"),
                                        null,
                                        null,
                                        null,
                                        List.of("Sign off"),
                                        null,
                                        null,
                                        null,
                                        false,
                                        Map.of("db.password", "x"),
                                        null,
                                        null));
        assertThat(json.has("UseGuidedFailure")).isFalse();
        assertThat(json.has("Tenanted")).isFalse();
        assertThat(json.get("EnvironmentNames")).hasSize(2);
        assertThat(json.get("SkipStepNames").get(0).asText()).isEqualTo("Sign off");
        assertThat(json.get("Variables").has("db.password")).isTrue();
    }
}
