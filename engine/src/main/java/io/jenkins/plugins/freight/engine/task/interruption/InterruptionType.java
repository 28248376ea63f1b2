package io.jenkins.plugins.freight.engine.task.interruption;

/** Why a task waits for a person (Octopus's names). */
public enum InterruptionType {
    /** A manual intervention step: Proceed or Abort. */
    ManualIntervention,
    /** An error under guided failure: Fail, Retry, Ignore or Exclude. */
    GuidedFailure
}
