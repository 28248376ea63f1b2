package io.jenkins.plugins.freight.engine.target;

import io.jenkins.plugins.freight.engine.error.TransientException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.io.output.NoCloseOutputStream;

/**
 * A Linux machine reached over SSH (one authenticated session, opened by {@link SshConnector}).
 * Scripts run through {@code sh -c} with the same bootstrap as on the engine's host; files travel
 * as a tar stream into {@code tar -xf -}, so the target needs only a POSIX shell, {@code tar},
 * {@code base64} and (for reliable cancel) {@code setsid}.
 */
public final class SshTarget implements Target, ShellHost {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);

    private final SshTargetSettings settings;
    private final ClientSession session;
    private volatile String root;

    SshTarget(SshTargetSettings settings, ClientSession session) {
        this.settings = settings;
        this.session = session;
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public String rootDirectory() {
        String value = root;
        if (value == null) {
            value = settings.rootDirectory().orElseGet(this::defaultRoot);
            root = value;
        }
        return value;
    }

    @Override
    public RunningScript start(ScriptRequest request, ScriptListener listener) {
        try {
            return ShellScriptRun.start(this, request, listener);
        } catch (IOException e) {
            throw failure("start a script", e);
        }
    }

    @Override
    public void uploadDirectory(Path localDirectory, String targetDirectory) {
        try {
            extract(targetDirectory, false, out -> TarWriter.writeTree(localDirectory, out));
        } catch (IOException e) {
            throw failure("copy files to " + targetDirectory, e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
    }

    // ShellHost

    @Override
    public String workRoot() {
        return rootDirectory() + "/work";
    }

    @Override
    public void writeFiles(String directory, Map<String, byte[]> files) throws IOException {
        extract(directory, true, out -> TarWriter.writeFiles(files, out));
    }

    @Override
    public RunningCommand exec(String command, OutputStream stdout, OutputStream stderr)
            throws IOException {
        ChannelExec channel = session.createExecChannel(command);
        channel.setOut(stdout);
        channel.setErr(stderr);
        channel.open().verify(OPEN_TIMEOUT);
        channel.getInvertedIn().close();
        return new SshCommand(channel, stdout, stderr);
    }

    @Override
    public int run(String command, Duration timeout) throws IOException {
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(OutputStream.nullOutputStream());
            channel.setErr(OutputStream.nullOutputStream());
            channel.open().verify(OPEN_TIMEOUT);
            channel.getInvertedIn().close();
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
            Integer status = channel.getExitStatus();
            return status == null ? -1 : status;
        }
    }

    private interface TarSource {
        void writeTo(OutputStream out) throws IOException;
    }

    private void extract(String directory, boolean privateFiles, TarSource source)
            throws IOException {
        String quoted = ScriptBootstrap.quote(directory);
        String command =
                (privateFiles ? "umask 077 && " : "")
                        + "mkdir -p "
                        + quoted
                        + " && tar -xf - -C "
                        + quoted;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(OutputStream.nullOutputStream());
            channel.setErr(errors);
            channel.open().verify(OPEN_TIMEOUT);
            try (OutputStream in = channel.getInvertedIn()) {
                source.writeTo(new NoCloseOutputStream(in));
            }
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), COMMAND_TIMEOUT);
            Integer status = channel.getExitStatus();
            if (status == null || status != 0) {
                throw new IOException(
                        "tar exited with "
                                + status
                                + ": "
                                + errors.toString(StandardCharsets.UTF_8).trim());
            }
        }
    }

    private String defaultRoot() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel("printf '%s' \"$HOME\"")) {
            channel.setOut(out);
            channel.setErr(OutputStream.nullOutputStream());
            channel.open().verify(OPEN_TIMEOUT);
            channel.getInvertedIn().close();
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), OPEN_TIMEOUT);
        } catch (IOException e) {
            throw failure("find the home directory", e);
        }
        String home = out.toString(StandardCharsets.UTF_8).trim();
        if (home.isEmpty()) {
            throw new TransientException(
                    "SSH target " + name() + " has no home directory; set its root directory.");
        }
        return home + "/.freight";
    }

    private TransientException failure(String what, IOException e) {
        return new TransientException(
                "Could not " + what + " on SSH target " + name() + ": " + e.getMessage(), e);
    }

    private record SshCommand(ChannelExec channel, OutputStream stdout, OutputStream stderr)
            implements RunningCommand {

        @Override
        public OptionalInt await(Duration max) {
            channel.waitFor(
                    EnumSet.of(ClientChannelEvent.CLOSED, ClientChannelEvent.EXIT_STATUS), max);
            Integer status = channel.getExitStatus();
            return status == null ? OptionalInt.empty() : OptionalInt.of(status);
        }

        @Override
        public void drain(Duration max) {
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), max);
            closeQuietly(stdout);
            closeQuietly(stderr);
            forceClose();
        }

        @Override
        public void forceClose() {
            channel.close(true);
        }

        private static void closeQuietly(OutputStream out) {
            try {
                out.close();
            } catch (IOException ignored) {
                // a line splitter only flushes its last line
            }
        }
    }

    @Override
    public String toString() {
        return "SshTarget["
                + settings.name()
                + ", "
                + settings.host()
                + ":"
                + settings.port()
                + "]";
    }
}
