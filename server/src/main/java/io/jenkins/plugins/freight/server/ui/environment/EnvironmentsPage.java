package io.jenkins.plugins.freight.server.ui.environment;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/** The space's environments in their order. */
public record EnvironmentsPage(PageFrame frame, List<EnvironmentsPage.Line> environments) {

    public EnvironmentsPage {
        environments = List.copyOf(environments);
    }

    /**
     * One environment.
     *
     * @param targets its deployment targets by health, empty when the caller may not see targets
     * @param canCheckHealth whether to offer "Check health" (the caller may, and there are targets)
     */
    public record Line(
            String id,
            String name,
            String description,
            boolean guidedFailure,
            String targets,
            boolean canCheckHealth) {}
}
