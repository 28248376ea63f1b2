package io.jenkins.plugins.freight.server.ui.environment;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/** The space's environments in their order. */
public record EnvironmentsPage(PageFrame frame, List<EnvironmentsPage.Line> environments) {

    public EnvironmentsPage {
        environments = List.copyOf(environments);
    }

    /** One environment. */
    public record Line(String name, String description, boolean guidedFailure) {}
}
