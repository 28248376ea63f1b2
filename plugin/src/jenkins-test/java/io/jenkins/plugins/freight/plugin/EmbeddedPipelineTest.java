package io.jenkins.plugins.freight.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.tasks.Shell;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedEngine;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle;
import io.jenkins.plugins.freight.plugin.freestyle.FreightAwaitRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightCreateReleaseRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightDeployRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPackBuilder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPushBuilder;
import io.jenkins.plugins.freight.plugin.run.BuildLink;
import io.jenkins.plugins.freight.plugin.run.FreightBuildAction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.JenkinsLocationConfiguration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The seed tutorial's job against the embedded engine, as a freestyle job (on the controller and
 * on an agent) and as a declarative Pipeline: pack → push → create release and deploy to Dev with
 * progress → deploy to Test → await. The project's one step is the tutorial's bash script that runs
 * on the server, so the controller starts with steps on the server turned on. Also the {@code
 * freightServer} credentials binding. (Official toolchain only: see docs/jenkins.md. Written
 * against the Jenkins Test Harness 2578.v44660312fd37 API, the version plugin parent POM
 * 6.2221.va_045130417c9 pins.)
 */
@WithJenkins
class EmbeddedPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPACE = "Spaces-1";
    private static final String DEPLOY_SCRIPT =
            "echo \"Deploying #{Octopus.Release.Number} to #{Octopus.Environment.Name}\"\n";

    private JenkinsRule r;

    /** Before Jenkins starts: the embedded engine reads the setting when it starts. */
    @BeforeAll
    static void turnStepsOnTheServerOn() {
        System.setProperty(EmbeddedEngine.RUN_ON_SERVER_PROPERTY, "true");
    }

    @AfterAll
    static void turnStepsOnTheServerOff() {
        System.clearProperty(EmbeddedEngine.RUN_ON_SERVER_PROPERTY);
    }

    @BeforeEach
    void seed(JenkinsRule rule) throws Exception {
        r = rule;
        JenkinsLocationConfiguration.get().setUrl(r.getURL().toString());
        EmbeddedLifecycle.start();
        List<Map<String, Object>> phases = new ArrayList<>();
        for (String environment : List.of("Dev", "Test")) {
            String id = api("POST", SPACE + "/environments", Map.of("Name", environment)).path("Id").asText();
            phases.add(
                    Map.of(
                            "Name", environment,
                            "OptionalDeploymentTargets", List.of(id),
                            "MinimumEnvironmentsBeforePromotion", 0));
        }
        String lifecycle =
                api(
                                "POST",
                                SPACE + "/lifecycles",
                                Map.of(
                                        "Name", "Dev then Test",
                                        "ReleaseRetentionPolicy",
                                                Map.of("ShouldKeepForever", false, "QuantityToKeep", 30, "Unit", "Days"),
                                        "Phases", phases))
                        .path("Id")
                        .asText();
        String group = api("GET", SPACE + "/projectgroups/all", null).get(0).path("Id").asText();
        String project =
                api(
                                "POST",
                                SPACE + "/projects",
                                Map.of("Name", "Random Quotes", "ProjectGroupId", group, "LifecycleId", lifecycle))
                        .path("Id")
                        .asText();
        String process = SPACE + "/projects/" + project + "/deploymentprocesses";
        int version = api("GET", process, null).path("Version").asInt();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Octopus.Action.RunOnServer", "true");
        properties.put("Octopus.Action.Script.ScriptSource", "Inline");
        properties.put("Octopus.Action.Script.Syntax", "Bash");
        properties.put("Octopus.Action.Script.ScriptBody", DEPLOY_SCRIPT);
        Map<String, Object> action =
                Map.of(
                        "Name", "Say hello",
                        "ActionType", "Octopus.Script",
                        "Properties", properties,
                        "Packages", List.of());
        api(
                "PUT",
                process,
                Map.of(
                        "ProjectId", project,
                        "Version", version,
                        "Steps", List.of(Map.of("Name", "Say hello", "Actions", List.of(action)))));
    }

    private JsonNode api(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(r.getURL() + "freight/api/" + path))
                        .header("X-Octopus-ApiKey", EmbeddedLifecycle.running().pluginApiKey())
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private FreeStyleProject seedFreestyleJob(String name) throws Exception {
        FreeStyleProject project = r.createFreeStyleProject(name);
        project.getBuildersList().add(new Shell("mkdir -p site && echo quote > site/index.html"));
        FreightPackBuilder pack = new FreightPackBuilder("RandomQuotes", "1.0.${BUILD_NUMBER}");
        pack.setSourcePath("site");
        project.getBuildersList().add(pack);
        project.getBuildersList().add(new FreightPushBuilder("RandomQuotes.${FREIGHT_PACKAGE_VERSION}.zip"));
        FreightCreateReleaseRecorder create = new FreightCreateReleaseRecorder("Random Quotes");
        create.setReleaseVersion("${FREIGHT_PACKAGE_VERSION}");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        project.getPublishersList().add(create);
        project.getPublishersList()
                .add(new FreightDeployRecorder("Random Quotes", "${FREIGHT_RELEASE_VERSION}", "Test"));
        project.getPublishersList().add(new FreightAwaitRecorder());
        return project;
    }

    @Test
    void freestyleJobPacksPushesReleasesDeploysAndWaits() throws Exception {
        FreeStyleProject project = seedFreestyleJob("random-quotes");

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        r.assertLogContains("Release 1.0.1 of Random Quotes", build);
        r.assertLogContains("Deploying 1.0.1 to Dev", build);
        r.assertLogContains("Deployment to Dev ended: Success", build);
        r.assertLogContains("Deploying 1.0.1 to Test", build);
        r.assertLogNotContains(EmbeddedLifecycle.running().pluginApiKey(), build);
        FreightBuildAction action = build.getAction(FreightBuildAction.class);
        assertThat(action.getLinks()).extracting(BuildLink::getKind).contains("release", "deployment", "task");
        assertThat(action.getReleaseLinks()).extracting(BuildLink::getLabel).containsExactly("Random Quotes 1.0.1");
        assertThat(action.isAnyFailed()).isFalse();
        assertThat(build.getEnvironment(r.createTaskListener()))
                .containsEntry("FREIGHT_RELEASE_VERSION", "1.0.1")
                .containsEntry("FREIGHT_DEPLOYMENT_STATE_DEV", "Success");
        // The action is read back from build.xml (records would not be: XStream in 2.555.x).
        build.reload();
        assertThat(build.getAction(FreightBuildAction.class).getReleaseLinks()).hasSize(1);
    }

    @Test
    void freestyleJobOnAnAgentPacksWhereTheWorkspaceIs() throws Exception {
        r.createOnlineSlave(Label.get("agent"));
        FreeStyleProject project = seedFreestyleJob("random-quotes-on-agent");
        project.setAssignedLabel(Label.get("agent"));

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        assertThat(build.getBuiltOnStr()).isNotEmpty();
        r.assertLogContains("Deployment to Dev ended: Success", build);
        assertThat(build.getEnvironment(r.createTaskListener()).get("FREIGHT_PACKAGE_FILE"))
                .startsWith(build.getWorkspace().getRemote());
    }

    @Test
    void pipelineRunsTheSeedTutorialAndGetsValuesBack() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "random-quotes");
        job.setDefinition(
                new CpsFlowDefinition(
                        """
                        pipeline {
                            agent any
                            stages {
                                stage('Build') {
                                    steps {
                                        writeFile file: 'site/index.html', text: 'quote'
                                        freightPack packageId: 'RandomQuotes', version: "1.0.${BUILD_NUMBER}", sourcePath: 'site'
                                        freightPush packagePaths: "RandomQuotes.1.0.${BUILD_NUMBER}.zip"
                                    }
                                }
                                stage('Release') {
                                    steps {
                                        script {
                                            def release = freightCreateRelease project: 'Random Quotes',
                                                releaseVersion: "1.0.${BUILD_NUMBER}",
                                                deployThisRelease: true, environments: 'Dev',
                                                waitForDeployment: true
                                            echo "released ${release.releaseVersion}: ${release.deployments[0].state}"
                                            def test = freightDeploy project: 'Random Quotes',
                                                releaseVersion: release.releaseVersion, environments: 'Test'
                                            echo "deploying to Test as ${test.deployments[0].taskId}"
                                            def done = freightAwait()
                                            echo "awaited successful=${done.successful}"
                                        }
                                    }
                                }
                            }
                        }
                        """,
                        true));

        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("released 1.0.1: Success", run);
        r.assertLogContains("deploying to Test as ServerTasks-", run);
        r.assertLogContains("Deploying 1.0.1 to Test", run);
        r.assertLogContains("awaited successful=true", run);
        r.assertLogNotContains(EmbeddedLifecycle.running().pluginApiKey(), run);
    }

    @Test
    void credentialsBindingGivesShellStepsTheEmbeddedEnginesUrlAndAMaskedKey() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "binding");
        job.setDefinition(
                new CpsFlowDefinition(
                        """
                        node {
                            withCredentials([freightServer(serverId: 'embedded', urlVariable: 'URL', apiKeyVariable: 'KEY')]) {
                                sh 'echo "url=$URL key=$KEY"'
                            }
                        }
                        """,
                        true));

        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("url=" + r.getURL() + "freight key=****", run);
        r.assertLogNotContains(EmbeddedLifecycle.running().pluginApiKey(), run);
    }
}
