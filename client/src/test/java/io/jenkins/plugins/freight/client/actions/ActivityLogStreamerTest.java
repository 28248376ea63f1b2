package io.jenkins.plugins.freight.client.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.client.task.ActivityElement;
import io.jenkins.plugins.freight.client.task.LogElement;
import io.jenkins.plugins.freight.client.task.TaskDetails;
import io.jenkins.plugins.freight.client.transport.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Successive snapshots of an activity tree produce only the lines that are new. */
class ActivityLogStreamerTest {

    private final List<String> lines = new ArrayList<>();
    private final ProgressListener listener = ProgressListener.lines(lines::add);

    @Test
    void eachSnapshotAddsOnlyWhatIsNewWithStepsHighlightedAndEndingsReported() {
        ActivityLogStreamer streamer =
                new ActivityLogStreamer(null, listener, new Redactor("API-SECRETKEY1234"));
        assertThat(streamer.emit(details(step("Running", log("Info", "Extracting package")))))
                .isTrue();
        assertThat(lines).containsExactly("Deploy package", "  Extracting package");

        lines.clear();
        assertThat(
                        streamer.emit(
                                details(
                                        step(
                                                "Failed",
                                                log("Info", "Extracting package"),
                                                log("Warning", "Disk almost full"),
                                                log(
                                                        "Error",
                                                        "Key API-SECRETKEY1234 rejected\nsecond line")))))
                .isTrue();
        assertThat(lines)
                .containsExactly(
                        "WARNING:   Disk almost full",
                        "ERROR:   Key **** rejected",
                        "ERROR:   second line",
                        "ERROR: Deploy package failed");

        lines.clear();
        assertThat(streamer.emit(details(step("Failed", log("Info", "Extracting package")))))
                .isFalse();
        assertThat(lines).isEmpty();
    }

    @Test
    void severalTasksArePrefixedWithTheirLabel() {
        ActivityLogStreamer streamer = new ActivityLogStreamer("Test", listener, Redactor.none());
        streamer.emit(details(step("Running", log("Highlight", "Started"))));
        assertThat(lines).containsExactly("[Test] Deploy package", "[Test]   Started");
    }

    private static TaskDetails details(ActivityElement step) {
        ActivityElement root =
                new ActivityElement(
                        "root",
                        "Deploy",
                        "Running",
                        null,
                        null,
                        List.of(step),
                        List.of(),
                        null,
                        null);
        return new TaskDetails(null, null, List.of(root));
    }

    private static ActivityElement step(String status, LogElement... logs) {
        return new ActivityElement(
                "step-1",
                "Deploy package",
                status,
                null,
                null,
                List.of(),
                List.of(logs),
                null,
                null);
    }

    private static LogElement log(String category, String text) {
        return new LogElement(category, null, text, null);
    }
}
