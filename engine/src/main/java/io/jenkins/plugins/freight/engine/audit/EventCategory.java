package io.jenkins.plugins.freight.engine.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of thing an audit event records. The constant names are Octopus's category ids (the
 * {@code Category} of an event); {@link #displayName()} is what {@code /api/events/categories}
 * shows.
 */
public enum EventCategory {
    Created("Document created", Group.Document),
    Modified("Document modified", Group.Document),
    Deleted("Document deleted", Group.Document),
    ReleaseCreated("Release created", Group.Deployment),
    DeploymentQueued("Deployment queued", Group.Deployment),
    DeploymentStarted("Deployment started", Group.Deployment),
    DeploymentResumed("Deployment resumed", Group.Deployment),
    DeploymentSucceeded("Deployment succeeded", Group.Deployment),
    DeploymentFailed("Deployment failed", Group.Deployment),
    DeploymentCanceled("Deployment canceled", Group.Deployment),
    ManualInterventionInterruptionRaised("Manual intervention required", Group.Deployment),
    ManualInterventionInterruptionSubmitted("Manual intervention submitted", Group.Deployment),
    GuidedFailureInterruptionRaised("Guided failure interruption raised", Group.Deployment),
    GuidedFailureInterruptionSubmitted("Guided failure interruption submitted", Group.Deployment),
    TaskCanceled("Task canceled", Group.Task),
    DeploymentPlanExecuted("Deployment plan executed", Group.DeploymentPlan),
    DeploymentPlanAborted("Deployment plan aborted", Group.DeploymentPlan),
    DeploymentPlanFinished("Deployment plan finished", Group.DeploymentPlan),
    Login("User logged in", Group.Security),
    LoginFailed("User login failed", Group.Security),
    Logout("User logged out", Group.Security),
    ApiKeyCreated("API key created", Group.Security),
    ApiKeyRevoked("API key revoked", Group.Security);

    /** Event groups as Octopus lists them at {@code /api/events/groups}. */
    public enum Group {
        Document("Document events"),
        Deployment("Deployment events"),
        Task("Task events"),
        DeploymentPlan("Deployment plan events"),
        Security("Security events");

        private final String displayName;

        Group(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    private final String displayName;
    private final Group group;

    EventCategory(String displayName, Group group) {
        this.displayName = displayName;
        this.group = group;
    }

    public String displayName() {
        return displayName;
    }

    public Group group() {
        return group;
    }

    public static Optional<EventCategory> named(String id) {
        return Arrays.stream(values()).filter(c -> c.name().equals(id)).findFirst();
    }
}
