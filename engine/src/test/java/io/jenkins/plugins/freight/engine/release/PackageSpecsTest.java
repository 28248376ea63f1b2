package io.jenkins.plugins.freight.engine.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageSpecsTest {

    private static final PackageSlot WEB =
            new PackageSlot("Deploy web", "", "Web", "feeds-builtin");
    private static final PackageSlot TOOLS =
            new PackageSlot("Deploy web", "Tools", "DbTools", "feeds-builtin");
    private static final PackageSlot API =
            new PackageSlot("Deploy api", "", "Api", "feeds-builtin");
    private static final List<PackageSlot> SLOTS = List.of(WEB, TOOLS, API);

    @Test
    void packageIdSelectsAVersion() {
        PackageSpecs specs = PackageSpecs.parse(List.of("web:1.2.3"), null);
        assertThat(specs.versionFor(WEB)).contains("1.2.3");
        assertThat(specs.versionFor(API)).isEmpty();
    }

    @Test
    void stepNameBeatsPackageIdAndStepReferenceBeatsStepName() {
        PackageSpecs specs =
                PackageSpecs.parse(
                        List.of("Web:1.0.0", "Deploy web:2.0.0", "Deploy web:Tools:3.0.0"), null);
        assertThat(specs.versionFor(WEB)).contains("2.0.0");
        assertThat(specs.versionFor(TOOLS)).contains("3.0.0");
    }

    @Test
    void wildcardAndDefaultVersionFillTheRest() {
        PackageSpecs specs = PackageSpecs.parse(List.of("*:Tools:4.0.0", "Api:5.0.0"), "9.9.9");
        assertThat(specs.versionFor(TOOLS)).contains("4.0.0");
        assertThat(specs.versionFor(API)).contains("5.0.0");
        assertThat(specs.versionFor(WEB)).contains("9.9.9");
        assertThat(PackageSpecs.parse(List.of("*:7.0.0"), "9.9.9").versionFor(WEB))
                .contains("7.0.0");
    }

    @Test
    void malformedSelectionsAreAllReported() {
        assertThatThrownBy(
                        () ->
                                PackageSpecs.parse(
                                        List.of("Web", "a:b:c:1.0", "Web:not a version", ":1.0"),
                                        "x.y"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "The package selection 'Web' must look like PackageID:Version, StepName:Version or StepName:PackageReferenceName:Version.",
                                                "The package selection 'a:b:c:1.0' must look like PackageID:Version, StepName:Version or StepName:PackageReferenceName:Version.",
                                                "The package selection 'Web:not a version' has an invalid version 'not a version'.",
                                                "The package selection ':1.0' must look like PackageID:Version, StepName:Version or StepName:PackageReferenceName:Version.",
                                                "The default package version 'x.y' is not a valid version."));
    }

    @Test
    void selectionMatchingNothingIsRefused() {
        PackageSpecs specs = PackageSpecs.parse(List.of("Nope:1.0.0", "*:2.0.0"), null);
        assertThatThrownBy(() -> specs.requireAllMatch(SLOTS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "The package selection 'Nope:1.0.0' matches no step, package reference or"
                                + " package of the release.");
    }

    @Test
    void equallySpecificSelectionsThatDisagreeAreRefused() {
        PackageSpecs specs = PackageSpecs.parse(List.of("Web:1.0.0", "WEB:2.0.0"), null);
        assertThatThrownBy(() -> specs.versionFor(WEB))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("give different versions for package Web of step Deploy web");
        assertThat(PackageSpecs.parse(List.of("Web:1.0", "Web:1.0.0"), null).versionFor(WEB))
                .contains("1.0");
    }
}
