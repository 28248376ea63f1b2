package io.jenkins.plugins.freight.engine.release;

import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.ALICE;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.scriptStep;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.setProcess;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.VersioningStrategy;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import io.jenkins.plugins.freight.engine.variable.VariableSnapshot;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReleaseVariablesTest {

    private ReleaseTesting.Parts parts;
    private Engine engine;
    private String space;

    private Project setUp(DatabaseKind kind) {
        parts = ReleaseTesting.parts(kind);
        engine = parts.engine();
        space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Web").build());
        setProcess(engine, space, project, scriptStep("Say hi"));
        return project;
    }

    private void setVariables(Project project, Variable... variables) {
        VariableSet current =
                parts.engine()
                        .database()
                        .inTransaction(h -> parts.variables().createSet(h, space, project.id()));
        VariableSet latest = parts.variables().getForOwner(ALICE, project.id());
        parts.variables().modify(ALICE, latest.withVariables(List.of(variables)));
        assertThat(current.ownerId()).isEqualTo(project.id());
    }

    private VariableSnapshot snapshot(Release release) {
        return engine.database()
                .withHandle(h -> parts.variables().getSnapshot(h, release.variableSnapshotId()));
    }

    private static String value(VariableSnapshot snapshot, String name) {
        return snapshot.sets().get(0).variables().stream()
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void releaseFreezesVariablesAndUpdateVariablesTakesANewSnapshotOnly(DatabaseKind kind) {
        Project project = setUp(kind);
        setVariables(project, Variable.of("Greeting", "hello"));
        Release release =
                parts.releases()
                        .create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.0"));
        setVariables(project, Variable.of("Greeting", "bonjour"));
        setProcess(engine, space, project, scriptStep("Say hi"), scriptStep("Say bye"));

        assertThat(value(snapshot(release), "Greeting")).isEqualTo("hello");

        Release updated = parts.releases().updateVariables(ALICE, space, release.id());
        assertThat(updated.variableSnapshotId()).isNotEqualTo(release.variableSnapshotId());
        assertThat(value(snapshot(updated), "Greeting")).isEqualTo("bonjour");
        assertThat(updated.processSnapshotId()).isEqualTo(release.processSnapshotId());
        assertThat(parts.releases().get(ALICE, space, release.id())).isEqualTo(updated);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void projectWithoutVariablesStillGetsASnapshot(DatabaseKind kind) {
        setUp(kind);
        Release release =
                parts.releases()
                        .create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.0"));

        assertThat(snapshot(release).sets())
                .singleElement()
                .satisfies(s -> assertThat(s.variables()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void versionTemplateMayUseProjectVariablesButNeverSensitiveOnes(DatabaseKind kind) {
        Project project = setUp(kind);
        setVariables(
                project, Variable.of("Major", "4"), Variable.sensitive("Secret", "s3cr3t-value"));
        engine.projects()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        engine.projects().get(ALICE, space, project.id()).toBuilder()
                                .versioningStrategy(
                                        VersioningStrategy.template(
                                                "#{Major}.0.#{Octopus.Version.NextPatch}"))
                                .build());

        assertThat(parts.releases().create(ALICE, space, CreateReleaseRequest.of("Web")).version())
                .isEqualTo("4.0.1");

        engine.projects()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        engine.projects().get(ALICE, space, project.id()).toBuilder()
                                .versioningStrategy(VersioningStrategy.template("1.0.#{Secret}"))
                                .build());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> parts.releases().create(ALICE, space, CreateReleaseRequest.of("Web")))
                .hasMessageContaining("'#{Secret}'")
                .hasMessageNotContaining("s3cr3t-value");
    }
}
