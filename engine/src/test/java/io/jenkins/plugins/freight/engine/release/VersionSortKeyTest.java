package io.jenkins.plugins.freight.engine.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionSortKeyTest {

    @Test
    void keyOrderEqualsVersionOrder() {
        List<String> texts =
                List.of(
                        "1.0.0-alpha",
                        "1.0.0-alpha.1",
                        "1.0.0-alpha.beta",
                        "1.0.0-beta",
                        "1.0.0-beta.2",
                        "1.0.0-beta.11",
                        "1.0.0-rc.1",
                        "1.0.0",
                        "1.0.0.1",
                        "1.0.1-0",
                        "1.0.1-9",
                        "1.0.1-10",
                        "1.0.1-a",
                        "1.0.1-A-b",
                        "1.0.1",
                        "1.2",
                        "1.10",
                        "2016.01.02",
                        "2016.1.10",
                        "3.0.0-beta.9",
                        "3.0.0-beta.10",
                        "10.0.0",
                        "999999999999999999.0.0");
        List<OctopusVersion> versions =
                new ArrayList<>(texts.stream().map(OctopusVersion::parse).toList());
        java.util.Collections.shuffle(versions, new Random(7));
        List<OctopusVersion> byVersion = versions.stream().sorted().toList();
        List<OctopusVersion> byKey =
                versions.stream().sorted(Comparator.comparing(VersionSortKey::of)).toList();
        assertThat(byKey).isEqualTo(byVersion);
    }

    @Test
    void randomVersionsSortTheSameWayByKey() {
        Random random = new Random(42);
        String[] ids = {"alpha", "beta", "rc", "0", "1", "2", "10", "01", "a-b", "Beta"};
        for (int round = 0; round < 2000; round++) {
            OctopusVersion a = randomVersion(random, ids);
            OctopusVersion b = randomVersion(random, ids);
            assertThat(Integer.signum(VersionSortKey.of(a).compareTo(VersionSortKey.of(b))))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
        }
    }

    @Test
    void equalVersionsHaveEqualKeysAndKeysAreDigits() {
        assertThat(VersionSortKey.of(OctopusVersion.parse("1.0.0.0")))
                .isEqualTo(VersionSortKey.of(OctopusVersion.parse("1.0")))
                .matches("[0-9]+");
        assertThat(VersionSortKey.of(OctopusVersion.parse("1.0.0-Beta.01")))
                .isEqualTo(VersionSortKey.of(OctopusVersion.parse("1.0.0-beta.1")));
        assertThat(VersionSortKey.of(OctopusVersion.parse("1.2.7-x")))
                .startsWith(VersionSortKey.prefix(1, 2));
    }

    private static OctopusVersion randomVersion(Random r, String[] ids) {
        StringBuilder s = new StringBuilder();
        int parts = 1 + r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            s.append(i == 0 ? "" : ".").append(r.nextInt(3));
        }
        int pre = r.nextInt(4);
        for (int i = 0; i < pre; i++) {
            s.append(i == 0 ? "-" : ".").append(ids[r.nextInt(ids.length)]);
        }
        return OctopusVersion.parse(s.toString());
    }
}
