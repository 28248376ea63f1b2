package io.jenkins.plugins.freight.engine.task.log;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;

/** The category of one log line, with Octopus's names ({@link #name()} is the wire name). */
public enum LogCategory {
    Trace,
    Verbose,
    Info,
    Highlight,
    Wait,
    Gap,
    Alert,
    Warning,
    Error,
    Fatal,
    Planned,
    Updated,
    Finished,
    Abandoned;

    /** Warning, Error or Fatal: marks the task {@code HasWarningsOrErrors}. */
    public boolean isWarningOrError() {
        return this == Warning || this == Error || this == Fatal;
    }

    /** Trace and Verbose lines are left out of task details unless verbose output is asked for. */
    public boolean isVerbose() {
        return this == Trace || this == Verbose;
    }

    /** Parses a category name, ignoring case. */
    public static LogCategory parse(String name) {
        for (LogCategory category : values()) {
            if (category.name().equalsIgnoreCase(name)) {
                return category;
            }
        }
        throw new InvalidInputException("Unknown log category '" + name + "'");
    }
}
