package io.jenkins.plugins.freight.stubs.indexer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the indexes Jenkins' annotation-indexer reads, because that library's own processor is not
 * available from Maven Central: for every annotation meta-annotated with {@code
 * org.jvnet.hudson.annotation_indexer.Indexed} ({@code @Symbol}, {@code @Initializer},
 * {@code @Terminator}), a UTF-8 text file {@code META-INF/annotations/<annotation binary name>}
 * listing, one per line and sorted, the binary names of the classes that carry the annotation or
 * whose methods or fields carry it. That is the layout {@code Index.listClassNames} reads.
 */
@SupportedAnnotationTypes("*")
public final class IndexedProcessor extends AbstractProcessor {

    static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    static final String PREFIX = "META-INF/annotations/";

    private final Map<String, Set<String>> uses = new HashMap<>();
    private final Map<String, List<Element>> origins = new HashMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            uses.forEach(this::write);
            return false;
        }
        for (TypeElement annotation : annotations) {
            if (!isIndexed(annotation)) {
                continue;
            }
            String name = binaryName(annotation);
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TypeElement owner = owner(element);
                if (owner != null) {
                    uses.computeIfAbsent(name, k -> new TreeSet<>()).add(binaryName(owner));
                    origins.computeIfAbsent(name, k -> new ArrayList<>()).add(element);
                }
            }
        }
        return false;
    }

    private boolean isIndexed(TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            Element type = meta.getAnnotationType().asElement();
            if (type instanceof TypeElement t && binaryName(t).equals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    private static TypeElement owner(Element element) {
        ElementKind kind = element.getKind();
        if (kind.isClass() || kind.isInterface()) {
            return (TypeElement) element;
        }
        if (kind == ElementKind.METHOD
                || kind == ElementKind.FIELD
                || kind == ElementKind.CONSTRUCTOR) {
            return (TypeElement) element.getEnclosingElement();
        }
        return null;
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private void write(String annotation, Set<String> classes) {
        try {
            FileObject file =
                    processingEnv
                            .getFiler()
                            .createResource(
                                    StandardLocation.CLASS_OUTPUT,
                                    "",
                                    PREFIX + annotation,
                                    origins.get(annotation).toArray(new Element[0]));
            try (Writer out =
                    new java.io.OutputStreamWriter(
                            file.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String name : classes) {
                    out.write(name);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            "Cannot write the index of " + annotation + ": " + e.getMessage());
        }
    }
}
