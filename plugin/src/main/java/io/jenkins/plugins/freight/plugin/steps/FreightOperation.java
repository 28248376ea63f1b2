package io.jenkins.plugins.freight.plugin.steps;

import java.io.IOException;
import java.io.Serializable;

/**
 * What one step does, built from its (expanded) fields and run against a {@link StepEnvironment}.
 * The freestyle builder or recorder and the Pipeline step of the same name build the same
 * operation: one code path behind two front doors.
 */
public interface FreightOperation extends Serializable {

    /** A short name for messages, e.g. "Create release". */
    String title();

    StepOutcome run(StepEnvironment env) throws IOException, InterruptedException;

    /** Whether the operation talks to a server (packing does not). */
    default boolean requiresServer() {
        return true;
    }
}
