package io.jenkins.plugins.freight.stubs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the signature reference is: beside the repository, in {@code
 * ../shared/research/jenkins-api-signatures.txt} (CI clones the repository with {@code shared/}
 * next to it). The repository root is the nearest directory above the module holding {@code mvnw}.
 */
public final class ReferenceFiles {

    static final String REFERENCE = "shared/research/jenkins-api-signatures.txt";

    private ReferenceFiles() {}

    public static Path moduleDirectory() {
        String configured = System.getProperty("freight.moduleDir");
        return Path.of(configured != null ? configured : System.getProperty("user.dir"))
                .toAbsolutePath()
                .normalize();
    }

    public static Path repositoryRoot() {
        for (Path dir = moduleDirectory(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new AssertionError(
                "No directory above " + moduleDirectory() + " holds mvnw; cannot find the root.");
    }

    /** The shared reference; the test fails (never skips) when it is missing. */
    public static Path reference() {
        Path reference = repositoryRoot().resolveSibling(REFERENCE);
        if (!Files.isRegularFile(reference)) {
            throw new AssertionError(
                    "The Jenkins API signature reference is missing: expected "
                            + reference
                            + " (../"
                            + REFERENCE
                            + " relative to the repository root).");
        }
        return reference;
    }

    public static Path supplement() {
        return repositoryRoot()
                .resolve("jenkins-stubs/src/test/resources/supplementary-signatures.txt");
    }
}
