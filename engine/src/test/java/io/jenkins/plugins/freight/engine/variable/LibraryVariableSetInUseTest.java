package io.jenkins.plugins.freight.engine.variable;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A library variable set that projects include cannot be deleted: the refusal names the projects
 * and changes nothing; a project includes only sets of its own space. On H2 and PostgreSQL.
 */
class LibraryVariableSetInUseTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anIncludedSetIsNotDeletedUntilNoProjectIncludesIt(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        VariableService variables = engine.variables();
        LibraryVariableSet shared = variables.createLibrarySet(ALICE, space, "Shared", "");
        VariableSet set = variables.get(ALICE, shared.variableSetId());
        variables.modify(ALICE, set.withVariables(List.of(Variable.of("Region", "eu"))));
        Project shop =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Shop")
                                        .includedLibraryVariableSetIds(List.of(shared.id()))
                                        .build());

        assertThatThrownBy(() -> variables.deleteLibrarySet(ALICE, shared.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Library variable set 'Shared' is still used by project 'Shop' ("
                                + shop.id()
                                + "); remove those references first.");
        assertThat(variables.getLibrarySet(ALICE, shared.id())).isEqualTo(shared);
        assertThat(variables.get(ALICE, shared.variableSetId()).variables())
                .extracting(Variable::name)
                .containsExactly("Region");

        // a project can only include sets of its own space
        String otherSpace = ModelTesting.newSpace(engine);
        LibraryVariableSet foreign = variables.createLibrarySet(ALICE, otherSpace, "Foreign", "");
        assertThatThrownBy(
                        () ->
                                engine.projects()
                                        .modify(
                                                ALICE,
                                                space,
                                                shop.id(),
                                                shop.toBuilder()
                                                        .includedLibraryVariableSetIds(
                                                                List.of(
                                                                        shared.id(),
                                                                        foreign.id(),
                                                                        "LibraryVariableSets-0"))
                                                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "The project is not valid: Library variable set '"
                                + foreign.id()
                                + "' was not found in this space. Library variable set"
                                + " 'LibraryVariableSets-0' was not found in this space.");
        assertThat(engine.projects().get(ALICE, space, shop.id()).includedLibraryVariableSetIds())
                .containsExactly(shared.id());

        engine.projects()
                .modify(
                        ALICE,
                        space,
                        shop.id(),
                        shop.toBuilder().includedLibraryVariableSetIds(List.of()).build());
        variables.deleteLibrarySet(ALICE, shared.id());
        assertThatThrownBy(() -> variables.getLibrarySet(ALICE, shared.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deletingASpaceTakesItsLibrarySetsAlong(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        VariableService variables = engine.variables();
        LibraryVariableSet shared = variables.createLibrarySet(ALICE, space, "Shared", "");
        VariableSet set = variables.get(ALICE, shared.variableSetId());
        variables.modify(ALICE, set.withVariables(List.of(Variable.sensitive("Token", "t0ken"))));
        engine.projects()
                .create(
                        ALICE,
                        space,
                        Project.builder("Shop")
                                .includedLibraryVariableSetIds(List.of(shared.id()))
                                .build());
        Space current = engine.spaces().get(ALICE, space);
        engine.spaces()
                .modify(
                        ALICE,
                        space,
                        new Space(
                                null,
                                current.name(),
                                null,
                                "",
                                false,
                                true,
                                null,
                                null,
                                null,
                                null));

        engine.spaces().delete(ALICE, space);

        assertThatThrownBy(() -> variables.getLibrarySet(ALICE, shared.id()))
                .isInstanceOf(NotFoundException.class);
        int left =
                engine.database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT COUNT(*) FROM variable_sets WHERE"
                                                                + " space_id = :space")
                                                .bind("space", space)
                                                .mapTo(Integer.class)
                                                .one());
        assertThat(left).isZero();
    }
}
