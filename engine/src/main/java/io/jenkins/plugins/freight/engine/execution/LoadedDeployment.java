package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.machine.AccountCredentials;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a {@code Deploy} task read before it runs, in one transaction.
 *
 * @param tenant empty for an untenanted deployment
 * @param variableSets the release's frozen variables (project first, then library sets), sensitive
 *     values decrypted; empty when the release froze none
 * @param prompted values supplied for prompted variables, by name
 * @param sensitivePrompted names of the prompted values that are sensitive
 * @param machines the deployment targets that take part (environment, tags, tenant, specific and
 *     excluded machines applied), in name order
 * @param deployedBy the user who created the deployment, when known
 */
record LoadedDeployment(
        ServerTask task,
        Deployment deployment,
        Release release,
        Project project,
        Channel channel,
        Environment environment,
        Space space,
        Optional<Tenant> tenant,
        DeploymentProcess process,
        List<VariableSet> variableSets,
        Map<String, String> prompted,
        Set<String> sensitivePrompted,
        List<LoadedMachine> machines,
        Optional<User> deployedBy) {

    /**
     * A deployment target with what logging in to it needs.
     *
     * @param credentials the account's secrets, or null when they could not be read
     * @param problem why the target cannot be reached, or null
     */
    record LoadedMachine(Machine machine, AccountCredentials credentials, String problem) {

        @Override
        public String toString() {
            return "LoadedMachine[" + machine.id() + ", " + machine.name() + "]";
        }
    }

    LoadedDeployment withDeployedBy(Optional<User> user) {
        return new LoadedDeployment(
                task,
                deployment,
                release,
                project,
                channel,
                environment,
                space,
                tenant,
                process,
                variableSets,
                prompted,
                sensitivePrompted,
                machines,
                user);
    }

    @Override
    public String toString() {
        return "LoadedDeployment[" + deployment.id() + "]";
    }
}
