package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredConfigurationTest {

    @TempDir Path dir;

    private Path file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void jsonKeepsTypesMatchesCaseInsensitivelyAndReplacesObjects() throws Exception {
        Path json =
                file(
                        "appsettings.json",
                        "{\"Port\":80,\"Debug\":true,\"Name\":\"x\",\"Servers\":[\"a\",\"b\"],\"Log\":{\"Level\":\"Info\"}}");
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("port", "8080");
        vars.put("Debug", "False");
        vars.put("Servers:1", "c");
        vars.put("Log", "{\"Level\":\"Debug\",\"File\":\"a.log\"}");
        vars.put("OctopusIgnored", "x");
        vars.put("Name", "12");
        assertThat(StructuredConfiguration.apply(json, vars))
                .containsExactlyInAnyOrder("port", "Debug", "Servers:1", "Log", "Name");
        String out = Files.readString(json).replaceAll("\\s", "");
        assertThat(out)
                .isEqualTo(
                        "{\"Port\":8080,\"Debug\":false,\"Name\":\"12\",\"Servers\":[\"a\",\"c\"],\"Log\":{\"Level\":\"Debug\",\"File\":\"a.log\"}}");
    }

    @Test
    void yamlUsesColonPaths() throws Exception {
        Path yaml =
                file("config.yaml", "server:\n  port: 80\n  hosts:\n    - a\n    - b\nname: app\n");
        StructuredConfiguration.apply(yaml, Map.of("server:port", "9090", "server:hosts:0", "z"));
        assertThat(Files.readString(yaml))
                .contains("port: 9090")
                .contains("- z")
                .contains("name: app");
    }

    @Test
    void xmlUsesXPathForAttributesTextAndFragments() throws Exception {
        Path xml =
                file(
                        "settings.xml",
                        "<config><server port=\"80\"/><name>old</name><list><item>a</item></list></config>");
        StructuredConfiguration.apply(
                xml,
                Map.of(
                        "/config/server/@port", "8443",
                        "/config/name", "new & improved",
                        "/config/list", "<item>x</item><item>y</item>"));
        assertThat(Files.readString(xml))
                .contains("port=\"8443\"")
                .contains("<name>new &amp; improved</name>")
                .contains("<list><item>x</item><item>y</item></list>");
    }

    @Test
    void propertiesReplaceValuesAndKeepComments() throws Exception {
        Path props =
                file("app.properties", "# database\ndb.url=jdbc:old\ndb.user = app\nother=1\n");
        StructuredConfiguration.apply(
                props, Map.of("db.url", "jdbc:postgresql://db/test", "DB.USER", "deployer"));
        assertThat(Files.readString(props))
                .isEqualTo(
                        "# database\ndb.url=jdbc:postgresql://db/test\ndb.user = deployer\nother=1\n");
    }

    @Test
    void dotNetConfigReplacesAppSettingsConnectionStringsAndApplicationSettings() {
        String config =
                "<configuration><appSettings><add key=\"EnvironmentName\" value=\"DEV\"/></appSettings>"
                        + "<connectionStrings><add name=\"Main\" connectionString=\"old\"/></connectionStrings>"
                        + "<applicationSettings><App.Properties.Settings><setting name=\"Mode\"><value>a</value></setting>"
                        + "</App.Properties.Settings></applicationSettings></configuration>";
        java.util.List<String> changed = new java.util.ArrayList<>();
        String out =
                XmlConfiguration.applyDotNet(
                        config,
                        Map.of("EnvironmentName", "Test", "Main", "Server=db", "Mode", "b"),
                        changed);
        assertThat(out)
                .contains("value=\"Test\"")
                .contains("connectionString=\"Server=db\"")
                .contains("<value>b</value>");
        assertThat(changed).containsExactlyInAnyOrder("EnvironmentName", "Main", "Mode");
    }

    @Test
    void xmlWithDoctypeIsNotProcessed() throws Exception {
        Path xml =
                file(
                        "evil.xml",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        assertThatThrownBy(
                        () ->
                                XmlConfiguration.apply(
                                        Files.readString(xml),
                                        Map.of("/x", "y"),
                                        new java.util.ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void archivesThatEscapeTheDirectoryAreRefused() throws Exception {
        Path archive = TestPackages.escapingTarGz(dir.resolve("evil.1.0.0.tar.gz"));
        assertThatThrownBy(() -> PackageExtractor.extract(archive, dir.resolve("out")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside the package");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void unsupportedArchiveIsAClearError() {
        assertThatThrownBy(
                        () ->
                                PackageExtractor.extract(
                                        dir.resolve("app.1.0.0.rar"), dir.resolve("out")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a supported archive");
    }
}
