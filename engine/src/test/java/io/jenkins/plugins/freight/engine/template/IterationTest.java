package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code #{each}} over indexed variables, comma-separated lists and JSON. */
class IterationTest {

    private static final Map<String, String> ACTIONS =
            vars(
                    "Octopus.Action[Package A].Name", "A",
                    "Octopus.Action[Package B].Name", "B",
                    "Octopus.Action[].Name", "Blank");

    @Test
    void iterationOverNothingIsFine() {
        assertThat(eval("Ok#{each n in missing}#{n}#{/each}", Map.of())).isEqualTo("Ok");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#{each a in Octopus.Action}#{a}-#{a.Name}#{/each}",
                "#{ each a in Octopus.Action}#{a}-#{a.Name}#{/each}",
                "#{each  a  in  Octopus.Action  }#{ a }-#{a.Name}#{/each}",
            })
    void indexedEntriesAreVisitedInOrderAndTheItemIsItsIndex(String template) {
        assertThat(eval(template, ACTIONS)).isEqualTo("Package A-APackage B-B-Blank");
    }

    @Test
    void iterationNests() {
        assertThat(
                        eval(
                                "#{each a in Octopus.Action}#{each tr in a.TargetRoles}#{a.Name}#{tr}#{/each}#{/each}",
                                "Octopus.Action[Package A].Name",
                                "A",
                                "Octopus.Action[Package A].TargetRoles",
                                "a,b",
                                "Octopus.Action[Package B].Name",
                                "B",
                                "Octopus.Action[Package B].TargetRoles",
                                "c"))
                .isEqualTo("AaAbBc");
    }

    @Test
    void itemValuesAreEvaluated() {
        assertThat(
                        eval(
                                "#{each a in Octopus.Action}#{a.Name}#{/each}",
                                "PackageA_Name",
                                "A",
                                "PackageB_Name",
                                "B",
                                "Octopus.Action[Package A].Name",
                                "#{PackageA_Name}",
                                "Octopus.Action[Package B].Name",
                                "#{PackageB_Name}"))
                .isEqualTo("AB");
    }

    @Test
    void itemsCanBeUsedAsIndexesOfOtherVariables() {
        String template =
                "#{each action in Octopus.Action}"
                        + "#{if Octopus.Step[#{action.StepName}].Status != \"Skipped\"}"
                        + "#{Octopus.Step[#{action.StepName}].Details}#{/if}#{/each}";
        assertThat(
                        eval(
                                template,
                                "Octopus.Action[Action 1].StepName",
                                "Step 1",
                                "Octopus.Action[Action 2].StepName",
                                "Step 2",
                                "Octopus.Step[Step 1].Details",
                                "Step 1 Details",
                                "Octopus.Step[Step 2].Details",
                                "Step 2 Details",
                                "Octopus.Step[Step 1].Status",
                                "Skipped",
                                "Octopus.Step[Step 2].Status",
                                "Running"))
                .isEqualTo("Step 2 Details");
    }

    @Test
    void commaSeparatedValuesAreIteratedWithFirstLastAndIndex() {
        assertThat(
                        eval(
                                "#{each a in Numbers}#{a} First:#{Octopus.Template.Each.First}"
                                        + " Last:#{Octopus.Template.Each.Last} Index:#{Octopus.Template.Each.Index}, #{/each}",
                                "Numbers",
                                "A,B,C"))
                .isEqualTo(
                        "A First:True Last:False Index:0, B First:False Last:False Index:1,"
                                + " C First:False Last:True Index:2, ");
    }

    @Test
    void nestedIndexesAreIterated() {
        assertThat(
                        eval(
                                "#{each a in Octopus.Action.Package}#{a}: #{a.Name} #{/each}",
                                "Octopus.Action.Package[container[0]].Name",
                                "A",
                                "Octopus.Action.Package[container[1]].Name",
                                "B"))
                .isEqualTo("container[0]: A container[1]: B ");
    }

    @Test
    void unresolvedTokensInTheBodyAreEchoedPerItem() {
        RenderResult result =
                Template.render(
                        "#{each a in Action}#{a.Size}#{/each}",
                        vars("Action[x].Name", "Baz", "Action[y].Name", "Baz"));
        assertThat(result.text()).isEqualTo("#{a.Size}#{a.Size}");
        assertThat(result.unresolvedTokens()).containsExactly("#{a.Size}");
    }

    @Test
    void jsonArraysAndObjectsAreIterated() {
        assertThat(
                        eval(
                                "#{each n in Test}#{n}#{if Octopus.Template.Each.Last == \"False\"}-#{/if}#{/each}",
                                "Test",
                                "[2,3,5,8]"))
                .isEqualTo("2-3-5-8");
        assertThat(
                        eval(
                                "#{each s in Sizes}#{s}:#{s.Value},#{/each}",
                                "Sizes",
                                "{\"Small\": \"11.5\",  Large: 15.21}"))
                .isEqualTo("Small:11.5,Large:15.21,");
        assertThat(
                        eval(
                                "#{each s in Sizes}#{s.Key} - #{s.Value.Error}#{/each}",
                                "Sizes",
                                "{\"X-Large\": {\"Error\": \"Not Stocked\"}}"))
                .isEqualTo("X-Large - Not Stocked");
        assertThat(eval("Before:#{each n in Test.Blah}#{n}#{/each}:After", "Test", "{Blah: null}"))
                .isEqualTo("Before::After");
    }
}
