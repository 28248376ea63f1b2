package io.jenkins.plugins.freight.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The execution-time dictionary: templates in values, output variables, masking. */
class VariableDictionaryTest {

    @Test
    void valuesContainingTemplatesAreEvaluatedOnRead() {
        VariableDictionary variables = new VariableDictionary();
        variables.set("Server", "Web01");
        variables.set("Port", "10933");
        variables.set("Url", "http://#{Server | ToLower}:#{Port}");
        assertThat(variables.get("Url")).isEqualTo("http://web01:10933");
        assertThat(variables.getRaw("url")).isEqualTo("http://#{Server | ToLower}:#{Port}");
        assertThat(variables.evaluate("#{Url}/foo").text()).isEqualTo("http://web01:10933/foo");
        assertThat(variables.get("Missing")).isNull();
    }

    @Test
    void changesAreSeenByTheNextEvaluation() {
        VariableDictionary variables = new VariableDictionary();
        variables.set("A", "1");
        assertThat(variables.evaluate("#{A}").text()).isEqualTo("1");
        variables.set("a", "2");
        assertThat(variables.evaluate("#{A}").text()).isEqualTo("2");
        assertThat(variables.names()).containsExactly("a");
    }

    @Test
    void aLoopBetweenValuesFailsClearly() {
        VariableDictionary variables = new VariableDictionary();
        variables.set("A", "#{B}");
        variables.set("B", "#{A}");
        assertThatThrownBy(() -> variables.get("A"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("B -> A -> B");
    }

    @Test
    void outputVariablesAreAddressableByStepAndTarget() {
        VariableDictionary variables = new VariableDictionary();
        variables.setOutput("Build", "web01", "Version", "1.2.3", false);
        assertThat(variables.get("Octopus.Action[Build].Output.Version")).isEqualTo("1.2.3");
        assertThat(variables.get("Octopus.Action[Build].Output[web01].Version")).isEqualTo("1.2.3");
        variables.setOutput("Build", null, "Token", "s3cr3t-token", true);
        assertThat(variables.masker().mask("got s3cr3t-token"))
                .isEqualTo("got " + SecretMasker.MASK);
    }

    @Test
    void runConditionsAreTruthyOnlyWhenFullyEvaluated() {
        VariableDictionary variables = new VariableDictionary();
        variables.set("Octopus.Deployment.Error", "");
        variables.set("Flag", "True");
        assertThat(variables.evaluateTruthy("#{Flag}")).isTrue();
        assertThat(variables.evaluateTruthy("#{if Octopus.Deployment.Error}true#{/if}")).isFalse();
        assertThat(variables.evaluateTruthy("#{Unknown}")).isFalse();
        assertThat(variables.evaluateTruthy("#{Flag | Null}")).isFalse();
    }

    @Test
    void aSecretStaysMaskedAfterItsVariableIsOverwritten() {
        VariableDictionary variables = new VariableDictionary();
        variables.setSensitive("Password", "first-secret");
        variables.set("Password", "plain now");
        assertThat(variables.masker().mask("first-secret")).isEqualTo(SecretMasker.MASK);
    }

    @Test
    void evaluatedSensitiveValuesAreMaskedToo() {
        VariableDictionary variables = new VariableDictionary();
        variables.set("Host", "db.example");
        variables.setSensitive("Connection", "Server=#{Host};Password=pa55word");
        assertThat(variables.masker().mask("Server=db.example;Password=pa55word"))
                .isEqualTo(SecretMasker.MASK);
    }

    @Test
    void toStringShowsNoValues() {
        VariableDictionary variables = new VariableDictionary();
        variables.setSensitive("Password", "hunter2-secret");
        assertThat(variables.toString()).doesNotContain("hunter2-secret").contains("1 variables");
        assertThat(variables.copy().get("Password")).isEqualTo("hunter2-secret");
    }
}
