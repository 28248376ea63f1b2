package io.jenkins.plugins.freight.engine.target;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

/** What a target offers for running scripts: files in a directory and POSIX shell commands. */
interface ShellHost {

    /** The absolute directory on the host under which scratch directories are made. */
    String workRoot() throws IOException;

    /** Creates {@code directory} (readable only by the host's user) and writes the files in it. */
    void writeFiles(String directory, Map<String, byte[]> files) throws IOException;

    /** Starts {@code command} with {@code sh -c}, streaming its output. */
    RunningCommand exec(String command, OutputStream stdout, OutputStream stderr)
            throws IOException;

    /** Runs a short command to completion, discarding its output; its exit code. */
    int run(String command, Duration timeout) throws IOException, InterruptedException;
}
