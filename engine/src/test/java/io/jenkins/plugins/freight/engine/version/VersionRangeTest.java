package io.jenkins.plugins.freight.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.0            | 1.0.0        | true",
                "1.0            | 0.9.9        | false",
                "1.0            | 99.0         | true",
                "1.0            | 1.0.0-beta   | false",
                "[1.0]          | 1.0.0.0      | true",
                "[1.0]          | 1.0.1        | false",
                "[1.0,2.0)      | 1.0          | true",
                "[1.0,2.0)      | 1.9.9.9      | true",
                "[1.0,2.0)      | 2.0          | false",
                "[1.0,2.0)      | 2.0.0-beta   | true",
                "[1.0,2.0]      | 2.0.0        | true",
                "(1.0,2.0)      | 1.0          | false",
                "(,2.0]         | 0.0.1        | true",
                "(,2.0]         | 2.0          | true",
                "(,2.0]         | 2.0.1        | false",
                "(1.0,)         | 1.0          | false",
                "(1.0,)         | 1.0.1-alpha  | true",
                "[1,2),[3,4)    | 1.5          | true",
                "[1,2),[3,4)    | 2.5          | false",
                "[1,2),[3,4)    | 3.0          | true",
                "[1,2),[3,4)    | 4.0          | false",
                "[2.0.0-alpha.1,2.0.0) | 2.0.0-alpha.2 | true",
                "[2.0.0-alpha.1,2.0.0) | 1.9.0 | false",
                "[ 1.0 , 2.0 )  | 1.5          | true",
                "(,)            | 0.0.0-a      | true",
            })
    void rangeContainsExactlyItsVersions(String range, String version, boolean expected) {
        assertThat(VersionRange.parse(range).contains(OctopusVersion.parse(version)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "[1.0",
                "1.0]",
                "(1.0)",
                "[1.0)",
                "[2.0,1.0]",
                "(1.0,1.0]",
                "[1.0,1.0)",
                "[1.0,2.0,3.0]",
                "[1,2) [3,4)",
                "[1,2),",
                "[1,2),3",
                "[a,b]",
                "[]",
                "[[1,2]",
                "*",
                "1.*",
            })
    void invalidRangesAreRefusedWithClearMessage(String text) {
        assertThatThrownBy(() -> VersionRange.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The version range")
                .hasMessageContaining("is not valid");
        assertThat(VersionRange.tryParse(text)).isEmpty();
    }

    @Test
    void messageSaysWhyTheRangeIsEmpty() {
        assertThatThrownBy(() -> VersionRange.parse("[2.0,1.0]"))
                .hasMessage(
                        "The version range '[2.0,1.0]' is not valid: the lower bound 2.0 is above the"
                                + " upper bound 1.0.");
    }

    @Test
    void keepsOriginalTextAndIntervals() {
        VersionRange range = VersionRange.parse("[1,2),(3,)");
        assertThat(range).hasToString("[1,2),(3,)");
        assertThat(range.intervals()).hasSize(2);
        assertThat(range.intervals().get(1).upper()).isNull();
        assertThat(VersionRange.any().contains(OctopusVersion.parse("0.0.0-0"))).isTrue();
    }

    @Test
    void randomStringsNeverThrowAnythingButInvalidInput() {
        Random random = new Random(3);
        String alphabet = "0123456789.,-+ab[]() ";
        OctopusVersion probe = OctopusVersion.parse("1.2.3");
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(16);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                VersionRange range = VersionRange.parse(b.toString());
                range.contains(probe);
                assertThat(VersionRange.parse(range.toString()).intervals())
                        .isEqualTo(range.intervals());
            } catch (InvalidInputException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void containmentAgreesWithOrderingForRandomVersions() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            OctopusVersion a = OctopusVersionTest.randomVersion(random);
            OctopusVersion b = OctopusVersionTest.randomVersion(random);
            OctopusVersion lo = a.compareTo(b) <= 0 ? a : b;
            OctopusVersion hi = a.compareTo(b) <= 0 ? b : a;
            VersionRange closed = VersionRange.parse("[" + lo + "," + hi + "]");
            OctopusVersion v = OctopusVersionTest.randomVersion(random);
            boolean expected = v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0;
            assertThat(closed.contains(v)).isEqualTo(expected);
            assertThat(VersionRange.parse(lo.toString()).contains(v))
                    .isEqualTo(v.compareTo(lo) >= 0);
        }
    }
}
