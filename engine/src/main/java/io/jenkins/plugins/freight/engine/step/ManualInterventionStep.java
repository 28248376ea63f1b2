package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import java.util.Arrays;
import java.util.List;

/**
 * {@code Octopus.Manual}: asks a person to Proceed or Abort. The first run returns {@link
 * StepOutcome.Status#AWAITING_INTERVENTION}; the execution raises the interruption and suspends the
 * task without holding a thread. When the task resumes with the answer, this step runs again,
 * publishes {@code Manual.Notes}, {@code Manual.Approved} and {@code Manual.ResponsibleUser.*}, and
 * succeeds on Proceed or fails on Abort.
 */
public final class ManualInterventionStep implements StepKind {

    public static final String ACTION_TYPE = "Octopus.Manual";
    public static final String PROCEED = "Proceed";
    public static final String ABORT = "Abort";
    static final String INSTRUCTIONS = "Octopus.Action.Manual.Instructions";
    static final String TEAMS = "Octopus.Action.Manual.ResponsibleTeamIds";
    static final String BLOCK = "Octopus.Action.Manual.BlockConcurrentDeployments";

    @Override
    public String actionType() {
        return ACTION_TYPE;
    }

    @Override
    public boolean runsOnEngine() {
        return true;
    }

    @Override
    public StepOutcome execute(StepContext context) {
        var response = context.interventionResponse();
        if (response.isEmpty()) {
            String instructions = context.property(INSTRUCTIONS).orElse("").trim();
            if (instructions.isEmpty()) {
                return StepOutcome.failed(
                        "Manual intervention " + context.actionName() + " has no instructions.");
            }
            List<String> teams =
                    Arrays.stream(context.property(TEAMS).orElse("").split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
            context.log(OutputCategory.WAIT, "Waiting for manual intervention: " + instructions);
            return StepOutcome.awaiting(
                    new InterventionRequest(
                            "ManualIntervention",
                            "Approval required for " + context.actionName(),
                            instructions,
                            teams,
                            List.of(PROCEED, ABORT),
                            context.flag(BLOCK, false)));
        }
        InterventionResponse answer = response.get();
        boolean approved = PROCEED.equalsIgnoreCase(answer.result());
        context.setOutputVariable("Manual.Notes", nz(answer.notes()), false);
        context.setOutputVariable("Manual.Approved", approved ? "True" : "False", false);
        context.setOutputVariable("Manual.ResponsibleUser.Id", nz(answer.userId()), false);
        context.setOutputVariable("Manual.ResponsibleUser.Username", nz(answer.username()), false);
        context.setOutputVariable(
                "Manual.ResponsibleUser.DisplayName", nz(answer.displayName()), false);
        context.setOutputVariable(
                "Manual.ResponsibleUser.EmailAddress", nz(answer.emailAddress()), false);
        String who = answer.displayName() == null ? answer.username() : answer.displayName();
        String notes = nz(answer.notes()).isBlank() ? "" : " Notes: " + answer.notes();
        if (approved) {
            context.log(OutputCategory.INFO, who + " chose to proceed." + notes);
            return StepOutcome.succeeded();
        }
        context.log(OutputCategory.ERROR, who + " aborted the deployment." + notes);
        return StepOutcome.failed("The deployment was aborted by " + who + "." + notes);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
