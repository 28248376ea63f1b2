package io.jenkins.plugins.freight.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample app's side of the demo: its sources copied out of the jar, the directory where each
 * environment's copy keeps its pid file and log, free ports, asking a running copy for a quote, and
 * stopping what was started.
 */
final class DemoApps {

    /** The files of the Random Quotes package, kept under {@code demo/random-quotes/}. */
    static final List<String> PACKAGE_FILES = List.of("Quotes.java", "deploy.sh");

    private final Path runDirectory;

    DemoApps(Path runDirectory) {
        this.runDirectory = runDirectory;
    }

    Path runDirectory() {
        return runDirectory;
    }

    /** Copies the app's files into {@code directory} (the package's contents). */
    static void copySources(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String name : PACKAGE_FILES) {
            try (InputStream in =
                    DemoApps.class.getResourceAsStream("/demo/random-quotes/" + name)) {
                if (in == null) {
                    throw new IOException("The demo's file " + name + " is missing from the jar.");
                }
                Files.copy(in, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A port nobody listens on right now. */
    int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the app answers on this loopback port (one quote). */
    static String answer(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.body().strip();
    }

    /** The java launcher of the running JDK, so the app needs nothing on the PATH. */
    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops every app an environment's pid file names; answers how many were running. */
    int stopAll() {
        if (!Files.isDirectory(runDirectory)) {
            return 0;
        }
        int stopped = 0;
        try (Stream<Path> files = Files.walk(runDirectory, 2)) {
            for (Path pidFile :
                    files.filter(p -> p.getFileName().toString().equals("quotes.pid")).toList()) {
                if (stop(pidFile)) {
                    stopped++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stopped;
    }

    private static boolean stop(Path pidFile) throws IOException {
        String text = Files.readString(pidFile).strip();
        Files.deleteIfExists(pidFile);
        if (text.isEmpty()) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(text))
                .filter(ProcessHandle::isAlive)
                .map(
                        process -> {
                            process.destroy();
                            try {
                                process.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (Exception slow) {
                                process.destroyForcibly();
                            }
                            return true;
                        })
                .orElse(false);
    }
}
