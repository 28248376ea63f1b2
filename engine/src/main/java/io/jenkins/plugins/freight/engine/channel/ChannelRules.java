package io.jenkins.plugins.freight.engine.channel;

import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a channel's version rules against the project's deployment process. */
final class ChannelRules {

    private ChannelRules() {}

    static List<String> problems(List<ChannelRule> rules, DeploymentProcess process) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            ChannelRule rule = rules.get(i);
            String label = "Version rule " + (i + 1);
            if (rule.actionPackages().isEmpty()) {
                errors.add(label + " names no package it applies to.");
            }
            if (!rule.versionRange().isBlank()
                    && VersionRange.tryParse(rule.versionRange()).isEmpty()) {
                errors.add(
                        label
                                + " has a version range '"
                                + rule.versionRange()
                                + "' that is not a NuGet or Maven range (for example [1.0,2.0)).");
            }
            if (!rule.tag().isBlank()) {
                try {
                    Pattern.compile(rule.tag());
                } catch (PatternSyntaxException e) {
                    errors.add(
                            label
                                    + " has a pre-release tag pattern '"
                                    + rule.tag()
                                    + "' that is not a valid regular expression.");
                }
            }
            for (ActionPackage p : rule.actionPackages()) {
                String problem = packageProblem(p, process);
                if (problem != null) {
                    errors.add(label + ": " + problem);
                }
            }
        }
        return errors;
    }

    private static String packageProblem(ActionPackage p, DeploymentProcess process) {
        if (p.deploymentAction() == null || p.deploymentAction().isBlank()) {
            return "a package entry names no action.";
        }
        DeploymentAction action = process.action(p.deploymentAction()).orElse(null);
        if (action == null) {
            return "the deployment process has no action '" + p.deploymentAction() + "'.";
        }
        if (action.packageNamed(p.packageReference()) == null) {
            return p.isPrimary()
                    ? "action '" + action.name() + "' has no primary package."
                    : "action '"
                            + action.name()
                            + "' has no package reference '"
                            + p.packageReference()
                            + "'.";
        }
        return null;
    }

    static List<ChannelRule> withIds(List<ChannelRule> rules) {
        return rules.stream()
                .map(
                        r ->
                                new ChannelRule(
                                        r.id() == null || r.id().isBlank()
                                                ? UUID.randomUUID().toString()
                                                : r.id(),
                                        r.actionPackages(),
                                        r.versionRange().strip(),
                                        r.tag()))
                .toList();
    }
}
