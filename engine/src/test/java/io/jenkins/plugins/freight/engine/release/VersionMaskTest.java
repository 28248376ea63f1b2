package io.jenkins.plugins.freight.engine.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionMaskTest {

    @ParameterizedTest
    @CsvSource({
        // mask, previous version, expected
        "1.2.3-alpha.i, 1.2.3-alpha.25, 1.2.3-alpha.26",
        "i.2.3-alpha.i, 1.2.3-alpha.25, 2.2.3-alpha.26",
        "1.i.3-alpha.i, 1.2.3-alpha.25, 1.3.3-alpha.26",
        "1.2.i-alpha.i, 1.2.3-alpha.25, 1.2.4-alpha.26",
        "c.c.i-alpha.c, 1.2.3-alpha.25, 1.2.4-alpha.25",
        "i.i.i-alpha.i, 1.2.3-alpha.25, 2.0.0-alpha.26",
        "i.c.c, 1.2.3-alpha.25, 2.0.3",
        "c.i.c, 1.2.3-alpha.25, 1.3.0",
        "c.c.i, 1.2.3-alpha.25, 1.2.4",
        "c.c.i, 1.2.3.4, 1.2.4.0",
        "c.c.i, 1.2.3.0, 1.2.4.0",
        "1.2.i, 1.2.9, 1.2.10",
        "1.i.i, 1.2.3, 1.3.0",
        "i.i.i.i, 1.2.3.4, 2.0.0.0",
        "c.c.c-i, 1.2.3-4, 1.2.3-5",
        "c.c.c-i, 1.2.3, 1.2.3-1",
        "1.2.3.4-i.1, 1.2.3.4-25.2, 1.2.3.4-26.1",
        "1.2.3.4-c.1, 1.2.3.4-25.2, 1.2.3.4-25.1",
        "0.0.2-i, 0.0.1, 0.0.2-1",
    })
    void incrementsRelativeToThePreviousVersionAsOctopusDoes(
            String mask, String previous, String expected) {
        VersionMask m = VersionMask.parse(mask).orElseThrow();
        assertThat(m.apply(Optional.of(OctopusVersion.parse(previous))).toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.2.3-alpha.i, 1.2.3-alpha.0", "1.2.i, 1.2.0", "c.c.i, 0.0.0", "i.i.i.i, 0.0.0.0"})
    void withoutAPreviousVersionEverySubstituteIsZero(String mask, String expected) {
        assertThat(VersionMask.parse(mask).orElseThrow().apply(Optional.empty()).toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1.2.3", "1.2.3-beta", "1.2.3.4", "ii.2.3", "1.2.3_i", "1.2.3-i ", "", "i"})
    void textWithoutSubstitutesIsNotAMask(String text) {
        assertThat(VersionMask.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c.i", "c.c.i", "1.2.3.i", "1.2.3.4-1.i", "1.2.3-c", "i.2.3.4"})
    void textWithSubstitutesIsAMask(String text) {
        assertThat(VersionMask.parse(text)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void previousVersionIsTheNewestMatchingTheFixedParts() {
        List<OctopusVersion> existing =
                List.of("1.2.3", "1.2.10", "1.3.0", "2.0.0").stream()
                        .map(OctopusVersion::parse)
                        .toList();
        assertThat(VersionMask.parse("1.2.i").orElseThrow().next(existing).toString())
                .isEqualTo("1.2.11");
        assertThat(VersionMask.parse("1.i.i").orElseThrow().next(existing).toString())
                .isEqualTo("1.4.0");
        assertThat(VersionMask.parse("3.0.i").orElseThrow().next(existing).toString())
                .isEqualTo("3.0.0");
        assertThat(VersionMask.parse("c.c.i").orElseThrow().next(existing).toString())
                .isEqualTo("2.0.1");
        assertThat(VersionMask.parse("1.2.i").orElseThrow().fixedPrefix()).containsExactly(1, 2);
        assertThat(VersionMask.parse("1.2.3-beta.i").orElseThrow().fixedPrefix())
                .containsExactly(1, 2, 3, 0);
    }
}
