package io.jenkins.plugins.freight.engine.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionTemplateTest {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2024, 3, 5, 14, 7, 9, 0, ZoneOffset.UTC);
    private static final List<OctopusVersion> EXISTING =
            List.of("1.2.3", "1.2.10", "2.0.0-beta.4").stream().map(OctopusVersion::parse).toList();

    private static VersionTemplate.Context context(Optional<OctopusVersion> last) {
        return new VersionTemplate.Context(
                "Beta",
                last,
                Optional.of(OctopusVersion.parse("2.0.0-beta.4")),
                Map.of(
                        "Beta", Optional.of(OctopusVersion.parse("2.0.0-beta.4")),
                        "Default", Optional.of(OctopusVersion.parse("1.2.10"))),
                NOW,
                Map.of("AppMajor", "7"));
    }

    private static String resolve(String template, Optional<OctopusVersion> last) {
        return VersionTemplate.resolve(
                        template,
                        context(last),
                        ReleaseVersions::render,
                        prefix ->
                                EXISTING.stream()
                                        .filter(
                                                v ->
                                                        v.sortKey()
                                                                .startsWith(
                                                                        OctopusVersion
                                                                                .sortKeyPrefix(
                                                                                        prefix)))
                                        .max(java.util.Comparator.naturalOrder()))
                .toString();
    }

    @Test
    void defaultTemplateIncrementsThePatchOfTheHighestRelease() {
        assertThat(resolve(null, Optional.of(OctopusVersion.parse("1.2.10")))).isEqualTo("1.2.11");
    }

    @Test
    void firstReleaseOfAProjectIsZeroZeroOne() {
        assertThat(resolve("", Optional.empty())).isEqualTo("0.0.1");
    }

    @Test
    void lastAndNextPartsAreAvailable() {
        Optional<OctopusVersion> last = Optional.of(OctopusVersion.parse("3.4.5.6-rc.1"));
        assertThat(
                        resolve(
                                "#{Octopus.Version.NextMajor}.#{Octopus.Version.NextMinor}.#{Octopus.Version.LastBuild}.#{Octopus.Version.NextRevision}",
                                last))
                .isEqualTo("4.5.5.7");
        assertThat(
                        resolve(
                                "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.LastPatch}#{Octopus.Version.LastSuffix}",
                                last))
                .isEqualTo("3.4.5-rc.1");
        assertThat(resolve("1.2.#{Octopus.Version.NextPatch}-pre", last)).isEqualTo("1.2.6-pre");
    }

    @Test
    void channelVariablesLookAtTheChannelAndAtNamedChannels() {
        assertThat(
                        resolve(
                                "#{Octopus.Version.Channel.LastMajor}.0.#{Octopus.Version.Channel.NextPatch}-#{Octopus.Release.Channel.Name}",
                                Optional.empty()))
                .isEqualTo("2.0.1-Beta");
        assertThat(
                        resolve(
                                "#{Octopus.Version.Channel[Default].LastMajor}.#{Octopus.Version.Channel[Default].NextMinor}.0",
                                Optional.empty()))
                .isEqualTo("1.3.0");
    }

    @Test
    void dateTimeAndProjectVariablesAreAvailable() {
        assertThat(
                        resolve(
                                "#{Octopus.Date.Year}.#{Octopus.Date.Month}.#{Octopus.Date.Day}",
                                Optional.empty()))
                .isEqualTo("2024.3.5");
        assertThat(
                        resolve(
                                "#{AppMajor}.#{Octopus.Date.DayOfYear}.#{Octopus.Time.Hour}#{Octopus.Time.Minute}",
                                Optional.empty()))
                .isEqualTo("7.65.147");
    }

    @Test
    void masksIncrementRelativeToTheNewestMatchingRelease() {
        assertThat(resolve("1.2.i", Optional.empty())).isEqualTo("1.2.11");
        assertThat(resolve("1.i.i", Optional.empty())).isEqualTo("1.3.0");
        assertThat(resolve("5.0.i", Optional.empty())).isEqualTo("5.0.0");
        assertThat(resolve("i.i.i.i", Optional.empty())).isEqualTo("3.0.0.0");
        assertThat(resolve("#{AppMajor}.1.i", Optional.empty())).isEqualTo("7.1.0");
    }

    @Test
    void templateProducingAnInvalidVersionIsRefusedClearly() {
        assertThatThrownBy(() -> resolve("release-#{Octopus.Date.Year}", Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "The project's release version template produced 'release-2024', which is"
                                + " not a valid version.");
    }

    @Test
    void unknownVariableIsRefusedClearly() {
        assertThatThrownBy(() -> resolve("#{Nope}.0.0", Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "The project's release version template '#{Nope}.0.0' cannot be rendered:"
                                + " The following tokens were unable to be evaluated: '#{Nope}'.");
    }

    @Test
    void templateLanguageConditionalsWork() {
        assertThat(
                        resolve(
                                "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}#{if Octopus.Version.LastSuffix}#{Octopus.Version.LastSuffix}#{/if}",
                                Optional.of(OctopusVersion.parse("1.2.3-beta"))))
                .isEqualTo("1.2.4-beta");
        assertThat(
                        resolve(
                                "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}#{if Octopus.Version.LastSuffix}#{Octopus.Version.LastSuffix}#{/if}",
                                Optional.of(OctopusVersion.parse("1.2.3"))))
                .isEqualTo("1.2.4");
    }

    @Test
    void templatesNamingOnlyBuiltInsAreRecognised() {
        assertThat(VersionTemplate.usesOnlyBuiltIns(null)).isTrue();
        assertThat(VersionTemplate.usesOnlyBuiltIns("1.2.i")).isTrue();
        assertThat(
                        VersionTemplate.usesOnlyBuiltIns(
                                "#{Octopus.Version.LastMajor}.#{if Octopus.Version.LastSuffix}x#{/if}"))
                .isTrue();
        assertThat(VersionTemplate.usesOnlyBuiltIns("#{Major}.0.#{Octopus.Version.NextPatch}"))
                .isFalse();
        assertThat(VersionTemplate.usesOnlyBuiltIns("#{if Flag}1#{/if}.0.0")).isFalse();
        assertThat(VersionTemplate.usesOnlyBuiltIns("#{Octopus.Date.Year | Replace 0 1}.0"))
                .isFalse();
    }
}
