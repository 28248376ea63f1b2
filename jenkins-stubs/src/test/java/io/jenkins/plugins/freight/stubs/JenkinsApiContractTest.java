package io.jenkins.plugins.freight.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.stubs.SignatureReference.Member;
import io.jenkins.plugins.freight.stubs.SignatureReference.Type;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins every stub to the real Jenkins API: each compiled stub type and each of its public or
 * protected members must appear in the signature reference with the same kind, modifiers,
 * supertypes, erased descriptor, exceptions, annotation retention and targets, and nothing may be
 * newer than Jenkins 2.555.3 or restricted to Jenkins itself.
 */
class JenkinsApiContractTest {

    private static final String OWN_PACKAGE = "io.jenkins.plugins.freight.";

    private static SignatureReference reference;
    private static List<Class<?>> stubs;
    private static Set<String> stubNames;

    @BeforeAll
    static void load() throws IOException {
        reference =
                SignatureReference.read(ReferenceFiles.reference(), ReferenceFiles.supplement());
        stubs = stubClasses();
        stubNames = stubs.stream().map(Class::getName).collect(Collectors.toSet());
    }

    @Test
    void theReferenceAndTheStubsAreThere() {
        assertThat(reference.size()).isGreaterThan(300);
        assertThat(stubs).hasSizeGreaterThan(50);
    }

    @Test
    void everyStubbedTypeIsInTheReferenceWithTheSameKindAndModifiers() {
        List<String> problems = new ArrayList<>();
        for (Class<?> stub : stubs) {
            var found = reference.type(stub.getName());
            if (found.isEmpty()) {
                problems.add(stub.getName() + ": not in the reference");
                continue;
            }
            Type ref = found.get();
            String kind = kindOf(stub);
            if (!kind.equals(ref.kind())) {
                problems.add(
                        stub.getName() + ": is " + kind + ", the reference says " + ref.kind());
            }
            Set<String> expected = new TreeSet<>(ref.modifiers());
            Set<String> actual = typeModifiers(stub, ref);
            if (!actual.equals(expected)) {
                problems.add(stub.getName() + ": modifiers " + actual + " but " + expected);
            }
            if (ref.has("baseline: type NOT PRESENT")) {
                problems.add(stub.getName() + ": not in Jenkins 2.555.3");
            }
            if (ref.has("restricted: ")) {
                problems.add(stub.getName() + ": restricted to Jenkins itself");
            }
            boolean refDeprecated = ref.has("deprecated: @Deprecated");
            if (refDeprecated != stub.isAnnotationPresent(Deprecated.class)) {
                problems.add(stub.getName() + ": @Deprecated must match the reference");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStubbedTypeHasTheRealSupertypesWithUnstubbedOnesLeftOut() {
        List<String> problems = new ArrayList<>();
        for (Class<?> stub : stubs) {
            Type ref = reference.type(stub.getName()).orElse(null);
            if (ref == null) {
                continue;
            }
            if (isNamespaceOnly(stub)) {
                continue;
            }
            if (!stub.isInterface() && !stub.isEnum()) {
                String expected = expectedSuperclass(ref);
                String actual = stub.getSuperclass().getCanonicalName();
                if (!actual.equals(expected)) {
                    problems.add(stub.getName() + ": extends " + actual + ", expected " + expected);
                }
            }
            Set<String> closure = interfaceClosure(ref, new HashSet<>());
            for (Class<?> iface : stub.getInterfaces()) {
                if (iface.isAnnotation() || iface == Annotation.class) {
                    continue;
                }
                if (!closure.contains(iface.getCanonicalName())) {
                    problems.add(stub.getName() + ": implements " + iface.getName() + " wrongly");
                }
            }
            for (String real : ref.interfaces()) {
                Class<?> stubbed = stubByCanonicalName(real);
                if (stubbed != null && !stubbed.isAssignableFrom(stub)) {
                    problems.add(stub.getName() + ": must implement " + real);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStubbedMemberMatchesTheReference() {
        List<String> problems = new ArrayList<>();
        for (Class<?> stub : stubs) {
            Type ref = reference.type(stub.getName()).orElse(null);
            if (ref == null) {
                continue;
            }
            for (Executable e : executables(stub)) {
                String name = e instanceof Constructor ? "<init>" : e.getName();
                String descriptor = descriptor(e);
                String where = stub.getName() + "#" + name + descriptor;
                Member member = ref.member(name, descriptor).orElse(null);
                if (member == null) {
                    problems.add(where + ": not in the reference");
                    continue;
                }
                problems.addAll(memberProblems(where, member, e.getModifiers(), isDefault(e), e));
                Set<String> thrown =
                        Arrays.stream(e.getExceptionTypes())
                                .map(Class::getCanonicalName)
                                .collect(Collectors.toCollection(TreeSet::new));
                if (!thrown.equals(new TreeSet<>(member.throwsList()))) {
                    problems.add(where + ": throws " + thrown + " but " + member.throwsList());
                }
            }
            for (Field f : stub.getDeclaredFields()) {
                if (f.isSynthetic() || !visible(f.getModifiers())) {
                    continue;
                }
                String where = stub.getName() + "#" + f.getName();
                Member member = ref.member(f.getName(), fieldDescriptor(f.getType())).orElse(null);
                if (member == null) {
                    problems.add(where + ": not in the reference");
                    continue;
                }
                problems.addAll(memberProblems(where, member, f.getModifiers(), false, f));
                problems.addAll(constantProblems(where, member, f));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void annotationsKeepRetentionTargetsAndIndexing() {
        List<String> problems = new ArrayList<>();
        for (Class<?> stub : stubs) {
            Type ref = reference.type(stub.getName()).orElse(null);
            if (ref == null || !stub.isAnnotation()) {
                continue;
            }
            Retention retention = stub.getAnnotation(Retention.class);
            String expectedRetention =
                    ref.line("retention: ").orElseThrow().substring(11).split(" ")[0];
            if (retention == null || !retention.value().name().equals(expectedRetention)) {
                problems.add(stub.getName() + ": retention must be " + expectedRetention);
            }
            Set<String> targets =
                    Stream.of(ref.line("target: ").orElseThrow().substring(8).split(",\\s*"))
                            .map(String::strip)
                            .collect(Collectors.toCollection(TreeSet::new));
            Target target = stub.getAnnotation(Target.class);
            Set<String> actual =
                    target == null
                            ? Set.of()
                            : Arrays.stream(target.value())
                                    .map(ElementType::name)
                                    .collect(Collectors.toCollection(TreeSet::new));
            if (!actual.equals(targets)) {
                problems.add(stub.getName() + ": targets " + actual + " but " + targets);
            }
            String annotations = ref.line("annotations: ").orElse("");
            for (String meta :
                    List.of(
                            "net.java.sezpoz.Indexable",
                            "org.jvnet.hudson.annotation_indexer.Indexed")) {
                boolean expected = annotations.contains("@" + meta);
                boolean present =
                        Arrays.stream(stub.getAnnotations())
                                .anyMatch(a -> a.annotationType().getName().equals(meta));
                if (expected != present) {
                    problems.add(stub.getName() + ": @" + meta + " must match the reference");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStubRecordsTheVersionItExistsSince() throws IOException {
        Path sources = ReferenceFiles.moduleDirectory().resolve("src/main/java");
        List<String> missing = new ArrayList<>();
        for (Class<?> stub : stubs) {
            if (stub.getEnclosingClass() != null) {
                continue;
            }
            Path file = sources.resolve(stub.getName().replace('.', '/') + ".java");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            var declaration =
                    java.util.regex.Pattern.compile(
                                    "(class|interface|enum|@interface) "
                                            + stub.getSimpleName()
                                            + "\\b")
                            .matcher(text);
            String head = declaration.find() ? text.substring(0, declaration.start()) : text;
            if (!head.contains("@since ")) {
                missing.add(stub.getName());
            }
        }
        assertThat(missing).isEmpty();
    }

    // ---------------------------------------------------------------------------------------

    private static List<String> memberProblems(
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

    private static List<String> constantProblems(String where, Member member, Field f) {
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

    private static String expectedSuperclass(Type ref) {
        String current = ref.superclass();
        while (current != null) {
            if (stubByCanonicalName(current) != null) {
                return current;
            }
            Type next = reference.typeByCanonicalName(current).orElse(null);
            if (next == null) {
                return current; // outside the reference: the JDK or a library
            }
            current = next.superclass();
        }
        return "java.lang.Object";
    }

    private static Set<String> interfaceClosure(Type ref, Set<String> seen) {
        Set<String> all = new HashSet<>();
        List<String> direct = new ArrayList<>(ref.interfaces());
        if (ref.superclass() != null) {
            reference
                    .typeByCanonicalName(ref.superclass())
                    .ifPresent(s -> all.addAll(interfaceClosure(s, seen)));
        }
        for (String iface : direct) {
            all.add(iface);
            if (seen.add(iface)) {
                reference
                        .typeByCanonicalName(iface)
                        .ifPresent(t -> all.addAll(interfaceClosure(t, seen)));
            }
            try {
                collectJdkInterfaces(Class.forName(iface), all);
            } catch (ClassNotFoundException e) {
                // a Jenkins type: its interfaces come from the reference above
            }
        }
        return all;
    }

    private static void collectJdkInterfaces(Class<?> type, Set<String> into) {
        for (Class<?> i : type.getInterfaces()) {
            into.add(i.getCanonicalName());
            collectJdkInterfaces(i, into);
        }
    }

    private static Class<?> stubByCanonicalName(String canonical) {
        return stubs.stream()
                .filter(s -> canonical.equals(s.getCanonicalName()))
                .findFirst()
                .orElse(null);
    }

    private static String kindOf(Class<?> c) {
        if (c.isAnnotation()) {
            return "@interface";
        }
        if (c.isInterface()) {
            return "interface";
        }
        return c.isEnum() ? "enum" : "class";
    }

    private static Set<String> typeModifiers(Class<?> c, Type ref) {
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

    private static List<Executable> executables(Class<?> c) {
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

    /**
     * A stub that only encloses stubbed nested types (like {@code Queue} for {@code Queue.Task}):
     * nothing can be called on it or built from it, so its supertypes do not matter for linking and
     * may be left out when the reference does not describe them.
     */
    private static boolean isNamespaceOnly(Class<?> c) {
        return c.getDeclaredClasses().length > 0
                && executables(c).isEmpty()
                && Arrays.stream(c.getDeclaredFields()).noneMatch(f -> visible(f.getModifiers()));
    }

    private static boolean isDefault(Executable e) {
        return e instanceof Method m && m.isDefault();
    }

    private static boolean visible(int modifiers) {
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
    private static List<Class<?>> stubClasses() throws IOException {
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
                    list.add(
                            Class.forName(
                                    name, false, JenkinsApiContractTest.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("Cannot load the stub " + name, e);
                }
            }
            return list;
        }
    }
}
