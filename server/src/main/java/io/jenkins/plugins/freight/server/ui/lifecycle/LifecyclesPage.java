package io.jenkins.plugins.freight.server.ui.lifecycle;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/** The space's lifecycles with their phases as progression sees them. */
public record LifecyclesPage(PageFrame frame, List<LifecyclesPage.LifecycleView> lifecycles) {

    public LifecyclesPage {
        lifecycles = List.copyOf(lifecycles);
    }

    /** One lifecycle. */
    public record LifecycleView(String name, String description, List<PhaseView> phases) {
        public LifecycleView {
            phases = List.copyOf(phases);
        }
    }

    /**
     * One phase: its environments (deployed automatically or by hand), whether it is optional, and
     * how many environments must succeed before the next phase opens (0: all).
     */
    public record PhaseView(
            String name,
            boolean optional,
            int minimumEnvironments,
            List<String> automatic,
            List<String> manual) {
        public PhaseView {
            automatic = List.copyOf(automatic);
            manual = List.copyOf(manual);
        }
    }
}
