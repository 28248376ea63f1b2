package io.jenkins.plugins.freight.stubs;

import io.jenkins.plugins.freight.stubs.SignatureReference.Member;
import io.jenkins.plugins.freight.stubs.SignatureReference.Type;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reflection over the compiled stubs: kinds, modifiers, descriptors, member checks. */
final class StubReflection {

    static final String OWN_PACKAGE = "io.jenkins.plugins.freight.";

    private StubReflection() {}

    static List<String> memberProblems(
            String where, Member member, int modifiers, boolean isDefault, Object element) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>(member.modifiers());
        expected.removeAll(Set.of("synchronized", "transient", "volatile", "native"));
        Set<String> actual = new TreeSet<>();
        if (Modifier.isPublic(modifiers)) {
            actual.add("public");
        }
        if (Modifier.isProtected(modifiers)) {
            actual.add("protected");
        }
        if (Modifier.isStatic(modifiers)) {
            actual.add("static");
        }
        if (Modifier.isFinal(modifiers)) {
            actual.add("final");
        }
        if (Modifier.isAbstract(modifiers)) {
            actual.add("abstract");
        }
        if (isDefault) {
            actual.add("default");
        }
        if (!actual.equals(expected)) {
            problems.add(where + ": modifiers " + actual + " but " + expected);
        }
        if (member.flagged("not in jenkins-2.555.3")) {
            problems.add(where + ": newer than Jenkins 2.555.3");
        }
        if (member.flagged("restricted NoExternalUse") || member.flagged("restricted DoNotUse")) {
            problems.add(where + ": restricted to Jenkins itself");
        }
        boolean deprecated =
                element instanceof java.lang.reflect.AnnotatedElement a
                        && a.isAnnotationPresent(Deprecated.class);
        if (member.flagged("@Deprecated") != deprecated) {
            problems.add(where + ": @Deprecated must match the reference");
        }
        return problems;
    }

    static List<String> constantProblems(String where, Member member, Field f) {
        String literal = member.constantValue();
        boolean constantType = f.getType().isPrimitive() || f.getType() == String.class;
        boolean staticFinal =
                Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers());
        if (!constantType || !staticFinal) {
            return List.of();
        }
        if (literal == null) {
            return List.of(
                    where + ": the real field is not a compile-time constant; do not stub it");
        }
        try {
            f.setAccessible(true);
            Object value = f.get(null);
            String written = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
            return written.equals(literal)
                    ? List.of()
                    : List.of(where + ": constant " + written + " but " + literal);
        } catch (IllegalAccessException e) {
            return List.of(where + ": cannot read the constant");
        }
    }

    static void collectJdkInterfaces(Class<?> type, Set<String> into) {
        for (Class<?> i : type.getInterfaces()) {
            into.add(i.getCanonicalName());
            collectJdkInterfaces(i, into);
        }
    }

    static String kindOf(Class<?> c) {
        if (c.isAnnotation()) {
            return "@interface";
        }
        if (c.isInterface()) {
            return "interface";
        }
        return c.isEnum() ? "enum" : "class";
    }

    static Set<String> typeModifiers(Class<?> c, Type ref) {
        int m = c.getModifiers();
        Set<String> set = new TreeSet<>();
        if (Modifier.isPublic(m)) {
            set.add("public");
        }
        if (Modifier.isProtected(m)) {
            set.add("protected");
        }
        if (c.getEnclosingClass() != null && Modifier.isStatic(m)) {
            set.add("static");
        }
        if (!c.isInterface() && !c.isEnum() && Modifier.isAbstract(m)) {
            set.add("abstract");
        }
        if (!c.isEnum() && Modifier.isFinal(m)) {
            set.add("final");
        }
        if (c.isEnum()) {
            // finality of an enum depends on constant bodies; the reference notes it separately
            boolean refFinal = ref.has("note: enum (implicitly final)");
            if (refFinal != Modifier.isFinal(m)) {
                set.add(Modifier.isFinal(m) ? "final" : "not-final");
            }
        }
        return set;
    }

    static List<Executable> executables(Class<?> c) {
        List<Executable> all = new ArrayList<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (!k.isSynthetic() && visible(k.getModifiers())) {
                all.add(k);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!m.isSynthetic() && !m.isBridge() && visible(m.getModifiers())) {
                all.add(m);
            }
        }
        return all;
    }

    static boolean isDefault(Executable e) {
        return e instanceof Method m && m.isDefault();
    }

    static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    static String descriptor(Executable e) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : e.getParameterTypes()) {
            d.append(fieldDescriptor(p));
        }
        d.append(')');
        d.append(e instanceof Method m ? fieldDescriptor(m.getReturnType()) : "V");
        return d.toString();
    }

    static String fieldDescriptor(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "void" -> "V";
                case "boolean" -> "Z";
                case "byte" -> "B";
                case "char" -> "C";
                case "short" -> "S";
                case "int" -> "I";
                case "long" -> "J";
                case "float" -> "F";
                case "double" -> "D";
                default -> throw new IllegalArgumentException(type.getName());
            };
        }
        return "L" + type.getName().replace('.', '/') + ";";
    }

    /**
     * Every class compiled from this module's stub sources (not our own package, not anonymous).
     */
    static List<Class<?>> stubClasses() throws IOException {
        Path classes = ReferenceFiles.moduleDirectory().resolve("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> list = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.startsWith(OWN_PACKAGE) || name.matches(".*\\$\\d+.*")) {
                    continue;
                }
                try {
                    list.add(Class.forName(name, false, StubReflection.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("Cannot load the stub " + name, e);
                }
            }
            return list;
        }
    }
}
