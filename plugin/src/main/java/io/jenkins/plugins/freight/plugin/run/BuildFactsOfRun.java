package io.jenkins.plugins.freight.plugin.run;

import hudson.model.Run;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.freight.client.buildinfo.BuildInformation;
import io.jenkins.plugins.freight.plugin.steps.BuildFacts;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.scm.RunWithSCM;

/**
 * Reads a build's number, address and the commits of its change sets, and the tasks its Freight
 * steps started and waited for.
 */
final class BuildFactsOfRun {

    private BuildFactsOfRun() {}

    static BuildFacts of(Run<?, ?> run, FreightBuildAction action) {
        String root = Jenkins.get().getRootUrl();
        List<BuildInformation.Commit> commits = new ArrayList<>();
        if (run instanceof RunWithSCM<?, ?> scm) {
            for (ChangeLogSet<? extends ChangeLogSet.Entry> set : scm.getChangeSets()) {
                for (ChangeLogSet.Entry entry : set) {
                    commits.add(new BuildInformation.Commit(entry.getCommitId(), entry.getMsg()));
                }
            }
        }
        return new BuildFacts(
                run.getParent().getFullName(),
                String.valueOf(run.getNumber()),
                root == null ? null : root + run.getUrl(),
                commits,
                action.getStartedTaskIds(),
                action.getAwaitedTaskIds());
    }
}
