package io.jenkins.plugins.freight.engine.target;

import io.jenkins.plugins.freight.engine.error.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own host, Octopus's "run on server": scripts run as child processes of the engine,
 * under {@code root}. Only used when {@code EngineSettings.runOnServer} allows it.
 */
public final class LocalHostTarget implements Target, ShellHost {

    public static final String ID = "localhost";

    private final String id;
    private final String name;
    private final Path root;

    /**
     * @param name the name scripts see as {@code Octopus.Machine.Name} (the node name)
     * @param root the directory for applications and scratch directories; created when missing
     */
    public LocalHostTarget(String name, Path root) {
        this(ID, name, root);
    }

    /** A local target under another id (tests and single-host setups with several targets). */
    public LocalHostTarget(String id, String name, Path root) {
        this.id = id;
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String rootDirectory() {
        return root.toString();
    }

    @Override
    public RunningScript start(ScriptRequest request, ScriptListener listener) {
        try {
            return ShellScriptRun.start(this, request, listener);
        } catch (IOException e) {
            throw new TransientException(
                    "Could not start a script on " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void uploadDirectory(Path localDirectory, String targetDirectory) {
        Path destination = Path.of(targetDirectory);
        try {
            Files.createDirectories(destination);
            Files.walkFileTree(
                    localDirectory,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attrs) throws IOException {
                            Files.createDirectories(
                                    destination.resolve(localDirectory.relativize(dir).toString()));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                                throws IOException {
                            Files.copy(
                                    file,
                                    destination.resolve(localDirectory.relativize(file).toString()),
                                    StandardCopyOption.REPLACE_EXISTING,
                                    StandardCopyOption.COPY_ATTRIBUTES,
                                    LinkOption.NOFOLLOW_LINKS);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new TransientException(
                    "Could not copy files to " + targetDirectory + " on " + name + ".", e);
        }
    }

    @Override
    public void close() {}

    // ShellHost

    @Override
    public String workRoot() throws IOException {
        Path work = root.resolve("work");
        Files.createDirectories(work);
        return work.toString();
    }

    @Override
    public void writeFiles(String directory, Map<String, byte[]> files) throws IOException {
        Path dir = Path.of(directory);
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.write(path, new byte[0]);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            Files.write(path, file.getValue());
        }
    }

    @Override
    public RunningCommand exec(String command, OutputStream stdout, OutputStream stderr)
            throws IOException {
        Process process = new ProcessBuilder(List.of("sh", "-c", command)).start();
        process.getOutputStream().close();
        Thread out = pump(process.getInputStream(), stdout, "stdout");
        Thread err = pump(process.getErrorStream(), stderr, "stderr");
        return new LocalCommand(process, out, err);
    }

    @Override
    public int run(String command, Duration timeout) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(List.of("sh", "-c", command))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("The command did not finish in time.");
        }
        return process.exitValue();
    }

    private static Thread pump(InputStream in, OutputStream out, String what) {
        Thread thread =
                new Thread(
                        () -> {
                            try (in;
                                    out) {
                                in.transferTo(out);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        "freight-script-" + what);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private record LocalCommand(Process process, Thread out, Thread err) implements RunningCommand {

        @Override
        public OptionalInt await(Duration max) throws InterruptedException {
            return process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue())
                    : OptionalInt.empty();
        }

        @Override
        public void drain(Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            out.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            err.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }

        @Override
        public void forceClose() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "LocalHostTarget[" + name + ", " + root + "]";
    }
}
