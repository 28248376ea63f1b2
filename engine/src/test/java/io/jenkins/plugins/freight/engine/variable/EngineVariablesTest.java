package io.jenkins.plugins.freight.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine wires the variable service with its key under the data directory. */
class EngineVariablesTest {

    @TempDir Path dataDir;

    @Test
    void theEngineKeepsTheSecretKeyInItsDataDirectory() {
        try (Engine engine = Engine.open(EngineSettings.defaults(dataDir))) {
            VariableService variables = engine.variables();
            VariableSet set =
                    engine.database()
                            .inTransaction(h -> variables.createSet(h, "Spaces-1", "Projects-1"));
            variables.modify(
                    Caller.system(),
                    set.withVariables(List.of(Variable.sensitive("Key", "s3cr3t-value"))));
            assertThat(dataDir.resolve("secret.key")).exists();
            assertThat(
                            variables
                                    .getForOwner(Caller.system(), "Projects-1")
                                    .variables()
                                    .get(0)
                                    .value())
                    .isNull();
        }
    }
}
