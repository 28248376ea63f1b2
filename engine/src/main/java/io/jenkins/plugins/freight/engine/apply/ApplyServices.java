package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.ProjectGroupService;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.SecurityModel;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.variable.VariableService;

/** The services an apply goes through; every change is one of their ordinary calls. */
public record ApplyServices(
        AccessPolicy accessPolicy,
        SpaceService spaces,
        EnvironmentService environments,
        LifecycleService lifecycles,
        ProjectGroupService projectGroups,
        ProjectService projects,
        ChannelService channels,
        ProcessService processes,
        VariableService variables,
        MachineService machines,
        AccountService accounts,
        IdentityService identity,
        SecurityModel security) {}
