package io.jenkins.plugins.freight.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 002 in the engine: two team leads who may not deploy to Quality Assurance prepare one plan
 * together, the operations team validates and executes it; a plan can be aborted and retried.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DeploymentPlanWorkflowTest {

    @TempDir Path dir;

    private Engine engine;
    private String space;
    private Environment development;
    private Environment qa;
    private Caller commerceLead;
    private Caller portalLead;
    private Caller operator;

    private void setUp(DatabaseKind kind) {
        engine =
                Engine.open(
                        EngineSettings.defaults(dir)
                                .withDatabase(kind.newSettings())
                                .withNodeName("plan-test")
                                .withTaskCap(2));
        engine.start();
        Caller system = Caller.system();
        space = engine.spaces().create(system, Space.named("Apps")).id();
        development = engine.environments().create(system, space, Environment.named("Development"));
        qa = engine.environments().create(system, space, Environment.named("Quality Assurance"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                system,
                                space,
                                Lifecycle.of(
                                        "Dev then QA",
                                        Phase.manual("Development", development.id()),
                                        Phase.manual("QA", qa.id())));
        project("eCommerce", lifecycle);
        project("Customer Portal", lifecycle);
        commerceLead = SecurityTesting.user(engine, "ecommerce-lead");
        portalLead = SecurityTesting.user(engine, "portal-lead");
        operator = SecurityTesting.user(engine, "operator");
        Team leads = SecurityTesting.team(engine, space, "Team leads", commerceLead, portalLead);
        engine.security()
                .scopedUserRoles()
                .create(
                        system,
                        new ScopedUserRole(
                                null,
                                space,
                                leads.id(),
                                BuiltInRoles.DEPLOYMENT_PLAN_EDITOR,
                                null,
                                null,
                                null,
                                null));
        SecurityTesting.grant(
                engine, leads, space, "Deployment Creator", List.of(development.id()));
        Team operations = SecurityTesting.team(engine, space, "Operations", operator);
        SecurityTesting.grant(engine, operations, space, "Deployment Creator", List.of(qa.id()));
        SecurityTesting.grant(engine, operations, space, "Project Viewer", List.of());
    }

    private void project(String name, Lifecycle lifecycle) {
        Project project =
                engine.projects()
                        .create(
                                Caller.system(),
                                space,
                                Project.builder(name).lifecycleId(lifecycle.id()).build());
        engine.database().useTransaction(h -> engine.variables().createSet(h, space, project.id()));
    }

    /** Creates the release and deploys it to Development (so QA is open for it). */
    private void releaseInDevelopment(String project, String version) {
        var release =
                engine.releases()
                        .create(
                                Caller.system(),
                                space,
                                CreateReleaseRequest.of(project).withVersion(version));
        var deployment =
                engine.deployments()
                        .create(
                                Caller.system(),
                                space,
                                CreateDeploymentRequest.release(release.id(), "Development"))
                        .get(0);
        engine.tasks()
                .awaitCompletion(Caller.system(), deployment.taskId(), Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void leadsPrepareAPlanTogetherAndOperationsExecutesIt(DatabaseKind kind) {
        setUp(kind);
        try (Engine opened = engine) {
            releaseInDevelopment("eCommerce", "1.0.0");
            releaseInDevelopment("Customer Portal", "0.6.0");
            var plans = engine.plans().editing();

            // the eCommerce lead saves a plan with notes, though they may not deploy to QA
            DeploymentPlan plan =
                    plans.create(
                            commerceLead,
                            space,
                            new PlanDraft(
                                    "Sprint 12 to QA",
                                    "Quality Assurance",
                                    "Deploy after the 10:00 stand-up.",
                                    List.of(
                                            new PlanDraft.Item(
                                                    "eCommerce", "1.0.0", "Run the smoke tests"))));
            assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
            assertThat(plan.version()).isEqualTo(1);

            // the Customer Portal lead adds their app and edits the shared notes
            DeploymentPlan added =
                    plans.addItem(
                            portalLead,
                            space,
                            plan.id(),
                            new PlanDraft.Item("Customer Portal", "0.6.0", "Tag and deploy 0.6"));
            DeploymentPlan noted =
                    plans.editNotes(
                            portalLead,
                            space,
                            plan.id(),
                            added.version(),
                            null,
                            "Deploy after the 10:00 stand-up. Portal needs the new API.");
            assertThat(noted.items())
                    .extracting(PlanItem::notes)
                    .containsExactly("Run the smoke tests", "Tag and deploy 0.6");

            // the eCommerce lead's edit based on the first version is refused, naming who changed
            // it
            assertThatThrownBy(
                            () ->
                                    plans.editNotes(
                                            commerceLead,
                                            space,
                                            plan.id(),
                                            plan.version(),
                                            null,
                                            "Mine"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("was changed by portal-lead")
                    .hasMessageContaining("Nothing was saved");
            assertThat(plans.get(operator, space, plan.id()).notes())
                    .isEqualTo("Deploy after the 10:00 stand-up. Portal needs the new API.");

            // a lead cannot execute it: the refusal names what is missing and who holds it
            assertThatThrownBy(
                            () ->
                                    engine.plans()
                                            .execution()
                                            .execute(
                                                    commerceLead,
                                                    space,
                                                    plan.id(),
                                                    noted.version()))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission DeploymentCreate for environment Quality"
                                    + " Assurance; granted to teams: Operations");
            // operations may not edit it
            assertThatThrownBy(
                            () ->
                                    plans.editNotes(
                                            operator, space, plan.id(), noted.version(), null, "x"))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageStartingWith("Missing permission DeploymentPlanEdit");

            // operations reviews and validates, then executes
            PlanValidation validation =
                    engine.plans().validator().validate(operator, space, plan.id());
            assertThat(validation.executable()).isTrue();
            assertThat(validation.canExecute()).isTrue();
            assertThat(validation.freezes()).isEqualTo(PlanValidation.NO_FREEZES);
            PlanValidation leadsView =
                    engine.plans().validator().validate(commerceLead, space, plan.id());
            assertThat(leadsView.canExecute()).isFalse();
            assertThat(leadsView.items().get(0).permissions().get(0))
                    .startsWith(
                            "Missing permission DeploymentCreate for environment Quality Assurance");

            DeploymentPlan executing =
                    engine.plans().execution().execute(operator, space, plan.id(), noted.version());
            assertThat(executing.state()).isEqualTo(PlanState.EXECUTING);
            assertThat(executing.items().get(0).state()).isEqualTo(PlanItemState.DEPLOYING);
            assertThat(executing.items().get(1).state()).isEqualTo(PlanItemState.PENDING);

            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    engine.plans()
                                            .execution()
                                            .progress(operator, space, plan.id())
                                            .state()
                                            .isTerminal());
            DeploymentPlan done = engine.plans().execution().progress(operator, space, plan.id());
            assertThat(done.state()).isEqualTo(PlanState.SUCCEEDED);
            assertThat(done.executedBy()).isEqualTo("operator");
            assertThat(done.items())
                    .allSatisfy(
                            i -> {
                                assertThat(i.state()).isEqualTo(PlanItemState.SUCCEEDED);
                                assertThat(i.deploymentId()).startsWith("Deployments-");
                                assertThat(i.taskId()).startsWith("ServerTasks-");
                            });
            assertThat(
                            engine.plans()
                                    .execution()
                                    .itemLog(operator, space, plan.id(), done.items().get(1).id()))
                    .isNotEmpty();

            // audited throughout
            List<EventCategory> categories =
                    engine
                            .audit()
                            .list(
                                    Caller.system(),
                                    EventQuery.inSpace(space, false)
                                            .withDocuments(List.of(plan.id())))
                            .items()
                            .stream()
                            .map(AuditEvent::category)
                            .toList();
            assertThat(categories)
                    .containsExactly(
                            EventCategory.DeploymentPlanFinished,
                            EventCategory.DeploymentPlanExecuted,
                            EventCategory.Modified,
                            EventCategory.Modified,
                            EventCategory.Created);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAbortedPlanSkipsTheRestAndCanBeRetriedAsANewDraft(DatabaseKind kind) {
        setUp(kind);
        try (Engine opened = engine) {
            // eCommerce waits for a person in QA, so the plan is still running when aborted
            Project commerce = engine.projects().get(Caller.system(), space, "eCommerce");
            DeploymentProcess process =
                    engine.processes().getForProject(Caller.system(), space, commerce.id());
            engine.processes()
                    .modify(
                            Caller.system(),
                            space,
                            commerce.id(),
                            DeploymentProcess.edit(
                                    process.version(),
                                    List.of(
                                            DeploymentStep.of(
                                                    DeploymentAction.of(
                                                                    "Approve",
                                                                    "Octopus.Manual",
                                                                    Map.of(
                                                                            "Octopus.Action.Manual.Instructions",
                                                                            "Approve",
                                                                            DeploymentAction
                                                                                    .RUN_ON_SERVER,
                                                                            "true"))
                                                            .withExcludedEnvironments(
                                                                    List.of(development.id()))))));
            releaseInDevelopment("eCommerce", "1.0.0");
            releaseInDevelopment("Customer Portal", "0.6.0");
            var plans = engine.plans().editing();
            DeploymentPlan plan =
                    plans.create(
                            commerceLead,
                            space,
                            new PlanDraft(
                                    "Hotfix",
                                    qa.id(),
                                    "",
                                    List.of(
                                            new PlanDraft.Item("eCommerce", "1.0.0", ""),
                                            new PlanDraft.Item("Customer Portal", "0.6.0", ""))));
            engine.plans().execution().execute(operator, space, plan.id(), plan.version());

            // aborting cancels the running task: Deployment Creator alone may not
            assertThatThrownBy(() -> engine.plans().execution().abort(operator, space, plan.id()))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission TaskCancel in space Apps; granted to teams: Octopus"
                                    + " Administrators, Space Managers");
            assertThat(plans.get(operator, space, plan.id()).state())
                    .isEqualTo(PlanState.EXECUTING);
            Team cancellers = SecurityTesting.team(engine, space, "Cancellers", operator);
            SecurityTesting.grant(
                    engine, cancellers, space, "Environment Manager", List.of(qa.id()));

            DeploymentPlan aborted = engine.plans().execution().abort(operator, space, plan.id());
            assertThat(aborted.state()).isEqualTo(PlanState.ABORTED);
            assertThat(aborted.items().get(1).state()).isEqualTo(PlanItemState.SKIPPED);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    engine.plans()
                                                    .execution()
                                                    .progress(operator, space, plan.id())
                                                    .items()
                                                    .get(0)
                                                    .state()
                                            == PlanItemState.CANCELED);
            assertThatThrownBy(
                            () ->
                                    plans.editNotes(
                                            commerceLead,
                                            space,
                                            plan.id(),
                                            aborted.version(),
                                            null,
                                            "x"))
                    .isInstanceOf(ConflictException.class);

            DeploymentPlan retry = plans.retry(commerceLead, space, plan.id());
            assertThat(retry.id()).isNotEqualTo(plan.id());
            assertThat(retry.state()).isEqualTo(PlanState.DRAFT);
            assertThat(retry.retriedFromPlanId()).isEqualTo(plan.id());
            assertThat(retry.items())
                    .extracting(PlanItem::state)
                    .containsExactly(PlanItemState.PENDING, PlanItemState.PENDING);
            assertThat(plans.list(operator, space))
                    .extracting(DeploymentPlan::id)
                    .containsExactly(retry.id(), plan.id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void validationExplainsLifecycleProblemsAndBadInputChangesNothing(DatabaseKind kind) {
        setUp(kind);
        try (Engine opened = engine) {
            engine.releases()
                    .create(
                            Caller.system(),
                            space,
                            CreateReleaseRequest.of("eCommerce").withVersion("2.0.0"));
            var plans = engine.plans().editing();
            DeploymentPlan plan =
                    plans.create(
                            commerceLead,
                            space,
                            new PlanDraft(
                                    "Too early",
                                    "Quality Assurance",
                                    "",
                                    List.of(new PlanDraft.Item("eCommerce", "2.0.0", ""))));

            PlanValidation validation =
                    engine.plans().validator().validate(operator, space, plan.id());
            assertThat(validation.executable()).isFalse();
            assertThat(validation.items().get(0).blocking())
                    .containsExactly(
                            "Release 2.0.0 cannot be deployed to Quality Assurance: phase"
                                    + " Development must complete first (Development has no"
                                    + " successful deployment of this release)");

            assertThatThrownBy(
                            () ->
                                    plans.create(
                                            commerceLead,
                                            space,
                                            new PlanDraft(
                                                    "Bad",
                                                    "Quality Assurance",
                                                    "",
                                                    List.of(
                                                            new PlanDraft.Item("Nope", "1.0.0", ""),
                                                            new PlanDraft.Item(
                                                                    "eCommerce", "9.9.9", "")))))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(2));
            assertThat(plans.list(operator, space)).hasSize(1);
        }
    }
}
