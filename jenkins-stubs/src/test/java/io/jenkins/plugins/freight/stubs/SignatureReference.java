package io.jenkins.plugins.freight.stubs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The machine-readable Jenkins API signature reference: one block per type ({@code type ...} to
 * {@code end ...}), each member followed by its {@code erased:} line with the JVM descriptor.
 * Blocks of a second file (a supplement) add members to the types of the first.
 */
public final class SignatureReference {

    /** One type block. */
    public record Type(
            String canonicalName,
            String binaryName,
            Set<String> modifiers,
            String kind,
            String superclass,
            List<String> interfaces,
            List<String> lines,
            List<Member> members) {

        public boolean has(String linePrefix) {
            return lines.stream().anyMatch(l -> l.startsWith(linePrefix));
        }

        public Optional<String> line(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst();
        }

        public Optional<Member> member(String name, String descriptor) {
            return members.stream()
                    .filter(m -> m.name().equals(name) && m.descriptor().equals(descriptor))
                    .findFirst();
        }
    }

    /**
     * One member: {@code kind} is ctor, method, field, enum-constant or element; {@code throwsList}
     * holds canonical names.
     */
    public record Member(
            String kind,
            String name,
            String descriptor,
            Set<String> modifiers,
            List<String> throwsList,
            String declaration) {

        public boolean flagged(String flag) {
            return declaration.contains("[" + flag);
        }

        /** The literal after {@code = } on a constant field line, or null. */
        public String constantValue() {
            int eq = declaration.indexOf(" = ");
            if (!kind.equals("field") || eq < 0) {
                return null;
            }
            String rest = declaration.substring(eq + 3);
            int flags = rest.indexOf("  [");
            return (flags < 0 ? rest : rest.substring(0, flags)).strip();
        }
    }

    private static final Set<String> KINDS = Set.of("class", "interface", "enum", "@interface");

    private final Map<String, Type> byBinaryName = new LinkedHashMap<>();

    public static SignatureReference read(Path reference, Path supplement) throws IOException {
        SignatureReference ref = new SignatureReference();
        ref.parse(Files.readAllLines(reference, StandardCharsets.UTF_8), false);
        ref.parse(Files.readAllLines(supplement, StandardCharsets.UTF_8), true);
        return ref;
    }

    public Optional<Type> type(String binaryName) {
        return Optional.ofNullable(byBinaryName.get(binaryName));
    }

    /** By canonical name (as written in supertypes), or empty for types outside the reference. */
    public Optional<Type> typeByCanonicalName(String canonicalName) {
        return byBinaryName.values().stream()
                .filter(t -> t.canonicalName().equals(canonicalName))
                .findFirst();
    }

    int size() {
        return byBinaryName.size();
    }

    private void parse(List<String> lines, boolean supplement) {
        List<String> block = null;
        for (String line : lines) {
            if (line.startsWith("type ")) {
                block = new ArrayList<>();
            }
            if (block != null) {
                block.add(line);
                if (line.startsWith("end ")) {
                    add(build(block), supplement);
                    block = null;
                }
            }
        }
    }

    private void add(Type type, boolean supplement) {
        Type existing = byBinaryName.get(type.binaryName());
        if (existing == null) {
            byBinaryName.put(type.binaryName(), type);
            return;
        }
        if (!supplement
                || !existing.superclass().equals(type.superclass())
                || !existing.interfaces().equals(type.interfaces())
                || !existing.kind().equals(type.kind())
                || !existing.modifiers().equals(type.modifiers())) {
            throw new IllegalStateException(
                    "The supplement's header of " + type.canonicalName() + " differs");
        }
        existing.members().addAll(type.members());
    }

    private static Type build(List<String> block) {
        String[] head = block.get(0).split("\\s+");
        int k = 1;
        Set<String> modifiers = new java.util.TreeSet<>();
        while (!KINDS.contains(head[k])) {
            modifiers.add(head[k++]);
        }
        String kind = head[k];
        String canonical = head[k + 1].replaceAll("<.*", "");
        String binary = canonical;
        String superclass = null;
        List<String> interfaces = List.of();
        List<Member> members = new ArrayList<>();
        for (int i = 1; i < block.size(); i++) {
            String line = block.get(i).strip();
            if (line.startsWith("binary: ")) {
                binary = line.substring("binary: ".length()).strip();
            } else if (line.startsWith("erased-supertypes: ")) {
                String[] parts = line.substring("erased-supertypes: ".length()).split(" ");
                String sc = parts[0].substring("superclass=".length());
                String is = parts[1].substring("interfaces=".length());
                superclass = sc.equals("-") ? null : sc;
                interfaces = is.equals("-") ? List.of() : List.of(is.split(","));
            } else if (isMember(line) && i + 1 < block.size()) {
                members.add(member(line, block.get(i + 1).strip()));
            }
        }
        return new Type(
                canonical,
                binary,
                modifiers,
                kind,
                superclass,
                interfaces,
                List.copyOf(block.stream().map(String::strip).toList()),
                members);
    }

    private static boolean isMember(String line) {
        return line.startsWith("ctor ")
                || line.startsWith("method ")
                || line.startsWith("field ")
                || line.startsWith("enum-constant ")
                || line.startsWith("element ")
                || line.startsWith("gone: ");
    }

    private static Member member(String declaration, String erased) {
        if (declaration.startsWith("gone: ") || !erased.startsWith("erased: ")) {
            return new Member("gone", "", "", Set.of(), List.of(), declaration);
        }
        String kind = declaration.substring(0, declaration.indexOf(' '));
        String body = erased.substring("erased: ".length());
        String descriptor = body.substring(body.lastIndexOf("desc=") + 5).strip();
        String signature = body.substring(body.indexOf('#') + 1, body.lastIndexOf("desc=")).strip();
        int paren = signature.indexOf('(');
        int colon = signature.indexOf(" : ");
        String name =
                paren >= 0 && (colon < 0 || paren < colon)
                        ? signature.substring(0, paren)
                        : signature.substring(0, colon).strip();
        List<String> throwsList = List.of();
        int t = signature.indexOf(" throws ");
        if (t >= 0) {
            throwsList = List.of(signature.substring(t + 8).strip().split(","));
        }
        Set<String> modifiers = new java.util.TreeSet<>();
        for (String token : declaration.substring(kind.length()).strip().split("\\s+")) {
            if (Set.of(
                            "public",
                            "protected",
                            "private",
                            "static",
                            "final",
                            "abstract",
                            "default",
                            "synchronized",
                            "transient",
                            "volatile",
                            "native")
                    .contains(token)) {
                modifiers.add(token);
            } else {
                break;
            }
        }
        return new Member(kind, name, descriptor, modifiers, throwsList, declaration);
    }
}
