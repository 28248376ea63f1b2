package io.jenkins.plugins.freight.engine.variable;

import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.ACTION;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.CHANNEL;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.ENVIRONMENT;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.MACHINE;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.PROCESS_OWNER;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.ROLE;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.TENANT;
import static io.jenkins.plugins.freight.engine.variable.ScopeDimension.TENANT_TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every precedence rule of {@link VariableResolver}. */
class VariableResolverTest {

    private static final ScopeContext DEPLOY =
            ScopeContext.deployment(
                    "Environments-2", "Channels-1", "Tenants-1", Set.of("Region/EU"), "Projects-1");
    private static final ScopeContext ON_TARGET =
            DEPLOY.forAction(Set.of("Deploy web", "action-1"), Set.of("web"))
                    .forTarget("Machines-7", Set.of("web", "db"));

    private static Variable value(String value, VariableScope scope) {
        return Variable.of("V", value).withScope(scope).withId("id-" + value);
    }

    private static String winner(ScopeContext context, Variable... values) {
        return winnerIn(context, List.of(set("Projects-1", values)));
    }

    private static String winnerIn(ScopeContext context, List<VariableSet> sets) {
        List<Variable> winners = VariableResolver.winners(sets, context);
        return winners.isEmpty() ? null : winners.get(0).value();
    }

    private static VariableSet set(String owner, Variable... values) {
        return new VariableSet(VariableSet.idFor(owner), "Spaces-1", owner, 1, List.of(values));
    }

    @Test
    void anUnscopedValueAppliesEverywhere() {
        assertThat(winner(DEPLOY, value("u", VariableScope.UNSCOPED))).isEqualTo("u");
    }

    @Test
    void aScopedValueAppliesOnlyWhereItsScopeMatches() {
        Variable prod = value("prod", VariableScope.of(ENVIRONMENT, "Environments-3"));
        assertThat(winner(DEPLOY, prod)).isNull();
        assertThat(winner(DEPLOY, prod, value("u", VariableScope.UNSCOPED))).isEqualTo("u");
    }

    @Test
    void valuesOfOneDimensionCombineWithOrAndDimensionsWithAnd() {
        Variable either =
                value("either", VariableScope.of(ENVIRONMENT, "Environments-9", "Environments-2"));
        assertThat(winner(DEPLOY, either)).isEqualTo("either");
        Variable both =
                value(
                        "both",
                        VariableScope.of(ENVIRONMENT, "Environments-2")
                                .with(CHANNEL, "Channels-9"));
        assertThat(winner(DEPLOY, both)).isNull();
    }

    @Test
    void eachDimensionBeatsAllLessSpecificOnes() {
        // From least to most specific; each value also carries every less specific dimension but
        // one,
        // to show that one more specific dimension outweighs any number of less specific ones.
        List<Variable> ladder =
                List.of(
                        value("process", VariableScope.of(PROCESS_OWNER, "Projects-1")),
                        value("channel", VariableScope.of(CHANNEL, "Channels-1")),
                        value("environment", VariableScope.of(ENVIRONMENT, "Environments-2")),
                        value("tenant tag", VariableScope.of(TENANT_TAG, "Region/EU")),
                        value("tenant", VariableScope.of(TENANT, "Tenants-1")),
                        value("tag", VariableScope.of(ROLE, "db")),
                        value("targeted tag", VariableScope.of(ROLE, "web")),
                        value("target", VariableScope.of(MACHINE, "Machines-7")),
                        value("action", VariableScope.of(ACTION, "Deploy web")));
        for (int i = 1; i < ladder.size(); i++) {
            Variable weaker = ladder.get(i - 1);
            VariableScope combined = weaker.scope();
            for (int j = 0; j < i - 1; j++) {
                combined = merge(combined, ladder.get(j).scope());
            }
            Variable manyWeak = value("many weaker", combined);
            assertThat(winner(ON_TARGET, manyWeak, ladder.get(i)))
                    .as("rung %d", i)
                    .isEqualTo(ladder.get(i).value());
            assertThat(winner(ON_TARGET, ladder.get(i), manyWeak))
                    .as("rung %d reversed", i)
                    .isEqualTo(ladder.get(i).value());
        }
        assertThat(winner(ON_TARGET, value("u", VariableScope.UNSCOPED), ladder.get(0)))
                .isEqualTo("process");
    }

    private static VariableScope merge(VariableScope a, VariableScope b) {
        VariableScope result = a;
        for (var entry : b.values().entrySet()) {
            result = result.with(entry.getKey(), entry.getValue().toArray(String[]::new));
        }
        return result;
    }

    @Test
    void withTheSameMostSpecificDimensionMoreDimensionsWin() {
        Variable env = value("env", VariableScope.of(ENVIRONMENT, "Environments-2"));
        Variable envAndChannel =
                value(
                        "env+channel",
                        VariableScope.of(ENVIRONMENT, "Environments-2")
                                .with(CHANNEL, "Channels-1"));
        assertThat(winner(DEPLOY, env, envAndChannel)).isEqualTo("env+channel");
    }

    @Test
    void onATieFewerListedValuesWin() {
        Variable wide =
                value("wide", VariableScope.of(ENVIRONMENT, "Environments-2", "Environments-3"));
        Variable narrow = value("narrow", VariableScope.of(ENVIRONMENT, "Environments-2"));
        assertThat(winner(DEPLOY, wide, narrow)).isEqualTo("narrow");
    }

    @Test
    void thenTheProjectBeatsLibrarySetsAndEarlierLibrarySetsBeatLaterOnes() {
        VariableSet project = set("Projects-1", value("project", VariableScope.UNSCOPED));
        VariableSet first =
                set("LibraryVariableSets-1", value("first library", VariableScope.UNSCOPED));
        VariableSet second =
                set("LibraryVariableSets-2", value("second library", VariableScope.UNSCOPED));
        assertThat(winnerIn(DEPLOY, List.of(project, first, second))).isEqualTo("project");
        assertThat(winnerIn(DEPLOY, List.of(first, second))).isEqualTo("first library");
        VariableSet scopedLibrary =
                set(
                        "LibraryVariableSets-1",
                        value("scoped library", VariableScope.of(ENVIRONMENT, "Environments-2")));
        assertThat(winnerIn(DEPLOY, List.of(project, scopedLibrary))).isEqualTo("scoped library");
    }

    @Test
    void thenTheEarlierPositionThenTheSmallerId() {
        Variable a = Variable.of("V", "a").withId("b-id");
        Variable b = Variable.of("V", "b").withId("a-id");
        assertThat(winner(DEPLOY, a, b)).isEqualTo("a");
        assertThat(winner(DEPLOY, b, a)).isEqualTo("b");
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderCandidatesAreSeenIn() {
        List<Variable> values = new ArrayList<>();
        values.add(value("env", VariableScope.of(ENVIRONMENT, "Environments-2")));
        values.add(value("tag", VariableScope.of(ROLE, "db")));
        values.add(
                value("tag+env", VariableScope.of(ROLE, "db").with(ENVIRONMENT, "Environments-2")));
        values.add(value("u", VariableScope.UNSCOPED));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(values, random);
            assertThat(winner(ON_TARGET, values.toArray(Variable[]::new))).isEqualTo("tag+env");
        }
    }

    @Test
    void namesAreCaseInsensitive() {
        Variable lower =
                Variable.of("db.name", "lower")
                        .withScope(VariableScope.of(ENVIRONMENT, "Environments-2"));
        Variable upper = Variable.of("DB.Name", "upper");
        assertThat(VariableResolver.winners(List.of(set("Projects-1", upper, lower)), DEPLOY))
                .singleElement()
                .extracting(Variable::value)
                .isEqualTo("lower");
    }

    @Test
    void tagsMatchCaseInsensitively() {
        assertThat(winner(ON_TARGET, value("tag", VariableScope.of(ROLE, "WEB")))).isEqualTo("tag");
    }

    @Test
    void promptedValuesReplaceTheDefault() {
        Variable prompted =
                Variable.of("Approver", "nobody")
                        .withPrompt(new VariablePrompt("Who approves?", "", true, Map.of()));
        VariableDictionary variables =
                VariableResolver.resolve(
                        List.of(set("Projects-1", prompted)), DEPLOY, Map.of("approver", "Alice"));
        assertThat(variables.get("Approver")).isEqualTo("Alice");
    }

    @Test
    void aRequiredPromptWithoutValueOrAnUnknownPromptIsRefused() {
        Variable prompted =
                Variable.of("Approver", "")
                        .withPrompt(new VariablePrompt("Who approves?", "", true, Map.of()));
        List<VariableSet> sets = List.of(set("Projects-1", prompted));
        assertThatThrownBy(() -> VariableResolver.resolve(sets, DEPLOY, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'Who approves?'");
        assertThatThrownBy(
                        () ->
                                VariableResolver.resolve(
                                        sets, DEPLOY, Map.of("Approver", "A", "Other", "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'Other' is not a prompted variable");
    }

    @Test
    void promptsAreListedByLabel() {
        Variable b =
                Variable.of("B", "").withPrompt(new VariablePrompt("beta", "", false, Map.of()));
        Variable a =
                Variable.of("A", "").withPrompt(new VariablePrompt("Alpha", "", false, Map.of()));
        assertThat(
                        VariableResolver.prompts(
                                List.of(set("Projects-1", b, a, Variable.of("C", "c"))), DEPLOY))
                .extracting(Variable::name)
                .containsExactly("A", "B");
    }

    @Test
    void sensitiveWinnersStaySensitiveInTheDictionary() {
        VariableDictionary variables =
                VariableResolver.resolve(
                        List.of(set("Projects-1", Variable.sensitive("Password", "hunter22"))),
                        DEPLOY,
                        Map.of());
        assertThat(variables.isSensitive("password")).isTrue();
        assertThat(variables.masker().mask("pw=hunter22")).isEqualTo("pw=" + SecretMasker.MASK);
    }
}
