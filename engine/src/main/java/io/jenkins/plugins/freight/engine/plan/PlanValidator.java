package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every item of a plan against what deploying it would meet: the release still exists and
 * belongs to the project, the lifecycle lets it into the plan's environment now, and the validating
 * user may deploy it there. Freight has no deployment freezes; the result says so.
 */
public final class PlanValidator {

    private final Database database;
    private final AccessPolicy access;
    private final DeploymentPlanService plans;
    private final ProjectService projects;
    private final ReleaseService releases;
    private final EnvironmentService environments;
    private final DeploymentService deployments;

    PlanValidator(
            Database database,
            AccessPolicy access,
            DeploymentPlanService plans,
            ProjectService projects,
            ReleaseService releases,
            EnvironmentService environments,
            DeploymentService deployments) {
        this.database = database;
        this.access = access;
        this.plans = plans;
        this.projects = projects;
        this.releases = releases;
        this.environments = environments;
        this.deployments = deployments;
    }

    public PlanValidation validate(Caller caller, String spaceId, String id) {
        DeploymentPlan plan = plans.get(caller, spaceId, id);
        return database.withHandle(
                h -> {
                    Environment environment =
                            environments.require(h, spaceId, plan.environmentId());
                    List<PlanValidation.ItemCheck> checks = new ArrayList<>();
                    for (PlanItem item : plan.items()) {
                        List<String> blocking = new ArrayList<>();
                        List<String> permissions = new ArrayList<>();
                        String projectName = item.projectId();
                        String version = item.releaseId();
                        try {
                            Project project = projects.require(h, spaceId, item.projectId());
                            projectName = project.name();
                            Release release = releases.require(h, spaceId, item.releaseId());
                            version = release.version();
                            deployments
                                    .progression(h, project, release, null)
                                    .refusal(environment.id(), environment.name())
                                    .ifPresent(blocking::add);
                        } catch (NotFoundException e) {
                            blocking.add(e.getMessage() + "; the release is no longer available.");
                        }
                        try {
                            access.requireFor(
                                    h, caller, "DeploymentCreate", PlanExecution.scope(plan, item));
                        } catch (ForbiddenException e) {
                            permissions.add(e.getMessage());
                        }
                        checks.add(
                                new PlanValidation.ItemCheck(
                                        item.id(), projectName, version, blocking, permissions));
                    }
                    boolean executable =
                            checks.stream().allMatch(PlanValidation.ItemCheck::isValid);
                    boolean canExecute =
                            executable
                                    && plan.state() == PlanState.DRAFT
                                    && checks.stream().allMatch(c -> c.permissions().isEmpty());
                    return new PlanValidation(
                            plan.id(), checks, PlanValidation.NO_FREEZES, executable, canExecute);
                });
    }
}
