package io.jenkins.plugins.freight.client.plan;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;

/**
 * What validating a plan found: per item, the problems that stop anyone from executing it ({@code
 * blocking}) and why the validating user may not ({@code permissions}).
 *
 * @param executable no item has a blocking problem
 * @param canExecute the validating user may execute it now
 */
public record PlanValidation(
        String planId,
        List<ItemCheck> items,
        String freezes,
        boolean executable,
        boolean canExecute) {

    public PlanValidation {
        items = Links.copy(items);
    }

    /** One item's problems, each a sentence. */
    public record ItemCheck(
            String itemId,
            String project,
            String release,
            List<String> blocking,
            List<String> permissions) {

        public ItemCheck {
            blocking = Links.copy(blocking);
            permissions = Links.copy(permissions);
        }
    }
}
