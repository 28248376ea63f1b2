package io.jenkins.plugins.freight.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.tasks.Shell;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle;
import io.jenkins.plugins.freight.plugin.freestyle.FreightAwaitRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightCreateReleaseRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightDeployRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPackBuilder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPushBuilder;
import io.jenkins.plugins.freight.plugin.run.FreightBuildAction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jenkins.model.JenkinsLocationConfiguration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The seed tutorial's job against the embedded engine, as a freestyle job and as a Pipeline: pack
 * → push → create release → deploy → await, with the release version, the deployment's state and
 * the FREIGHT_* variables checked. (Official toolchain only: see docs/jenkins.md.)
 */
@WithJenkins
class EmbeddedPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private JenkinsRule r;

    @BeforeEach
    void seed(JenkinsRule rule) throws Exception {
        r = rule;
        JenkinsLocationConfiguration.get().setUrl(r.getURL().toString());
        EmbeddedLifecycle.start();
        for (String environment : new String[] {"Dev", "Test"}) {
            api("POST", "Spaces-1/environments", Map.of("Name", environment));
        }
        String lifecycle = api("GET", "Spaces-1/lifecycles/all", null).get(0).path("Id").asText();
        String group = api("GET", "Spaces-1/projectgroups/all", null).get(0).path("Id").asText();
        api(
                "POST",
                "Spaces-1/projects",
                Map.of("Name", "Random Quotes", "ProjectGroupId", group, "LifecycleId", lifecycle));
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
                                        : HttpRequest.BodyPublishers.ofString(
                                                JSON.writeValueAsString(body)));
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    @Test
    void freestyleJobPacksPushesReleasesDeploysAndWaits() throws Exception {
        FreeStyleProject project = r.createFreeStyleProject("Random Quotes");
        project.getBuildersList().add(new Shell("mkdir -p site && echo quote > site/index.html"));
        FreightPackBuilder pack = new FreightPackBuilder("RandomQuotes", "1.0.${BUILD_NUMBER}");
        pack.setSourcePath("site");
        project.getBuildersList().add(pack);
        project.getBuildersList().add(new FreightPushBuilder("RandomQuotes.1.0.${BUILD_NUMBER}.zip"));
        FreightCreateReleaseRecorder create = new FreightCreateReleaseRecorder("Random Quotes");
        create.setReleaseVersion("1.0.${BUILD_NUMBER}");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        project.getPublishersList().add(create);
        FreightDeployRecorder deploy =
                new FreightDeployRecorder("Random Quotes", "${FREIGHT_RELEASE_VERSION}", "Test");
        project.getPublishersList().add(deploy);
        project.getPublishersList().add(new FreightAwaitRecorder());

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        r.assertLogContains("Release 1.0.1 of Random Quotes", build);
        r.assertLogContains("Deployment to Dev ended: Success", build);
        FreightBuildAction action = build.getAction(FreightBuildAction.class);
        assertThat(action.getLinks()).extracting(l -> l.kind()).contains("release", "deployment");
        assertThat(build.getEnvironment(r.createTaskListener()).get("FREIGHT_RELEASE_VERSION"))
                .isEqualTo("1.0.1");
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
        r.assertLogContains("awaited successful=true", run);
    }
}
