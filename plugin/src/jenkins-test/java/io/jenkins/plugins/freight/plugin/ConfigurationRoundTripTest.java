package io.jenkins.plugins.freight.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import io.jenkins.plugins.freight.plugin.config.EmbeddedServer;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.config.RemoteServer;
import io.jenkins.plugins.freight.plugin.freestyle.FreightAwaitRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightBuildInfoBuilder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightCreateReleaseRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightDeployRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPackBuilder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPromoteRecorder;
import io.jenkins.plugins.freight.plugin.freestyle.FreightPushBuilder;
import java.util.List;
import org.htmlunit.html.HtmlForm;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Every builder, post-build action and the global configuration survive a round trip through
 * their forms: a field missing from a view, a getter that returns something else than the setter
 * took, or a wrong default shows up here. The server ID is one the drop-down offers ({@code
 * embedded}); the credential override need not exist (the list keeps the current value). (Official
 * toolchain only: see docs/jenkins.md. Written against the Jenkins Test Harness 2578.v44660312fd37
 * API, the version plugin parent POM 6.2221.va_045130417c9 pins: {@code configRoundtrip}, {@code
 * assertEqualDataBoundBeans}, {@code createWebClient().goTo("configure")}, {@code submit}.)
 */
@WithJenkins
class ConfigurationRoundTripTest {

    @Test
    void buildStepsSurviveTheConfigurationForm(JenkinsRule r) throws Exception {
        FreightPackBuilder pack = new FreightPackBuilder("RandomQuotes", "1.0.${BUILD_NUMBER}");
        pack.setFormat("nupkg");
        pack.setSourcePath("site");
        pack.setIncludes("**/*.html\n**/*.css");
        pack.setOverwrite(true);
        FreightPushBuilder push = new FreightPushBuilder("out/*.nupkg");
        push.setOverwriteMode("OverwriteExisting");
        push.setServerId("embedded");
        FreightBuildInfoBuilder info = new FreightBuildInfoBuilder("RandomQuotes", "1.0.1");
        info.setBranch("${GIT_BRANCH}");
        FreeStyleProject project = r.createFreeStyleProject();
        project.getBuildersList().addAll(List.of(pack, push, info));

        r.configRoundtrip(project);

        r.assertEqualDataBoundBeans(pack, project.getBuildersList().get(FreightPackBuilder.class));
        r.assertEqualDataBoundBeans(push, project.getBuildersList().get(FreightPushBuilder.class));
        r.assertEqualDataBoundBeans(info, project.getBuildersList().get(FreightBuildInfoBuilder.class));
    }

    @Test
    void postBuildActionsSurviveTheConfigurationForm(JenkinsRule r) throws Exception {
        FreightCreateReleaseRecorder create = new FreightCreateReleaseRecorder("Random Quotes");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        create.setDeploymentTimeout("36:00:00");
        create.setCancelOnTimeout(true);
        create.setCancelOnAbort(false);
        create.setReleaseNotes("Built by ${BUILD_URL}");
        create.setLinkBuild(true);
        create.setServerId("embedded");
        create.setCredentialsId("deploy-key");
        create.setSpace("Ops");
        FreightDeployRecorder deploy = new FreightDeployRecorder("Random Quotes", "latest", "Test");
        deploy.setVariables("Approver=Ann");
        deploy.setTenants("Acme");
        FreightAwaitRecorder await = new FreightAwaitRecorder();
        await.setTimeout("10m");
        await.setTaskIds("ServerTasks-1");
        FreightPromoteRecorder promote = new FreightPromoteRecorder("Random Quotes", "Test", "Prod");
        promote.setWaitForDeployment(true);
        FreeStyleProject project = r.createFreeStyleProject();
        project.getPublishersList().addAll(List.of(create, deploy, await, promote));

        r.configRoundtrip(project);

        r.assertEqualDataBoundBeans(create, project.getPublishersList().get(FreightCreateReleaseRecorder.class));
        r.assertEqualDataBoundBeans(deploy, project.getPublishersList().get(FreightDeployRecorder.class));
        r.assertEqualDataBoundBeans(await, project.getPublishersList().get(FreightAwaitRecorder.class));
        r.assertEqualDataBoundBeans(promote, project.getPublishersList().get(FreightPromoteRecorder.class));
    }

    @Test
    void globalConfigurationSurvivesTheSystemPage(JenkinsRule r) throws Exception {
        FreightGlobalConfiguration config = FreightGlobalConfiguration.get();
        assertThat(config.getServers()).singleElement().isInstanceOf(EmbeddedServer.class);
        RemoteServer prod = new RemoteServer("prod", "https://deploy.example.com", "prod-api-key");
        prod.setSpace("Default");
        prod.setUseProxy(false);
        config.setServers(List.of(new EmbeddedServer("embedded"), prod));
        config.setDefaultServerId("prod");

        HtmlForm form = r.createWebClient().goTo("configure").getFormByName("config");
        r.submit(form);

        FreightGlobalConfiguration after = FreightGlobalConfiguration.get();
        assertThat(after.getDefaultServerId()).isEqualTo("prod");
        r.assertEqualDataBoundBeans(new EmbeddedServer("embedded"), after.getServers().get(0));
        r.assertEqualDataBoundBeans(prod, after.getServers().get(1));
    }
}
