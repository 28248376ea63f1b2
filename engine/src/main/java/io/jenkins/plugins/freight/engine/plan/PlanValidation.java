package io.jenkins.plugins.freight.engine.plan;

import java.util.List;

/**
 * The result of validating a plan: per item, every problem in a sentence (lifecycle, missing
 * release, permission of the validating user), and a note on deployment freezes.
 *
 * @param executable no item has a blocking problem (permission problems are about the one who
 *     validated; someone else may execute)
 * @param canExecute the validating user may execute it now
 */
public record PlanValidation(
        String planId,
        List<ItemCheck> items,
        String freezes,
        boolean executable,
        boolean canExecute) {

    /** One item's problems; {@code blocking} ones stop execution for everybody. */
    public record ItemCheck(
            String itemId,
            String project,
            String release,
            List<String> blocking,
            List<String> permissions) {

        public boolean isValid() {
            return blocking.isEmpty();
        }
    }

    /** Freight has no deployment freezes; validation says so rather than staying silent. */
    public static final String NO_FREEZES =
            "Freight has no deployment freezes, so none apply to this plan.";
}
