package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.SshCredentials;
import io.jenkins.plugins.freight.engine.target.SshTarget;
import io.jenkins.plugins.freight.engine.target.SshTargetSettings;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PackageDeployStepTest {

    @TempDir Path dir;

    private Path buildPackage(String version, String deployScript) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content-" + version));
        Files.writeString(
                content.resolve("index.html"), "<p>Running in #{Octopus.Environment.Name}</p>\n");
        Files.writeString(
                content.resolve("appsettings.json"),
                "{\"Port\": 80, \"Db\": {\"Host\": \"localhost\"}}");
        Files.writeString(
                content.resolve("Web.config"),
                "<configuration><appSettings><add key=\"EnvironmentName\" value=\"DEV\"/></appSettings></configuration>");
        Files.writeString(content.resolve("Deploy.sh"), deployScript);
        Files.writeString(
                content.resolve("PostDeploy.sh"), "echo \"post-deploy in $(basename $(pwd))\"\n");
        Path bin = Files.createDirectories(content.resolve("bin"));
        Files.writeString(bin.resolve("start"), "#!/bin/sh\necho started\n");
        Files.setPosixFilePermissions(
                bin.resolve("start"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return TestPackages.tarGz(content, dir.resolve("RandomQuotes." + version + ".tar.gz"));
    }

    private TestStepContext context(Target target, String version, Path archive) {
        TestStepContext context = new TestStepContext(target, dir.resolve("scratch"));
        context.variables.put("Octopus.Environment.Name", "Test");
        context.variables.put("EnvironmentName", "Test");
        context.variables.put("Port", "8082");
        context.variables.put("Db:Host", "db.test");
        context.packages.put("RandomQuotes", archive);
        context.primaryPackage = new PackageSelection("feeds-builtin", "RandomQuotes", version);
        context.with(
                        PackageConfigurer.FEATURES,
                        "Octopus.Features.SubstituteInFiles,Octopus.Features.JsonConfigurationVariables,Octopus.Features.ConfigurationVariables")
                .with(PackageConfigurer.SUBSTITUTE_TARGETS, "*.html")
                .with(PackageConfigurer.STRUCTURED_TARGETS, "appsettings.json")
                .with(PackageDeployStep.RETAIN, "2");
        return context;
    }

    private void deploysConfiguresSwitchesAndKeepsTheLastReleases(Target target, Path appRoot)
            throws Exception {
        for (String version : new String[] {"1.0.0", "1.0.1", "1.0.2"}) {
            TestStepContext context =
                    context(
                            target,
                            version,
                            buildPackage(version, "echo deploying; ./bin/start\n"));
            StepOutcome outcome = new PackageDeployStep().execute(context);
            assertThat(outcome.isSuccessful()).as(context.allLog()).isTrue();
            assertThat(context.allLog()).contains("INFO: started", "post-deploy in " + version);
            assertThat(context.outputs.get("Package.InstallationDirectoryPath").value())
                    .isEqualTo(appRoot.resolve(version).toString());
        }
        Path current = appRoot.resolve("current");
        assertThat(Files.readSymbolicLink(current).toString())
                .isEqualTo(appRoot.resolve("1.0.2").toString());
        assertThat(Files.readString(current.resolve("index.html")))
                .isEqualTo("<p>Running in Test</p>\n");
        assertThat(Files.readString(current.resolve("appsettings.json")))
                .contains("\"Port\" : 8082")
                .contains("\"Host\" : \"db.test\"");
        assertThat(Files.readString(current.resolve("Web.config"))).contains("value=\"Test\"");
        try (Stream<Path> releases = Files.list(appRoot)) {
            assertThat(releases.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("1.0.1", "1.0.2", "current");
        }
    }

    @Test
    void packageIsDeployedOnTheEngineHost() throws Exception {
        Path root = dir.resolve("root");
        deploysConfiguresSwitchesAndKeepsTheLastReleases(
                new LocalHostTarget("engine", root),
                root.resolve("Applications/Test/RandomQuotes"));
    }

    @Test
    void packageIsDeployedOverSsh() throws Exception {
        Path root = dir.resolve("ssh-root");
        try (TestSshServer server = TestSshServer.start(dir, null);
                SshConnector connector = new SshConnector().start();
                SshTarget target =
                        connector.connect(
                                SshTargetSettings.of(
                                                "Machines-1",
                                                "web-01",
                                                "127.0.0.1",
                                                server.fingerprint(),
                                                new SshCredentials.Password(
                                                        TestSshServer.USER, TestSshServer.PASSWORD))
                                        .withPort(server.port())
                                        .withRootDirectory(root.toString()))) {
            deploysConfiguresSwitchesAndKeepsTheLastReleases(
                    target, root.resolve("Applications/Test/RandomQuotes"));
        }
    }

    @Test
    void failedDeployScriptLeavesCurrentOnThePreviousRelease() throws Exception {
        Path root = dir.resolve("root");
        Target target = new LocalHostTarget("engine", root);
        assertThat(
                        new PackageDeployStep()
                                .execute(context(target, "1.0.0", buildPackage("1.0.0", "true\n")))
                                .isSuccessful())
                .isTrue();
        StepOutcome failed =
                new PackageDeployStep()
                        .execute(
                                context(
                                        target,
                                        "1.0.1",
                                        buildPackage("1.0.1", "fail_step 'migration failed'\n")));
        assertThat(failed.isSuccessful()).isFalse();
        assertThat(failed.message()).isEqualTo("migration failed");
        Path appRoot = root.resolve("Applications/Test/RandomQuotes");
        assertThat(Files.readSymbolicLink(appRoot.resolve("current")).toString())
                .endsWith("/1.0.0");
    }

    @Test
    void redeployingTheSameVersionGetsANewDirectory() throws Exception {
        Path root = dir.resolve("root");
        Target target = new LocalHostTarget("engine", root);
        Path archive = buildPackage("2.0.0", "true\n");
        new PackageDeployStep().execute(context(target, "2.0.0", archive));
        TestStepContext again = context(target, "2.0.0", archive);
        assertThat(new PackageDeployStep().execute(again).isSuccessful()).isTrue();
        assertThat(again.outputs.get("Package.InstallationDirectoryPath").value())
                .endsWith("/2.0.0_1");
    }

    @Test
    void actionWithoutPackageFailsClearly() throws Exception {
        TestStepContext context =
                new TestStepContext(new LocalHostTarget("engine", dir), dir.resolve("s"));
        assertThat(new PackageDeployStep().execute(context).message()).contains("names none");
    }
}
