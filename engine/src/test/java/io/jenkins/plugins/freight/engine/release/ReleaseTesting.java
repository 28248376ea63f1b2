package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.feed.BuildInformationService;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.OverwriteMode;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Release tests share one engine per database kind (the configuration model's shared engines) and
 * work in a space of their own, with a feed and the release service built over that engine.
 */
final class ReleaseTesting {

    static final Caller ALICE = ModelTesting.ALICE;

    /** The engine's parts a release test uses. */
    record Parts(
            Engine engine,
            FeedService feed,
            BuildInformationService buildInformation,
            VariableService variables,
            ReleaseService releases) {}

    private static final Map<DatabaseKind, Parts> SHARED = new EnumMap<>(DatabaseKind.class);

    private ReleaseTesting() {}

    static synchronized Parts parts(DatabaseKind kind) {
        return SHARED.computeIfAbsent(kind, ReleaseTesting::build);
    }

    private static Parts build(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        VariableService variables;
        try {
            variables =
                    new VariableService(
                            engine.database(),
                            engine.accessPolicy(),
                            SecretCipher.inDataDir(
                                    Files.createTempDirectory("freight-release-keys")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReleaseService releases =
                new ReleaseService(
                        engine.database(),
                        engine.accessPolicy(),
                        Clock.systemUTC(),
                        engine.projects(),
                        engine.channels(),
                        engine.processes(),
                        engine.feed(),
                        engine.buildInformation(),
                        variables,
                        engine.auditLog());
        return new Parts(engine, engine.feed(), engine.buildInformation(), variables, releases);
    }

    /** Pushes {@code <id>.<version>.zip} with a tiny file inside. */
    static void push(FeedService feed, String space, String packageId, String... versions) {
        for (String version : versions) {
            feed.push(
                    ALICE,
                    space,
                    packageId + "." + version + ".zip",
                    new ByteArrayInputStream(zip(packageId + " " + version)),
                    OverwriteMode.FAIL_IF_EXISTS);
        }
    }

    private static byte[] zip(String text) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An action deploying packages: the first is primary, the rest named by their package id. */
    static DeploymentStep packageStep(String name, String... packageIds) {
        List<PackageReference> refs = new ArrayList<>();
        for (int i = 0; i < packageIds.length; i++) {
            refs.add(
                    i == 0
                            ? PackageReference.primary(packageIds[i], FeedService.BUILTIN_FEED_ID)
                            : PackageReference.named(
                                    packageIds[i], packageIds[i], FeedService.BUILTIN_FEED_ID));
        }
        return DeploymentStep.of(
                name,
                Map.of(DeploymentStep.TARGET_ROLES, "web"),
                DeploymentAction.of(name, "Octopus.TentaclePackage", Map.of()).withPackages(refs));
    }

    /** A script step without packages. */
    static DeploymentStep scriptStep(String name) {
        return DeploymentStep.of(
                DeploymentAction.of(
                        name,
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody",
                                "echo hi",
                                "Octopus.Action.Script.Syntax",
                                "Bash",
                                DeploymentAction.RUN_ON_SERVER,
                                "true")));
    }

    /** Replaces the project's process with these steps. */
    static DeploymentProcess setProcess(
            Engine engine, String space, Project project, DeploymentStep... steps) {
        DeploymentProcess current = engine.processes().getForProject(ALICE, space, project.id());
        return engine.processes()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        DeploymentProcess.edit(current.version(), List.of(steps)));
    }
}
