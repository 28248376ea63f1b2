package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everyone can find the spaces they work in: with {@code SpaceView} every space is listed; without
 * it, the spaces where a role of one of their teams is given (so a deployer's CLI can resolve its
 * space), and no others.
 */
class SpaceListingTest {

    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void callersWithoutSpaceViewSeeTheSpacesTheirTeamsHaveRolesIn(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            Caller system = Caller.system();
            Space apps = engine.spaces().create(system, Space.named("Apps"));
            engine.spaces().create(system, Space.named("Secret"));
            Caller deployer = SecurityTesting.user(engine, "deployer");
            Caller nobody = SecurityTesting.user(engine, "nobody");
            Team team = SecurityTesting.team(engine, apps.id(), "Apps deployers", deployer);
            SecurityTesting.grant(engine, team, apps.id(), "Project deployer", List.of());

            assertThat(engine.spaces().list(deployer, ListQuery.all()).items())
                    .extracting(Space::name)
                    .containsExactly("Apps");
            assertThat(engine.spaces().list(nobody, ListQuery.all()).items()).isEmpty();
            assertThat(engine.spaces().list(system, ListQuery.all()).items())
                    .extracting(Space::name)
                    .containsExactlyInAnyOrder("Apps", "Default", "Secret");
        }
    }
}
