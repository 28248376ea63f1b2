package io.jenkins.plugins.freight.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.client.actions.PackageFormat;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import io.jenkins.plugins.freight.plugin.Messages;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepInputsTest {

    @Test
    void environmentsMayBeCommaSeparatedOrOnePerLine() {
        assertThat(StepInputs.list("Dev, Test")).containsExactly("Dev", "Test");
        assertThat(StepInputs.list("Dev\nTest\n\n Prod ")).containsExactly("Dev", "Test", "Prod");
        assertThat(StepInputs.list("  ")).isEmpty();
        assertThat(StepInputs.lines("a,b\nc")).containsExactly("a,b", "c");
    }

    @Test
    void variablesAreNameValueLinesAndABadLineIsNamed() {
        assertThat(StepInputs.variables("# prompted\nApprover = Ann\nUrl=http://x?a=b"))
                .containsExactly(Map.entry("Approver", "Ann"), Map.entry("Url", "http://x?a=b"));
        assertThatThrownBy(() -> StepInputs.variables("Approver"))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessage(Messages.Step_InvalidVariable("Approver"));
    }

    @Test
    void timeoutsMayExceedOneDayAndBlankMeansNoLimit() {
        assertThat(StepInputs.timeout("36:00:00")).isEqualTo(Duration.ofHours(36));
        assertThat(StepInputs.timeout("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(StepInputs.timeout(" ")).isNull();
        assertThatThrownBy(() -> StepInputs.timeout("soon"))
                .hasMessage(Messages.Step_InvalidDuration("soon"));
    }

    @Test
    void overwriteModesAndFormatsAcceptOctopusNamesAndRefuseOthersClearly() {
        assertThat(StepInputs.overwriteMode("")).isEqualTo(OverwriteMode.FAIL_IF_EXISTS);
        assertThat(StepInputs.overwriteMode("OverwriteExisting"))
                .isEqualTo(OverwriteMode.OVERWRITE_EXISTING);
        assertThat(StepInputs.format("nupkg")).isEqualTo(PackageFormat.NUPKG);
        assertThatThrownBy(() -> StepInputs.overwriteMode("sometimes"))
                .hasMessage(Messages.Step_InvalidOverwriteMode("sometimes"));
        assertThatThrownBy(() -> StepInputs.format("rar"))
                .hasMessage(Messages.Step_InvalidFormat("rar"));
    }

    @Test
    void requiredFieldsSayWhichIsMissing() {
        assertThatThrownBy(() -> StepInputs.required(" ", "project"))
                .hasMessage(Messages.Step_FieldRequired("project"));
    }
}
