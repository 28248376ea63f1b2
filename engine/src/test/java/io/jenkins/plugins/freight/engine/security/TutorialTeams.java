package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.StepCondition;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tutorial of seed 000 set up in a real engine: Dev, Test and Prod with a lifecycle where Dev
 * is optional, the Random Quotes project whose process has a sign-off step for the stakeholders
 * (skipped in Dev) and a status e-mail that always runs (skipped in Dev), and the teams: Internal
 * Deployers (deploy to Dev and Test), Production Deployers (deploy to Prod), Project Stakeholders
 * (sign off), each also with Project Viewer.
 */
record TutorialTeams(
        Engine engine,
        String space,
        Environment dev,
        Environment test,
        Environment prod,
        Project project,
        Caller internalDeployer,
        Caller productionDeployer,
        Caller stakeholder,
        Team internalDeployers,
        Team productionDeployers,
        Team stakeholders) {

    static TutorialTeams create(DatabaseKind kind, Path dir, int smtpPort) {
        Engine engine =
                Engine.open(
                        EngineSettings.defaults(dir)
                                .withDatabase(kind.newSettings())
                                .withNodeName("security-test")
                                .withTaskCap(2));
        engine.start();
        Caller system = Caller.system();
        String space = engine.spaces().create(system, Space.named("Random Quotes space")).id();
        Environment dev = engine.environments().create(system, space, Environment.named("Dev"));
        Environment test = engine.environments().create(system, space, Environment.named("Test"));
        Environment prod = engine.environments().create(system, space, Environment.named("Prod"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                system,
                                space,
                                Lifecycle.of(
                                        "Dev, Test, and Prod",
                                        Phase.manual("Dev", dev.id()).asOptional(),
                                        Phase.manual("Test", test.id()),
                                        Phase.manual("Prod", prod.id())));
        Project project =
                engine.projects()
                        .create(
                                system,
                                space,
                                Project.builder("Random Quotes")
                                        .lifecycleId(lifecycle.id())
                                        .build());
        engine.database().useTransaction(h -> engine.variables().createSet(h, space, project.id()));
        VariableSet set = engine.variables().getForOwner(system, project.id());
        engine.variables()
                .modify(
                        system,
                        set.withVariables(
                                List.of(
                                        Variable.of("Freight.Smtp.Host", "127.0.0.1"),
                                        Variable.of("Freight.Smtp.Port", String.valueOf(smtpPort)),
                                        Variable.of("Freight.Smtp.From", "freight@example.org"))));

        Caller internal = SecurityTesting.user(engine, "internaldeployer");
        Caller production = SecurityTesting.user(engine, "productiondeployer");
        Caller stakeholder = SecurityTesting.user(engine, "stakeholder");
        Team internalTeam = SecurityTesting.team(engine, space, "Internal Deployers", internal);
        SecurityTesting.grant(
                engine, internalTeam, space, "Deployment Creator", List.of(dev.id(), test.id()));
        SecurityTesting.grant(engine, internalTeam, space, "Project Viewer", List.of());
        Team productionTeam =
                SecurityTesting.team(engine, space, "Production Deployers", production);
        SecurityTesting.grant(
                engine, productionTeam, space, "Deployment Creator", List.of(prod.id()));
        SecurityTesting.grant(engine, productionTeam, space, "Project Viewer", List.of());
        Team stakeholdersTeam =
                SecurityTesting.team(engine, space, "Project Stakeholders", stakeholder);
        SecurityTesting.grant(engine, stakeholdersTeam, space, "Project Viewer", List.of());
        UserRole signOff =
                engine.security()
                        .userRoles()
                        .create(
                                system,
                                new UserRoleDetails(
                                        "Sign-off",
                                        "Answers manual interventions",
                                        List.of("InterruptionView", "InterruptionSubmit"),
                                        List.of()));
        engine.security()
                .scopedUserRoles()
                .create(
                        system,
                        new ScopedUserRole(
                                null,
                                space,
                                stakeholdersTeam.id(),
                                signOff.id(),
                                List.of(test.id(), prod.id()),
                                List.of(),
                                List.of(),
                                List.of()));

        DeploymentAction signOffStep =
                DeploymentAction.of(
                                "Deployment Sign Off",
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Open the application and confirm it meets all the"
                                                + " requirements.",
                                        "Octopus.Action.Manual.ResponsibleTeamIds",
                                        stakeholdersTeam.id(),
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))
                        .withExcludedEnvironments(List.of(dev.id()));
        DeploymentStep mail =
                DeploymentStep.of(
                                DeploymentAction.of(
                                                "Random quotes deployment status",
                                                "Octopus.Email",
                                                Map.of(
                                                        "Octopus.Action.Email.To",
                                                        "team@example.org",
                                                        "Octopus.Action.Email.Subject",
                                                        "Random quotes deployment status",
                                                        "Octopus.Action.Email.Body",
                                                        "Deployment to #{Octopus.Environment.Name}"))
                                        .withExcludedEnvironments(List.of(dev.id())))
                        .withCondition(StepCondition.ALWAYS);
        DeploymentProcess current = engine.processes().getForProject(system, space, project.id());
        engine.processes()
                .modify(
                        system,
                        space,
                        project.id(),
                        DeploymentProcess.edit(
                                current.version(), List.of(DeploymentStep.of(signOffStep), mail)));
        return new TutorialTeams(
                engine,
                space,
                dev,
                test,
                prod,
                project,
                internal,
                production,
                stakeholder,
                internalTeam,
                productionTeam,
                stakeholdersTeam);
    }

    Release release(String version) {
        return engine.releases()
                .create(
                        Caller.system(),
                        space,
                        CreateReleaseRequest.of(project.id()).withVersion(version));
    }
}
