package io.jenkins.plugins.freight.plugin.run;

import hudson.EnvVars;
import hudson.model.BuildBadgeAction;
import hudson.model.EnvironmentContributingAction;
import hudson.model.Run;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.RunAction2;

/**
 * What Freight steps did in one build: links to releases, deployments and tasks for the build's
 * summary and badge ({@code summary.jelly}, {@code badge.jelly}), the {@code FREIGHT_*} variables
 * later steps see, the server tasks a later {@code freightAwait} waits for, and those whose end a
 * step already waited for (their log is not shown again).
 */
public final class FreightBuildAction
        implements RunAction2, BuildBadgeAction, EnvironmentContributingAction {

    private final List<BuildLink> links = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> startedTaskIds = new ArrayList<>();
    // not final: a build saved before this field existed reads it back as null (see readResolve)
    private List<String> awaitedTaskIds = new ArrayList<>();

    /** The build's action, added on first use. */
    public static FreightBuildAction of(Run<?, ?> run) {
        synchronized (run) {
            FreightBuildAction action = run.getAction(FreightBuildAction.class);
            if (action == null) {
                action = new FreightBuildAction();
                run.addAction(action);
            }
            return action;
        }
    }

    public synchronized void record(StepOutcome outcome) {
        if (outcome == null) {
            return;
        }
        for (StepOutcome.RunLink found : outcome.links()) {
            BuildLink link = BuildLink.of(found);
            links.removeIf(link::sameTarget);
            links.add(link);
        }
        environment.putAll(outcome.environment());
        outcome.startedTaskIds().stream()
                .filter(id -> !startedTaskIds.contains(id))
                .forEach(startedTaskIds::add);
        outcome.awaitedTaskIds().stream()
                .filter(id -> !awaitedTaskIds.contains(id))
                .forEach(awaitedTaskIds::add);
    }

    /** Every link, in the order the steps produced them (a later state replaces an earlier). */
    public synchronized List<BuildLink> getLinks() {
        return List.copyOf(links);
    }

    /** The releases only, for the badge in the build history. */
    public synchronized List<BuildLink> getReleaseLinks() {
        return links.stream().filter(l -> "release".equals(l.getKind())).toList();
    }

    public synchronized List<String> getStartedTaskIds() {
        return List.copyOf(startedTaskIds);
    }

    /** Tasks a step of this build waited for until they ended, showing their log. */
    public synchronized List<String> getAwaitedTaskIds() {
        return List.copyOf(awaitedTaskIds);
    }

    /** Whether any deployment this build started did not succeed (for the badge's icon). */
    public synchronized boolean isAnyFailed() {
        return links.stream().anyMatch(BuildLink::isUnsuccessful);
    }

    @Override
    public synchronized void buildEnvironment(Run<?, ?> run, EnvVars env) {
        env.putAll(environment);
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.RootAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return null;
    }

    /** XStream: a build recorded before awaited tasks were kept has none. */
    protected synchronized Object readResolve() {
        if (awaitedTaskIds == null) {
            awaitedTaskIds = new ArrayList<>();
        }
        return this;
    }

    @Override
    public void onAttached(Run<?, ?> r) {}

    @Override
    public void onLoad(Run<?, ?> r) {}
}
