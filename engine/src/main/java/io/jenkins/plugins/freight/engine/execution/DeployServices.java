package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.TeamService;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfigurationService;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import java.util.Objects;

/**
 * The parts of the engine a {@code Deploy} task reads: the deployment with its release and frozen
 * process and variables, the configuration it deploys into, the targets with their accounts, the
 * feed, the users who deployed or answered interruptions, the teams e-mail steps write to and the
 * server's SMTP configuration.
 */
public record DeployServices(
        Database database,
        SpaceService spaces,
        DeploymentService deployments,
        ReleaseService releases,
        ProjectService projects,
        ChannelService channels,
        EnvironmentService environments,
        TenantService tenants,
        ProcessService processes,
        VariableService variables,
        MachineService machines,
        AccountService accounts,
        FeedService feed,
        IdentityService identity,
        TeamService teams,
        SmtpConfigurationService smtp) {

    public DeployServices {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(spaces, "spaces");
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(releases, "releases");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(environments, "environments");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(processes, "processes");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(machines, "machines");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(smtp, "smtp");
    }
}
