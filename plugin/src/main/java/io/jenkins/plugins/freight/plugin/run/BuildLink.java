package io.jenkins.plugins.freight.plugin.run;

import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.io.Serializable;

/**
 * One link on a build's Freight summary and badge: a release, a deployment (with its last known
 * state) or a task. A plain class with getters rather than a record: Jelly views read bean
 * properties, and Jenkins' XStream in 2.555.x cannot read records back from {@code build.xml}.
 */
public final class BuildLink implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String label;
    private final String url;
    private final String state;

    public BuildLink(String kind, String label, String url, String state) {
        this.kind = kind;
        this.label = label;
        this.url = url;
        this.state = state;
    }

    static BuildLink of(StepOutcome.RunLink link) {
        return new BuildLink(link.kind(), link.label(), link.url(), link.state());
    }

    /** {@code release}, {@code deployment} or {@code task}. */
    public String getKind() {
        return kind;
    }

    /** What the summary shows before the link, e.g. "Deployment". */
    public String getKindDisplayName() {
        return switch (kind == null ? "" : kind) {
            case "release" -> Messages.BuildAction_Release();
            case "deployment" -> Messages.BuildAction_Deployment();
            case "task" -> Messages.BuildAction_Task();
            default -> kind;
        };
    }

    public String getLabel() {
        return label;
    }

    /** The page on the server, or {@code null} when the server gave none. */
    public String getUrl() {
        return url;
    }

    /** The deployment's or task's state when the step knew it, else {@code null}. */
    public String getState() {
        return state;
    }

    /** Whether this deployment or task ended in a state other than success. */
    public boolean isUnsuccessful() {
        return state != null
                && !state.equals("Success")
                && !state.equals("Queued")
                && !state.equals("Executing");
    }

    boolean sameTarget(BuildLink other) {
        return java.util.Objects.equals(kind, other.kind)
                && java.util.Objects.equals(label, other.label);
    }
}
