package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageFileNameTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello.1.0.0.zip                 | Hello        | 1.0.0          | .zip",
                "Acme.Web.2.1.0-beta.1.zip       | Acme.Web     | 2.1.0-beta.1   | .zip",
                "Acme.Web.2.1.0-beta.1.tar.gz    | Acme.Web     | 2.1.0-beta.1   | .tar.gz",
                "Acme.1.2.3.4.tar.bz2            | Acme         | 1.2.3.4        | .tar.bz2",
                "Acme.2016.01.02.tgz             | Acme         | 2016.01.02     | .tgz",
                "Acme.1.0.0+build.7.tar          | Acme         | 1.0.0+build.7  | .tar",
                "my-app.3.0.jar                  | my-app       | 3.0            | .jar",
                "my_app.3.war                    | my_app       | 3              | .war",
                "Acme.1.0.0.nupkg                | Acme         | 1.0.0          | .nupkg",
                "Acme.Web.1.0.0.ZIP              | Acme.Web     | 1.0.0          | .zip",
                "Acme.V2.1.0.0.zip               | Acme.V2      | 1.0.0          | .zip",
                "Acme.2x.Web.1.0.0.zip           | Acme.2x.Web  | 1.0.0          | .zip",
                "Foo.1.2.3.4.5.zip               | Foo.1        | 2.3.4.5        | .zip",
                "Acme.Web.2.0.0-rc.1.tar.gz      | Acme.Web     | 2.0.0-rc.1     | .tar.gz",
                "1.0.0.zip                       | 1            | 0.0            | .zip",
            })
    void idVersionAndExtensionComeFromTheFileName(
            String fileName, String id, String version, String extension) {
        PackageFileName name = PackageFileName.parse(fileName);
        assertThat(name.packageId()).isEqualTo(id);
        assertThat(name.version().originalText()).isEqualTo(version);
        assertThat(name.extension()).isEqualTo(extension);
        assertThat(PackageFileName.parse(name.fileName())).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../Acme.1.0.0.zip",
                "dir/Acme.1.0.0.zip",
                "dir\\Acme.1.0.0.zip",
                "C:Acme.1.0.0.zip",
                "Acme.1.0.0.zip\n",
                "Acme\u0000.1.0.0.zip",
                ".Acme.1.0.0.zip",
                "Acme..1.0.0.zip",
                "Acme.1.0.0.exe",
                "Acme.1.0.0.gz",
                "Acme.zip",
                ".zip",
                "Ac me.1.0.0.zip",
                "Acme-.1.0.0.zip",
                "-Acme.1.0.0.zip",
                "Acme.Web.zip",
                "Acmé.1.0.0.zip",
                "",
            })
    void badFileNamesAreRefusedWithClearMessage(String fileName) {
        assertThatThrownBy(() -> PackageFileName.parse(fileName))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
        assertThat(PackageFileName.tryParse(fileName)).isEmpty();
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertThatThrownBy(() -> PackageFileName.parse("../x/Acme.1.0.0.zip"))
                .hasMessageContaining("without a path");
        assertThatThrownBy(() -> PackageFileName.parse("Acme.1.0.0.exe"))
                .hasMessageContaining("not a supported package")
                .hasMessageContaining(".tar.gz");
        assertThatThrownBy(() -> PackageFileName.parse("Acme.Web.zip"))
                .hasMessage(
                        "The file name 'Acme.Web.zip' does not contain a package id and version, as"
                                + " in MyPackage.1.0.0.zip.");
        assertThatThrownBy(() -> PackageFileName.parse(null))
                .hasMessage("A package file name is required.");
        assertThatThrownBy(() -> PackageFileName.parse("a".repeat(500) + ".1.0.zip"))
                .hasMessageContaining("longer than");
        assertThatThrownBy(() -> PackageFileName.parse("a".repeat(101) + ".1.0.zip"))
                .hasMessage("The package id is longer than 100 characters.");
    }

    @Test
    void randomNamesNeverThrowAnythingButInvalidInput() {
        Random random = new Random(17);
        String alphabet = "Aa1.0-_+/\\ z9:.\u0001é";
        String[] endings = {".zip", ".tar.gz", ".nupkg", ".tgz", ".x", ""};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(20);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            b.append(endings[random.nextInt(endings.length)]);
            String fileName = b.toString();
            try {
                PackageFileName name = PackageFileName.parse(fileName);
                assertThat(name.packageId()).doesNotContain("/", "\\", "..", ":");
                assertThat(PackageFileName.parse(name.fileName())).isEqualTo(name);
            } catch (InvalidInputException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void generatedNamesRoundTrip() {
        Random random = new Random(23);
        for (int i = 0; i < 10_000; i++) {
            String id = randomId(random);
            OctopusVersion version = randomVersion(random);
            String extension =
                    PackageFileName.EXTENSIONS.get(
                            random.nextInt(PackageFileName.EXTENSIONS.size()));
            PackageFileName name = PackageFileName.parse(id + "." + version + extension);
            assertThat(name.packageId()).isEqualTo(id);
            assertThat(name.version().originalText()).isEqualTo(version.originalText());
            assertThat(name.extension()).isEqualTo(extension);
        }
    }

    /** Ids whose dot-separated parts start with a letter: never mistaken for a version. */
    private static String randomId(Random random) {
        String letters = "abcXYZ";
        String rest = "abc019_";
        StringBuilder b = new StringBuilder();
        int segments = 1 + random.nextInt(3);
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                b.append(random.nextBoolean() ? '.' : '-');
            }
            b.append(letters.charAt(random.nextInt(letters.length())));
            for (int j = random.nextInt(5); j > 0; j--) {
                b.append(rest.charAt(random.nextInt(rest.length())));
            }
        }
        return b.toString();
    }

    private static OctopusVersion randomVersion(Random random) {
        StringBuilder b = new StringBuilder().append(random.nextInt(30));
        for (int p = random.nextInt(4); p > 0; p--) {
            b.append('.').append(random.nextInt(12));
        }
        if (random.nextBoolean()) {
            b.append(random.nextBoolean() ? "-beta." + random.nextInt(20) : "-rc-1");
        }
        return OctopusVersion.parse(b.toString());
    }
}
