package io.jenkins.plugins.freight.engine.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsAreLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(Slugs.fromName("Random Quotes", "project")).isEqualTo("random-quotes");
        assertThat(Slugs.fromName("  Dev, Test, and Prod!  ", "x")).isEqualTo("dev-test-and-prod");
        assertThat(Slugs.fromName("Café Zürich", "x")).isEqualTo("cafe-zurich");
        assertThat(Slugs.fromName("日本", "environment")).isEqualTo("environment");
        assertThat(Slugs.fromName("a".repeat(300), "x")).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void givenSlugsMustBeWellFormed() {
        assertThat(Slugs.isValid("prod-eu-1")).isTrue();
        assertThat(Slugs.isValid("Prod")).isFalse();
        assertThat(Slugs.isValid("prod--eu")).isFalse();
        assertThat(Slugs.isValid("-prod")).isFalse();
        assertThatThrownBy(() -> Slugs.requireValid("a b", "Environment"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "The slug 'a b' of the environment is not valid: use lower-case letters, digits and single hyphens.");
    }

    @Test
    void namesAreRequiredTrimmedAndBounded() {
        assertThat(Names.require("  Prod ", "Environment")).isEqualTo("Prod");
        assertThat(Names.problem(null, "Environment"))
                .isEqualTo("The environment name is required.");
        assertThat(Names.problem("x".repeat(201), "Tenant"))
                .isEqualTo("The tenant name must be at most 200 characters.");
        assertThat(Names.problem("a\tb", "Tenant"))
                .isEqualTo("The tenant name must not contain control characters.");
        assertThat(Names.key(" PROD ")).isEqualTo("prod");
    }
}
