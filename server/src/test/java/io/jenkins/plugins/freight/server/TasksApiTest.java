package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tasks and interruptions over HTTP, with real handlers in the engine's executor. */
class TasksApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        TestHandlers.register(server.engine());
    }

    @AfterAll
    static void stop() {
        TestHandlers.GATE.countDown();
        server.close();
    }

    private static JsonNode awaitState(String path, String state) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> server.get(path).json().get("State").asText().equals(state));
        return server.get(path).json();
    }

    @Test
    void finishedTaskHasOctopusFlagsDetailsAndRawLog() {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", "Spaces-1");
        JsonNode done = awaitState("/api/Spaces-1/tasks/" + task.id(), "Success");

        assertThat(done.get("IsCompleted").asBoolean()).isTrue();
        assertThat(done.get("FinishedSuccessfully").asBoolean()).isTrue();
        assertThat(done.get("HasBeenPickedUpByProcessor").asBoolean()).isTrue();
        assertThat(done.get("CanRerun").asBoolean()).isTrue();
        assertThat(done.get("Arguments").get("DeploymentId").asText()).isEqualTo("Deployments-0");
        assertThat(done.get("Duration").asText()).matches("\\d+ seconds?");
        assertThat(done.get("Links").get("Self").asText()).isEqualTo("/api/tasks/" + task.id());

        JsonNode details = server.get("/api/Spaces-1/tasks/" + task.id() + "/details").json();
        assertThat(details.get("Task").get("Id").asText()).isEqualTo(task.id());
        assertThat(details.get("Progress").get("ProgressPercentage").asInt()).isEqualTo(100);
        JsonNode root = details.get("ActivityLogs").get(0);
        JsonNode step = root.get("Children").get(0);
        assertThat(step.get("Name").asText()).isEqualTo("Step 1: Echo");
        assertThat(step.get("Status").asText()).isEqualTo("Success");
        assertThat(step.get("LogElements").findValuesAsText("MessageText"))
                .contains("Hello from the echo step");
        assertThat(step.get("LogElements").findValuesAsText("Category")).contains("Warning");

        TestServer.Response raw = server.get("/api/tasks/" + task.id() + "/raw");
        assertThat(raw.header("Content-Type")).startsWith("text/plain");
        assertThat(raw.body()).contains("Hello from the echo step");
    }

    @Test
    void listByIdsLeavesUnknownIdsOutAndCountsStates() {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", "Spaces-1");
        awaitState("/api/tasks/" + task.id(), "Success");
        JsonNode page =
                server.get(
                                "/api/Spaces-1/tasks?skip=0&take=300&ids="
                                        + task.id()
                                        + ",ServerTasks-999999")
                        .json();
        assertThat(page.get("ItemType").asText()).isEqualTo("Task");
        assertThat(page.get("Items")).hasSize(1);
        assertThat(page.get("Items").get(0).get("Id").asText()).isEqualTo(task.id());
        assertThat(page.get("TotalCounts").get("Success").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("Links").has("Page.Next")).isFalse();

        JsonNode unknownOnly = server.get("/api/Spaces-1/tasks?ids=ServerTasks-999999").json();
        assertThat(unknownOnly.get("Items")).isEmpty();
        assertThat(server.get("/api/tasks?states=Nonsense").status()).isEqualTo(400);
        assertThat(server.get("/api/tasks/ServerTasks-999999").status()).isEqualTo(404);
    }

    @Test
    void cancelWorksOnAllThreePaths() {
        for (String prefix : new String[] {"/api", "/api/Spaces-1", "/api/spaces/Spaces-1"}) {
            ServerTask task =
                    TestHandlers.enqueue(server.engine(), "Test.UntilCanceled", "Spaces-1");
            awaitState("/api/tasks/" + task.id(), "Executing");
            TestServer.Response canceled =
                    server.post(prefix + "/tasks/" + task.id() + "/cancel", "{}");
            assertThat(canceled.status()).as(prefix).isEqualTo(200);
            assertThat(canceled.json().get("Id").asText()).isEqualTo(task.id());
            JsonNode done = awaitState("/api/tasks/" + task.id(), "Canceled");
            assertThat(done.get("IsCompleted").asBoolean()).isTrue();
            assertThat(done.get("FinishedSuccessfully").asBoolean()).isFalse();
        }
    }

    @Test
    void rerunQueuesAFinishedTaskAgainAndRefusesARunningOne() {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", "Spaces-1");
        awaitState("/api/tasks/" + task.id(), "Success");
        assertThat(server.post("/api/tasks/rerun/" + task.id(), null).status()).isEqualTo(200);
        awaitState("/api/tasks/" + task.id(), "Success");

        ServerTask running =
                TestHandlers.enqueue(server.engine(), "Test.UntilCanceled", "Spaces-1");
        awaitState("/api/tasks/" + running.id(), "Executing");
        TestServer.Response refused = server.post("/api/tasks/" + running.id() + "/rerun", null);
        assertThat(refused.status()).isEqualTo(409);
        server.post("/api/tasks/" + running.id() + "/cancel", null);
    }

    @Test
    void aTaskOfAnotherSpaceIsNotFoundUnderThisSpace() {
        String other =
                server.post("/api/spaces", Map.of("Name", "Other space")).json().get("Id").asText();
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", other);
        assertThat(server.get("/api/Spaces-1/tasks/" + task.id()).status()).isEqualTo(404);
        assertThat(server.get("/api/" + other + "/tasks/" + task.id()).status()).isEqualTo(200);
        assertThat(server.get("/api/tasks/" + task.id()).status()).isEqualTo(200);
    }

    @Test
    void followLearnsOfCompletionWithin100Milliseconds() throws Exception {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Gate", "Spaces-1");
        JsonNode executing = awaitState("/api/tasks/" + task.id(), "Executing");
        long version =
                server.get("/api/tasks/" + task.id() + "/follow?timeout=0")
                        .json()
                        .get("Version")
                        .asLong();
        assertThat(executing.get("IsCompleted").asBoolean()).isFalse();

        CompletableFuture<JsonNode> follow = new CompletableFuture<>();
        CompletableFuture.runAsync(
                () -> {
                    long after = version;
                    while (true) {
                        JsonNode answer =
                                server.get(
                                                "/api/Spaces-1/tasks/"
                                                        + task.id()
                                                        + "/follow?timeout=20&after="
                                                        + after)
                                        .json();
                        if (answer.get("Task").get("IsCompleted").asBoolean()) {
                            follow.complete(answer);
                            return;
                        }
                        after = answer.get("Version").asLong();
                    }
                });
        Thread.sleep(300);
        long released = System.nanoTime();
        TestHandlers.GATE.countDown();
        JsonNode done = follow.get(30, java.util.concurrent.TimeUnit.SECONDS);
        long learnedMillis = (System.nanoTime() - released) / 1_000_000;

        assertThat(done.get("Task").get("State").asText()).isEqualTo("Success");
        assertThat(done.get("Version").asLong()).isGreaterThan(version);
        assertThat(learnedMillis).isLessThan(1000);
    }

    @Test
    void followReturnsLogLinesAfterANumberAndAnswersAtOnceWhenFinished() {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", "Spaces-1");
        awaitState("/api/tasks/" + task.id(), "Success");
        long start = System.nanoTime();
        JsonNode answer =
                server.get("/api/tasks/" + task.id() + "/follow?after=999999&logsAfter=0").json();
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
        assertThat(answer.get("LogElements").findValuesAsText("MessageText"))
                .contains("Hello from the echo step");
        long last = answer.get("LastLogNumber").asLong();
        JsonNode none =
                server.get("/api/tasks/" + task.id() + "/follow?timeout=0&logsAfter=" + last)
                        .json();
        assertThat(none.get("LogElements")).isEmpty();
        assertThat(server.get("/api/tasks/" + task.id() + "/follow?after=-1").status())
                .isEqualTo(400);
    }

    @Test
    void manualInterventionIsTakenAndSubmittedOverHttp() {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Approval", "Spaces-1");
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                server.get("/api/tasks/" + task.id())
                                        .json()
                                        .get("HasPendingInterruptions")
                                        .asBoolean());
        JsonNode list =
                server.get(
                                "/api/Spaces-1/interruptions?regarding="
                                        + task.id()
                                        + "&pendingOnly=true")
                        .json();
        assertThat(list.get("Items")).hasSize(1);
        JsonNode interruption = list.get("Items").get(0);
        assertThat(interruption.get("Type").asText()).isEqualTo("ManualIntervention");
        assertThat(interruption.get("IsPending").asBoolean()).isTrue();
        assertThat(interruption.get("Form").get("Elements").findValuesAsText("Name"))
                .containsExactly("Instructions", "Notes", "Result");
        String id = interruption.get("Id").asText();
        String self = interruption.get("Links").get("Self").asText();

        TestServer.Response early =
                server.post(self + "/submit", Map.of("Notes", "ok", "Result", "Proceed"));
        assertThat(early.status()).isEqualTo(403);
        assertThat(server.get(self + "/responsible").status()).isEqualTo(404);

        TestServer.Response taken =
                server.send(
                        "POST",
                        interruption.get("Links").get("Responsible").asText(),
                        null,
                        TestServer.ADMIN_KEY,
                        "X-HTTP-Method-Override",
                        "PUT");
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.json().get("Username").asText()).isEqualTo("admin");
        assertThat(server.get(self + "/responsible").json().get("Username").asText())
                .isEqualTo("admin");
        assertThat(
                        server.get("/api/interruptions/" + id)
                                .json()
                                .get("HasResponsibility")
                                .asBoolean())
                .isTrue();

        TestServer.Response bad =
                server.post(self + "/submit", Map.of("Notes", "ok", "Result", "Maybe"));
        assertThat(bad.status()).isEqualTo(400);
        TestServer.Response submitted =
                server.post(
                        interruption.get("Links").get("Submit").asText(),
                        Map.of("Instructions", "", "notes", "Looks good", "result", "Proceed"));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("IsPending").asBoolean()).isFalse();
        JsonNode done = awaitState("/api/tasks/" + task.id(), "Success");
        assertThat(done.get("HasPendingInterruptions").asBoolean()).isFalse();
    }
}
