package io.jenkins.plugins.freight.engine.project;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.process.StepCondition;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tutorial's setup (Jenkins builds Random Quotes, the engine deploys it to Dev, Test and Prod):
 * three environments, a web target in all of them, the "Dev, Test, and Prod" lifecycle with Dev
 * optional, and the project's process with a package step, a sign-off that skips Dev and an e-mail
 * that always runs.
 */
class RandomQuotesSetupTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theTutorialSetupIsExpressible(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Environment test = engine.environments().create(ALICE, space, Environment.named("Test"));
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Account account =
                engine.accounts()
                        .create(
                                ALICE,
                                space,
                                Account.usernamePassword("Web deployer", "deploy", "pw"));
        engine.machines()
                .create(
                        ALICE,
                        space,
                        Machine.ssh(
                                "Web server",
                                List.of(dev.id(), test.id(), prod.id()),
                                List.of("web"),
                                SshEndpoint.of(
                                        "127.0.0.1",
                                        22,
                                        "SHA256:" + "B".repeat(43),
                                        account.id())));

        // The project starts on the Default Lifecycle: every environment in the order created.
        Project project =
                engine.projects().create(ALICE, space, Project.builder("Random Quotes").build());
        assertThat(engine.lifecycles().effectivePhases(ALICE, space, project.lifecycleId()))
                .extracting(Phase::name)
                .containsExactly("Dev", "Test", "Prod");

        Lifecycle devTestProd =
                engine.lifecycles()
                        .create(
                                ALICE,
                                space,
                                Lifecycle.of(
                                                "Dev, Test, and Prod",
                                                Phase.manual("Dev", dev.id()).asOptional(),
                                                Phase.manual("Test", test.id()),
                                                Phase.manual("Prod", prod.id()))
                                        .withDescription(
                                                "Progression from the Dev to the Prod environments"));
        project =
                engine.projects()
                        .modify(
                                ALICE,
                                space,
                                project.id(),
                                project.toBuilder().lifecycleId(devTestProd.id()).build());

        DeploymentAction deployWebApp =
                DeploymentAction.of(
                                "Deploy web app to IIS",
                                "Octopus.IIS",
                                Map.of(
                                        "Octopus.Action.IISWebSite.WebSiteName", "RandomQuotes",
                                        "Octopus.Action.IISWebSite.ApplicationPoolName",
                                                "RandomQuotes",
                                        "Octopus.Action.IISWebSite.Bindings",
                                                "[{\"port\":\"#{IIS Port}\"}]"))
                        .withPackages(
                                List.of(PackageReference.primary("RandomQuotes", "feeds-builtin")));
        DeploymentAction signOff =
                DeploymentAction.of(
                                "Deployment Sign Off",
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Open the application and confirm it meets all the requirements.",
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))
                        .withExcludedEnvironments(List.of(dev.id()));
        DeploymentAction email =
                DeploymentAction.of(
                                "Random quotes deployment status",
                                "Octopus.Email",
                                Map.of(
                                        "Octopus.Action.Email.To",
                                        "team@example.org",
                                        "Octopus.Action.Email.Subject",
                                        "Random quotes deployment status",
                                        "Octopus.Action.Email.Body",
                                        "Deployment to #{Octopus.Environment.Name}\n"
                                                + "#{each step in Octopus.Step}\n"
                                                + "StepName: #{step}\n"
                                                + "Status: #{step.Status.Code}\n"
                                                + "#{/each}"))
                        .withExcludedEnvironments(List.of(dev.id()));
        DeploymentProcess process =
                engine.processes()
                        .modify(
                                ALICE,
                                space,
                                project.id(),
                                DeploymentProcess.edit(
                                        0,
                                        List.of(
                                                DeploymentStep.of(
                                                        "Deploy web app to IIS",
                                                        Map.of(DeploymentStep.TARGET_ROLES, "web"),
                                                        deployWebApp),
                                                DeploymentStep.of(signOff),
                                                DeploymentStep.of(email)
                                                        .withCondition(StepCondition.ALWAYS))));

        List<Phase> phases =
                engine.lifecycles().effectivePhases(ALICE, space, project.lifecycleId());
        assertThat(phases).extracting(Phase::name).containsExactly("Dev", "Test", "Prod");
        assertThat(phases).extracting(Phase::isOptionalPhase).containsExactly(true, false, false);
        assertThat(process.steps()).hasSize(3);
        assertThat(process.steps().get(0).targetRoles()).containsExactly("web");
        assertThat(process.action("deployment sign off").orElseThrow().runsInEnvironment(dev.id()))
                .isFalse();
        assertThat(process.action("Deployment Sign Off").orElseThrow().runsInEnvironment(prod.id()))
                .isTrue();
        assertThat(process.step("Random quotes deployment status").orElseThrow().condition())
                .isEqualTo(StepCondition.ALWAYS);
        List<Machine> testTargets =
                engine.database()
                        .withHandle(
                                h ->
                                        engine.machines()
                                                .targets(
                                                        h, space, test.id(), List.of("web"), null));
        assertThat(testTargets).extracting(Machine::name).containsExactly("Web server");
    }
}
