package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.ActionException;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.console.SecretMasker;
import java.io.IOException;

/**
 * Runs an operation and turns every way it can fail into a {@link StepFailedException} whose
 * message is one sentence naming the step, with every secret masked; the glue throws it on as an
 * {@code AbortException}. An interruption (a Jenkins abort) stays an {@link InterruptedException}.
 */
public final class StepRunner {

    private StepRunner() {}

    public static StepOutcome run(
            FreightOperation operation, StepEnvironment env, SecretMasker masker)
            throws InterruptedException {
        try {
            return operation.run(env);
        } catch (StepFailedException e) {
            throw new StepFailedException(
                    sentence(operation, masker.mask(e.getMessage())), e.partial());
        } catch (ActionException
                | FreightClientException
                | IllegalArgumentException
                | IllegalStateException e) {
            throw new StepFailedException(sentence(operation, masker.mask(e.getMessage())), null);
        } catch (IOException e) {
            throw new StepFailedException(sentence(operation, masker.mask(describe(e))), null);
        }
    }

    private static String sentence(FreightOperation operation, String message) {
        return Messages.Step_Failed(operation.title(), message == null ? "" : message);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
