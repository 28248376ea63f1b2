package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualInterventionStepTest {

    @TempDir Path dir;
    private TestStepContext context;

    @BeforeEach
    void setUp() {
        context = new TestStepContext(new LocalHostTarget("engine", dir), dir);
        context.with(
                        ManualInterventionStep.INSTRUCTIONS,
                        "Open the application and confirm it meets all the requirements.")
                .with(ManualInterventionStep.TEAMS, "teams-stakeholders, teams-ops");
    }

    @Test
    void firstRunWaitsForAPersonWithInstructionsAndTeams() {
        StepOutcome outcome = new ManualInterventionStep().execute(context);
        assertThat(outcome.status()).isEqualTo(StepOutcome.Status.AWAITING_INTERVENTION);
        InterventionRequest request = outcome.intervention().orElseThrow();
        assertThat(request.instructions()).startsWith("Open the application");
        assertThat(request.responsibleTeamIds()).containsExactly("teams-stakeholders", "teams-ops");
        assertThat(request.options()).containsExactly("Proceed", "Abort");
    }

    @Test
    void proceedSucceedsAndPublishesTheManualOutputs() {
        context.response =
                new InterventionResponse(
                        "Proceed", "Looks good", "Users-2", "tester", "Tess Ter", "t@example.org");
        assertThat(new ManualInterventionStep().execute(context).isSuccessful()).isTrue();
        assertThat(context.outputs.get("Manual.Notes").value()).isEqualTo("Looks good");
        assertThat(context.outputs.get("Manual.Approved").value()).isEqualTo("True");
        assertThat(context.outputs.get("Manual.ResponsibleUser.Username").value())
                .isEqualTo("tester");
        assertThat(context.outputs.get("Manual.ResponsibleUser.EmailAddress").value())
                .isEqualTo("t@example.org");
    }

    @Test
    void abortFailsTheStepWithTheNotes() {
        context.response =
                new InterventionResponse(
                        "Abort", "Quotes are wrong", "Users-2", "tester", "Tess Ter", "");
        StepOutcome outcome = new ManualInterventionStep().execute(context);
        assertThat(outcome.isSuccessful()).isFalse();
        assertThat(outcome.message())
                .isEqualTo("The deployment was aborted by Tess Ter. Notes: Quotes are wrong");
        assertThat(context.outputs.get("Manual.Approved").value()).isEqualTo("False");
    }

    @Test
    void missingInstructionsFailClearly() {
        context.properties.remove(ManualInterventionStep.INSTRUCTIONS);
        assertThat(new ManualInterventionStep().execute(context).message())
                .contains("has no instructions");
    }
}
