package io.jenkins.plugins.freight.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spaces a caller works in are visible without the system-wide SpaceView that only administrators
 * hold, as in Octopus: a pipeline with a deployer's key looks its space up by name first.
 */
class SpaceVisibilityTest {

    private static TestServer server;
    private static String elsewhere;
    private static String deployerKey;
    private static String nobodyKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        Engine engine = server.engine();
        Caller system = Caller.system();
        elsewhere = engine.spaces().create(system, Space.named("Elsewhere")).id();
        User deployer =
                engine.identity()
                        .createUser(system, new UserDetails("deployer", "D", "", true, false));
        Team team =
                engine.security()
                        .teams()
                        .create(
                                system,
                                new TeamDetails("Deployers", "", null, List.of(deployer.id())));
        engine.security()
                .scopedUserRoles()
                .create(
                        system,
                        new ScopedUserRole(
                                null,
                                "Spaces-1",
                                team.id(),
                                BuiltInRoles.idFor("Deployment Creator"),
                                List.of(),
                                null,
                                null,
                                null));
        deployerKey = engine.identity().createApiKey(system, deployer.id(), "t", null).apiKey();
        User nobody =
                engine.identity()
                        .createUser(system, new UserDetails("nobody", "N", "", true, false));
        nobodyKey = engine.identity().createApiKey(system, nobody.id(), "t", null).apiKey();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDeployerSeesTheSpaceTheyWorkInAndNoOther() {
        TestServer.Response all = server.send("GET", "/api/spaces/all", null, deployerKey);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().findValuesAsText("Id")).containsExactly("Spaces-1");
        JsonNode page = server.send("GET", "/api/spaces", null, deployerKey).json();
        assertThat(page.get("TotalResults").asInt()).isEqualTo(1);
        assertThat(server.send("GET", "/api/spaces/Spaces-1", null, deployerKey).status())
                .isEqualTo(200);
        assertThat(server.send("GET", "/api/spaces/Default", null, deployerKey).status())
                .isEqualTo(200);

        TestServer.Response other =
                server.send("GET", "/api/spaces/" + elsewhere, null, deployerKey);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("ErrorMessage").asText()).contains("SpaceView");
        // a space that does not exist is refused the same way: no probing for names
        TestServer.Response missing =
                server.send("GET", "/api/spaces/Spaces-999", null, deployerKey);
        assertThat(missing.status()).isEqualTo(403);
    }

    @Test
    void aUserWithoutRolesSeesNoSpaceAndAdministratorsSeeAll() {
        TestServer.Response all = server.send("GET", "/api/spaces/all", null, nobodyKey);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).isEmpty();
        TestServer.Response one = server.send("GET", "/api/spaces/Spaces-1", null, nobodyKey);
        assertThat(one.status()).isEqualTo(403);
        assertThat(one.json().get("ErrorMessage").asText()).contains("SpaceView");
        assertThat(server.get("/api/spaces/all").json().findValuesAsText("Id"))
                .contains("Spaces-1", elsewhere);
        assertThat(server.get("/api/spaces/Spaces-999").status()).isEqualTo(404);
    }
}
