package io.jenkins.plugins.freight.engine.target;

/** How a script run ended. */
public enum ScriptOutcome {
    SUCCEEDED,
    FAILED,
    CANCELED,
    TIMED_OUT;

    public boolean isSuccessful() {
        return this == SUCCEEDED;
    }

    public boolean isTerminal() {
        return true;
    }
}
