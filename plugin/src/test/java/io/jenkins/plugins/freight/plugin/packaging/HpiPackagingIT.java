package io.jenkins.plugins.freight.plugin.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unpacks {@code target/freight.hpi} and checks what Jenkins reads from it: the manifest, the
 * libraries (ours and third-party ones, nothing Jenkins provides, no stub), the SezPoz and
 * annotation-indexer indexes, every Jelly view's escaping header, and that every data-bound
 * property has a getter and a field in its {@code config.jelly} (and a help file).
 */
class HpiPackagingIT {

    private static final String ESCAPE = "<?jelly escape-by-default='true'?>";

    private static Manifest manifest;
    private static Map<String, byte[]> libs;
    private static Map<String, byte[]> pluginJar;

    @BeforeAll
    static void unpack() throws IOException {
        Path hpi = Path.of(System.getProperty("freight.hpi", "target/freight.hpi"));
        assertThat(hpi).exists();
        libs = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
            for (ZipEntry e : zip.stream().toList()) {
                if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        libs.put(e.getName().substring("WEB-INF/lib/".length()), in.readAllBytes());
                    }
                }
            }
        }
        pluginJar = entries(libs.get("freight.jar"));
    }

    private static Map<String, byte[]> entries(byte[] jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void manifestHasEverythingJenkinsReads() {
        Attributes a = manifest.getMainAttributes();
        assertThat(a.getValue("Short-Name")).isEqualTo("freight");
        assertThat(a.getValue("Long-Name")).isEqualTo("Freight");
        assertThat(a.getValue("Plugin-Version"))
                .isEqualTo(
                        System.getProperty(
                                "freight.expectedVersion", a.getValue("Plugin-Version")));
        assertThat(a.getValue("Jenkins-Version")).isEqualTo("2.555.3");
        assertThat(a.getValue("Minimum-Java-Version")).isEqualTo("17");
        assertThat(a.getValue("Group-Id")).isEqualTo("io.jenkins.plugins.freight");
        assertThat(a.getValue("Url")).startsWith("https://");
        assertThat(a.getValue("Support-Dynamic-Loading")).isEqualTo("false");
        assertThat(a.getValue("Plugin-Dependencies").split(","))
                .extracting(d -> d.split(":")[0])
                .containsExactlyInAnyOrder(
                        "credentials",
                        "plain-credentials",
                        "credentials-binding",
                        "structs",
                        "workflow-step-api");
        for (String dependency : a.getValue("Plugin-Dependencies").split(",")) {
            assertThat(dependency).matches("[a-z-]+:[0-9][0-9A-Za-z._-]*");
        }
    }

    @Test
    void thePluginJarCarriesThePluginManifestSoJenkinsClassFilterAcceptsItsClasses()
            throws IOException {
        Manifest jar;
        try (JarInputStream in =
                new JarInputStream(new ByteArrayInputStream(libs.get("freight.jar")))) {
            jar = in.getManifest();
        }
        assertThat(jar).as("freight.jar has a manifest").isNotNull();
        Attributes a = jar.getMainAttributes();
        assertThat(a.getValue("Short-Name")).isEqualTo("freight");
        assertThat(a.getValue("Plugin-Version"))
                .isEqualTo(manifest.getMainAttributes().getValue("Plugin-Version"));
        assertThat(a.getValue("Jenkins-Version")).isEqualTo("2.555.3");
    }

    @Test
    void libsHoldOurJarsAndNothingJenkinsProvides() {
        assertThat(libs.keySet())
                .contains("freight.jar")
                .anyMatch(n -> n.startsWith("freight-client-"))
                .anyMatch(n -> n.startsWith("freight-server-"))
                .anyMatch(n -> n.startsWith("freight-engine-"))
                .anyMatch(n -> n.startsWith("okhttp"))
                .anyMatch(n -> n.startsWith("h2-"));
        List<String> provided =
                List.of(
                        "jakarta.servlet-api",
                        "jetty-",
                        "stapler",
                        "guava",
                        "slf4j-api",
                        "jcl-over-slf4j",
                        "spring-",
                        "json-lib",
                        "jenkins-stubs",
                        "localizer",
                        "sezpoz",
                        "jenkins-core");
        assertThat(libs.keySet()).noneMatch(n -> provided.stream().anyMatch(n::startsWith));
    }

    @Test
    void noStubClassIsShipped() throws IOException {
        List<String> stubbed = new ArrayList<>();
        for (var lib : libs.entrySet()) {
            for (String name : entries(lib.getValue()).keySet()) {
                if (name.endsWith(".class")
                        && (name.startsWith("hudson/")
                                || name.startsWith("jenkins/")
                                || name.startsWith("org/kohsuke/stapler/")
                                || name.startsWith("org/jenkinsci/")
                                || name.startsWith("com/cloudbees/"))) {
                    stubbed.add(lib.getKey() + "!" + name);
                }
            }
        }
        assertThat(stubbed).isEmpty();
    }

    @Test
    void extensionAndAnnotationIndexesAreInThePluginJar() {
        byte[] sezpoz = pluginJar.get("META-INF/annotations/hudson.Extension");
        assertThat(sezpoz).isNotNull();
        assertThat(sezpoz[0] & 0xff)
                .isEqualTo(0xAC); // a Java serialization stream, as SezPoz writes
        assertThat(sezpoz[1] & 0xff).isEqualTo(0xED);
        String extensions = new String(sezpoz, StandardCharsets.ISO_8859_1);
        assertThat(extensions)
                .contains("io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration")
                .contains("io.jenkins.plugins.freight.plugin.embedded.FreightRootAction")
                .contains(
                        "io.jenkins.plugins.freight.plugin.pipeline.FreightCreateReleaseStep$DescriptorImpl");
        String symbols = text("META-INF/annotations/org.jenkinsci.Symbol");
        assertThat(symbols.lines())
                .contains(
                        "io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration",
                        "io.jenkins.plugins.freight.plugin.freestyle.FreightCreateReleaseRecorder$DescriptorImpl",
                        "io.jenkins.plugins.freight.plugin.credentials.FreightServerBinding$DescriptorImpl");
        assertThat(text("META-INF/annotations/hudson.init.Initializer").lines())
                .containsExactly("io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle");
        assertThat(text("META-INF/annotations/hudson.init.Terminator").lines())
                .containsExactly("io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle");
    }

    @Test
    void everyJellyViewEscapesByDefault() {
        List<String> jelly = pluginJar.keySet().stream().filter(n -> n.endsWith(".jelly")).toList();
        assertThat(jelly).hasSizeGreaterThan(15);
        for (String name : jelly) {
            assertThat(text(name)).as(name).startsWith(ESCAPE);
        }
    }

    @Test
    void everyDataBoundPropertyHasAGetterAViewFieldAndHelp() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : pluginJar.keySet()) {
            if (!name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
            List<String> properties = dataBoundProperties(type);
            if (properties.isEmpty()) {
                continue;
            }
            String folder = type.getName().replace('.', '/') + "/";
            String view =
                    pluginJar.containsKey(folder + "config.jelly")
                            ? text(folder + "config.jelly")
                            : "";
            for (String property : properties) {
                if (getter(type, property) == null) {
                    problems.add(type.getSimpleName() + "." + property + ": no getter");
                }
                if (!view.contains("field=\"" + property + "\"")) {
                    problems.add(type.getSimpleName() + "." + property + ": not in config.jelly");
                }
                if (!pluginJar.containsKey(folder + "help-" + property + ".html")) {
                    problems.add(type.getSimpleName() + "." + property + ": no help file");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> dataBoundProperties(Class<?> type) {
        List<String> properties = new ArrayList<>();
        for (Constructor<?> c : type.getConstructors()) {
            if (hasAnnotation(c.getAnnotations(), "org.kohsuke.stapler.DataBoundConstructor")) {
                for (Parameter p : c.getParameters()) {
                    assertThat(p.isNamePresent()).as("compiled with -parameters").isTrue();
                    properties.add(p.getName());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (hasAnnotation(m.getAnnotations(), "org.kohsuke.stapler.DataBoundSetter")
                    && m.getName().startsWith("set")) {
                properties.add(
                        Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
            }
        }
        return properties;
    }

    private static boolean hasAnnotation(
            java.lang.annotation.Annotation[] annotations, String type) {
        for (var a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return type.getMethod(prefix + suffix);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    private static String text(String entry) {
        byte[] bytes = pluginJar.get(entry);
        assertThat(bytes).as(entry).isNotNull();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
