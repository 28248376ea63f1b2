package io.jenkins.plugins.freight.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OctopusVersionTest {

    @ParameterizedTest
    @CsvSource({
        "1.0.0.0, 1.0.0",
        "1.0.0, 1.0",
        "1, 1.0.0.0",
        "2016.01.02, 2016.1.2",
        "1.0.0+build.5, 1.0.0",
        "1.0.0-beta+a, 1.0.0-beta+b",
        "1.0.0-BETA, 1.0.0-beta",
        "1.0.0-beta.01, 1.0.0-beta.1",
    })
    void semanticallyEqualVersionsAreEqual(String a, String b) {
        OctopusVersion x = OctopusVersion.parse(a);
        OctopusVersion y = OctopusVersion.parse(b);
        assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
        assertThat(x.compareTo(y)).isZero();
        assertThat(x.normalized()).isEqualTo(y.normalized());
    }

    @ParameterizedTest
    @CsvSource({
        "3.0.0-beta.9, 3.0.0-beta.10",
        "1.0.0-alpha, 1.0.0",
        "1.0.0-alpha, 1.0.0-alpha.1",
        "1.0.0-alpha.1, 1.0.0-alpha.beta",
        "1.0.0-alpha.beta, 1.0.0-beta",
        "1.0.0-beta, 1.0.0-beta.2",
        "1.0.0-beta.2, 1.0.0-beta.11",
        "1.0.0-beta.11, 1.0.0-rc.1",
        "1.0.0-rc.1, 1.0.0",
        "1.0.0, 1.0.0.1",
        "1.0.0.9, 1.0.0.10",
        "1.9.0, 1.10.0",
        "1.0.0-1, 1.0.0-a",
        "2015.12.31, 2016.01.02",
        "1.0.0-beta-2, 1.0.0-beta-3",
    })
    void versionsOrderSemantically(String older, String newer) {
        OctopusVersion a = OctopusVersion.parse(older);
        OctopusVersion b = OctopusVersion.parse(newer);
        assertThat(a).isLessThan(b);
        assertThat(b).isGreaterThan(a);
        assertThat(b.isNewerThan(a)).isTrue();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void originalTextIsKeptForDisplay() {
        OctopusVersion v = OctopusVersion.parse("2016.01.02-Beta.007+sha.abc");
        assertThat(v).hasToString("2016.01.02-Beta.007+sha.abc");
        assertThat(v.originalText()).isEqualTo("2016.01.02-Beta.007+sha.abc");
        assertThat(v.normalized()).isEqualTo("2016.1.2-beta.7");
        assertThat(v.preRelease()).isEqualTo("Beta.007");
        assertThat(v.preReleaseIdentifiers()).containsExactly("Beta", "007");
        assertThat(v.metadata()).isEqualTo("sha.abc");
        assertThat(v.isPreRelease()).isTrue();
        assertThat(v.major()).isEqualTo(2016);
        assertThat(v.minor()).isEqualTo(1);
        assertThat(v.patch()).isEqualTo(2);
        assertThat(v.revision()).isZero();
    }

    @Test
    void fourPartVersionKeepsRevisionInNormalizedText() {
        assertThat(OctopusVersion.parse("1.2.3.4").normalized()).isEqualTo("1.2.3.4");
        assertThat(OctopusVersion.parse("1.2.3.0").normalized()).isEqualTo("1.2.3");
        assertThat(OctopusVersion.parse("1.2.3.4").isPreRelease()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "1.0.0 ",
                " 1.0.0",
                "v1.0.0",
                "1.2.3.4.5",
                "1..2",
                "1.",
                ".1",
                "1.0.0-",
                "1.0.0+",
                "1.0.0-beta..1",
                "1.0.0-beta_1",
                "1.0.0-bêta",
                "1.0.0+meta+more",
                "1.x.0",
                "99999999999999999999.0",
                "1.0.0-beta\n",
                "-1.0.0",
                "1e3",
            })
    void invalidVersionsAreRefusedWithClearMessage(String text) {
        assertThatThrownBy(() -> OctopusVersion.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The version")
                .hasMessageContaining("is not valid")
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(1));
        assertThat(OctopusVersion.tryParse(text)).isEmpty();
    }

    @Test
    void nullAndOverlongTextAreRefused() {
        assertThatThrownBy(() -> OctopusVersion.parse(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a version is required");
        assertThatThrownBy(() -> OctopusVersion.parse("1.0.0-" + "a".repeat(300)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("longer than 255");
    }

    @Test
    void messageNamesTheOffendingPart() {
        assertThatThrownBy(() -> OctopusVersion.parse("1.x.3"))
                .hasMessage(
                        "The version '1.x.3' is not valid: the numeric part 'x' is not a whole number.");
    }

    @Test
    void randomStringsNeverThrowAnythingButInvalidInput() {
        Random random = new Random(42);
        String alphabet = "0123456789.-+abzAZ_ \t\n/\\é[](),*";
        for (int i = 0; i < 100_000; i++) {
            String s = randomString(random, alphabet, random.nextInt(24));
            try {
                OctopusVersion v = OctopusVersion.parse(s);
                assertThat(v.originalText()).isEqualTo(s);
                OctopusVersion again = OctopusVersion.parse(v.normalized());
                assertThat(again).isEqualTo(v);
                assertThat(again.normalized()).isEqualTo(v.normalized());
            } catch (InvalidInputException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            assertThat(OctopusVersion.tryParse(s)).isNotNull();
        }
    }

    @Test
    void orderingIsATotalOrderConsistentWithEquals() {
        Random random = new Random(7);
        List<OctopusVersion> versions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            versions.add(randomVersion(random));
        }
        for (OctopusVersion a : versions) {
            assertThat(a.compareTo(a)).isZero();
            for (OctopusVersion b : versions) {
                int ab = Integer.signum(a.compareTo(b));
                assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-ab);
                assertThat(a.equals(b)).isEqualTo(ab == 0);
                if (ab == 0) {
                    assertThat(a.hashCode()).isEqualTo(b.hashCode());
                }
            }
        }
        // transitivity: a sorted list is pairwise ordered everywhere, not just neighbours
        List<OctopusVersion> sorted = new ArrayList<>(versions);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                assertThat(sorted.get(i).compareTo(sorted.get(j))).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void normalizedAndOriginalTextRoundTrip() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            OctopusVersion v = randomVersion(random);
            assertThat(OctopusVersion.parse(v.toString()).isIdenticalTo(v)).isTrue();
            assertThat(OctopusVersion.parse(v.normalized())).isEqualTo(v);
        }
    }

    @Test
    void sortKeyOrderIsVersionOrder() {
        Random random = new Random(13);
        List<OctopusVersion> versions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            versions.add(randomVersion(random));
        }
        versions.add(OctopusVersion.parse("3.0.0-beta.9"));
        versions.add(OctopusVersion.parse("3.0.0-beta.10"));
        versions.add(OctopusVersion.parse("1.0.0-a-"));
        versions.add(OctopusVersion.parse("1.0.0-a"));
        versions.add(OctopusVersion.parse("1.0.0-a0"));
        versions.add(OctopusVersion.parse("999999999999999999.0.0"));
        for (OctopusVersion a : versions) {
            assertThat(a.sortKey()).matches("[0-9]+");
            for (OctopusVersion b : versions) {
                assertThat(Integer.signum(a.sortKey().compareTo(b.sortKey())))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    @Test
    void sortKeyOfLongestVersionsFitsItsLimit() {
        String manyIdentifiers = "1.0.0-" + "a.".repeat(124) + "a";
        String oneLongIdentifier = "1.0.0-" + "z".repeat(249);
        String numbers = "1.0.0-" + "1.".repeat(124) + "1";
        for (String text : List.of(manyIdentifiers, oneLongIdentifier, numbers)) {
            assertThat(text).hasSizeLessThanOrEqualTo(OctopusVersion.MAX_LENGTH);
            assertThat(OctopusVersion.parse(text).sortKey())
                    .hasSizeLessThanOrEqualTo(OctopusVersion.MAX_SORT_KEY_LENGTH);
        }
    }

    static OctopusVersion randomVersion(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                b.append('.');
            }
            if (random.nextInt(5) == 0) {
                b.append('0');
            }
            b.append(random.nextInt(4));
        }
        if (random.nextBoolean()) {
            String[] ids = {"alpha", "beta", "Beta", "rc", "1", "2", "10", "09", "a-b", "x1"};
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? '-' : '.').append(ids[random.nextInt(ids.length)]);
            }
        }
        if (random.nextInt(4) == 0) {
            b.append("+build.").append(random.nextInt(100));
        }
        return OctopusVersion.parse(b.toString());
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
