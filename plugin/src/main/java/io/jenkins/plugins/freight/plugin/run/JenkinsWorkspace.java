package io.jenkins.plugins.freight.plugin.run;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.freight.client.actions.PackRequest;
import io.jenkins.plugins.freight.client.actions.PackResult;
import io.jenkins.plugins.freight.client.actions.PackageFormat;
import io.jenkins.plugins.freight.plugin.steps.LocalWorkspace;
import io.jenkins.plugins.freight.plugin.steps.Workspace;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jenkins.MasterToSlaveFileCallable;

/**
 * A build's workspace on the controller or an agent. Packing and pattern matching run where the
 * files are (file callables over {@link LocalWorkspace}); files to upload are copied to the
 * controller first when the workspace is remote, since the controller talks to the server.
 */
public final class JenkinsWorkspace implements Workspace {

    private final FilePath root;

    public JenkinsWorkspace(FilePath root) {
        this.root = root;
    }

    @Override
    public PackResult pack(PackRequest request) throws IOException, InterruptedException {
        Packed packed = root.act(new PackCallable(Spec.of(request)));
        return new PackResult(
                packed.file(),
                packed.packageId(),
                packed.version(),
                packed.format(),
                packed.fileCount(),
                packed.sizeBytes());
    }

    @Override
    public LocalFiles collect(List<String> patterns) throws IOException, InterruptedException {
        List<String> remote = root.act(new CollectCallable(new ArrayList<>(patterns)));
        if (!root.isRemote()) {
            return local(Path.of(root.getRemote()), remote, null);
        }
        Path copies = Files.createTempDirectory("freight-push-");
        List<String> paths = new ArrayList<>();
        try {
            for (int i = 0; i < remote.size(); i++) {
                String name = Path.of(remote.get(i)).getFileName().toString();
                Path target =
                        Files.createDirectories(copies.resolve(String.valueOf(i))).resolve(name);
                new FilePath(root.getChannel(), remote.get(i))
                        .copyTo(new FilePath(target.toFile()));
                paths.add(target.toString());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            delete(copies);
            throw e;
        }
        return local(copies, paths, copies);
    }

    @Override
    public String readText(String path) throws IOException, InterruptedException {
        return root.child(path).readToString();
    }

    private static LocalFiles local(Path base, List<String> paths, Path cleanup) {
        return new LocalFiles() {
            @Override
            public Path base() {
                return base;
            }

            @Override
            public List<String> paths() {
                return paths;
            }

            @Override
            public void close() throws IOException {
                if (cleanup != null) {
                    delete(cleanup);
                }
            }
        };
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A pack request that can travel to an agent. */
    record Spec(
            String baseDirectory,
            String packageId,
            String version,
            PackageFormat format,
            List<String> includes,
            List<String> excludes,
            String outputDirectory,
            boolean overwrite)
            implements Serializable {
        static Spec of(PackRequest r) {
            return new Spec(
                    r.baseDirectory().toString(),
                    r.packageId(),
                    r.version(),
                    r.format(),
                    new ArrayList<>(r.includes()),
                    new ArrayList<>(r.excludes()),
                    r.outputDirectory().toString(),
                    r.overwrite());
        }

        PackRequest request() {
            return new PackRequest(
                    Path.of(baseDirectory),
                    packageId,
                    version,
                    format,
                    includes,
                    excludes,
                    Path.of(outputDirectory),
                    overwrite,
                    null,
                    null);
        }
    }

    /** A pack result that can travel back. */
    record Packed(
            String file,
            String packageId,
            String version,
            PackageFormat format,
            int fileCount,
            long sizeBytes)
            implements Serializable {}

    private static final class PackCallable extends MasterToSlaveFileCallable<Packed> {
        private static final long serialVersionUID = 1L;
        private final Spec spec;

        PackCallable(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Packed invoke(File dir, VirtualChannel channel) {
            PackResult r = new LocalWorkspace(dir.toPath()).pack(spec.request());
            return new Packed(
                    r.file(), r.packageId(), r.version(), r.format(), r.fileCount(), r.sizeBytes());
        }
    }

    private static final class CollectCallable extends MasterToSlaveFileCallable<List<String>> {
        private static final long serialVersionUID = 1L;
        private final ArrayList<String> patterns;

        CollectCallable(ArrayList<String> patterns) {
            this.patterns = patterns;
        }

        @Override
        public List<String> invoke(File dir, VirtualChannel channel) throws IOException {
            try (LocalFiles files = new LocalWorkspace(dir.toPath()).collect(patterns)) {
                return new ArrayList<>(files.paths());
            }
        }
    }
}
