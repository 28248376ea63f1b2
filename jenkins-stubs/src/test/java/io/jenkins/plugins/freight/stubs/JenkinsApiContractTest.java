package io.jenkins.plugins.freight.stubs;

import static io.jenkins.plugins.freight.stubs.StubReflection.*;
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

    private static Class<?> stubByCanonicalName(String canonical) {
        return stubs.stream()
                .filter(s -> canonical.equals(s.getCanonicalName()))
                .findFirst()
                .orElse(null);
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
}
