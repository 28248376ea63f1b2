package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.TaskService;
import java.time.Clock;

/**
 * Deployment plans assembled: editing ({@link #editing()}), validation ({@link #validator()}) and
 * execution ({@link #execution()}, registered as a task completion listener).
 */
public final class DeploymentPlans {

    private final DeploymentPlanService editing;
    private final PlanValidator validator;
    private final PlanExecution execution;

    public DeploymentPlans(
            Database database,
            AccessPolicy access,
            Clock clock,
            AuditLog audit,
            ProjectService projects,
            ReleaseService releases,
            EnvironmentService environments,
            DeploymentService deployments,
            TaskService tasks) {
        this.editing =
                new DeploymentPlanService(
                        database,
                        access,
                        clock,
                        audit,
                        new PlanReferences(projects, releases, environments));
        this.validator =
                new PlanValidator(
                        database, access, editing, projects, releases, environments, deployments);
        this.execution =
                new PlanExecution(database, access, clock, audit, deployments, tasks, editing);
        tasks.addCompletionListener(execution);
    }

    public DeploymentPlanService editing() {
        return editing;
    }

    public PlanValidator validator() {
        return validator;
    }

    public PlanExecution execution() {
        return execution;
    }
}
