package io.jenkins.plugins.freight.plugin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.stubs.ReferenceFiles;
import io.jenkins.plugins.freight.stubs.SignatureReference;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every concrete plugin class implements every method the real Jenkins types it extends or
 * implements leave abstract (per the signature reference, walking the real supertypes, not just the
 * stubbed ones): a method a stub leaves out would otherwise surface only in Jenkins, as an {@code
 * AbstractMethodError}. Types the reference lists by header only cannot be checked.
 */
class AbstractMethodsTest {

    private static final String OWN = "io.jenkins.plugins.freight.";

    @Test
    void concretePluginClassesImplementEveryAbstractJenkinsMethod() throws Exception {
        SignatureReference reference =
                SignatureReference.read(ReferenceFiles.reference(), ReferenceFiles.supplement());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : pluginClasses()) {
            if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            Set<String> required = new HashSet<>();
            Set<String> provided = new HashSet<>();
            for (Class<?> jenkinsType : jenkinsSupertypes(c)) {
                collect(
                        reference,
                        jenkinsType.getCanonicalName(),
                        required,
                        provided,
                        new HashSet<>());
            }
            required.removeAll(provided);
            for (String key : required) {
                checked++;
                if (!implementsMethod(c, key)) {
                    problems.add(c.getName() + " does not implement " + key);
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** Abstract and concrete methods (name + descriptor) of a reference type and its supertypes. */
    private static void collect(
            SignatureReference reference,
            String canonicalName,
            Set<String> abstracts,
            Set<String> concretes,
            Set<String> seen) {
        if (canonicalName == null || !seen.add(canonicalName)) {
            return;
        }
        var type = reference.typeByCanonicalName(canonicalName).orElse(null);
        if (type == null) {
            return;
        }
        for (var member : type.members()) {
            if (!member.kind().equals("method") || member.modifiers().contains("static")) {
                continue;
            }
            String key = member.name() + member.descriptor();
            if (member.modifiers().contains("abstract")) {
                abstracts.add(key);
            } else {
                concretes.add(key);
            }
        }
        collect(reference, type.superclass(), abstracts, concretes, seen);
        type.interfaces().forEach(i -> collect(reference, i, abstracts, concretes, seen));
    }

    private static Set<Class<?>> jenkinsSupertypes(Class<?> c) {
        Set<Class<?>> all = new HashSet<>();
        for (Class<?> t = c; t != null; t = t.getSuperclass()) {
            if (!t.getName().startsWith(OWN) && !t.getName().startsWith("java.")) {
                all.add(t);
            }
            for (Class<?> i : t.getInterfaces()) {
                if (!i.getName().startsWith(OWN) && !i.getName().startsWith("java.")) {
                    all.add(i);
                }
            }
        }
        return all;
    }

    private static boolean implementsMethod(Class<?> c, String key) {
        for (Class<?> t = c; t != null; t = t.getSuperclass()) {
            for (Method m : t.getDeclaredMethods()) {
                if (!Modifier.isAbstract(m.getModifiers())
                        && key.equals(m.getName() + descriptor(m))) {
                    return true;
                }
            }
        }
        for (Method m : c.getMethods()) {
            if (m.isDefault() && key.equals(m.getName() + descriptor(m))) {
                return true;
            }
        }
        return false;
    }

    private static String descriptor(Method m) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            d.append(type(p));
        }
        return d.append(')').append(type(m.getReturnType())).toString();
    }

    private static String type(Class<?> t) {
        if (t.isArray()) {
            return t.getName().replace('.', '/');
        }
        if (t.isPrimitive()) {
            return switch (t.getName()) {
                case "void" -> "V";
                case "boolean" -> "Z";
                case "int" -> "I";
                case "long" -> "J";
                case "double" -> "D";
                case "float" -> "F";
                case "char" -> "C";
                case "short" -> "S";
                default -> "B";
            };
        }
        return "L" + t.getName().replace('.', '/') + ";";
    }

    private static List<Class<?>> pluginClasses() throws IOException, ClassNotFoundException {
        Path classes = ReferenceFiles.moduleDirectory().resolve("target/classes");
        List<Class<?>> list = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.');
                list.add(Class.forName(name.substring(0, name.length() - 6)));
            }
        }
        return list;
    }
}
