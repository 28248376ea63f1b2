package io.jenkins.plugins.freight.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServerCommandTest {

    private static final String KEY = "API-SERVERCOMMANDTESTKEY00000001";
    private static final Pattern LISTENING =
            Pattern.compile("listening on (https?)://127\\.0\\.0\\.1:(\\d+)(/\\S*)");

    @TempDir Path dir;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private record Running(ServerCommand command, Future<Integer> exit, String url) {}

    private Running start(String... args) throws Exception {
        ServerCommand command = new ServerCommand();
        CommandLine cli =
                new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        Future<Integer> exit = executor.submit(() -> cli.execute(args));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                String url = m.group(1) + "://127.0.0.1:" + m.group(2) + m.group(3);
                return new Running(command, exit, url.endsWith("/") ? url : url + "/");
            }
            if (exit.isDone()) {
                throw new AssertionError("exited " + exit.get() + ": " + err);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server did not start: " + out + err);
    }

    private static HttpResponse<String> get(HttpClient http, String url, String key)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("X-Octopus-ApiKey", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serverStartsOnAFreePortWithItsAdministratorAndStopsGracefully() throws Exception {
        Running server =
                start(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--port",
                        "0",
                        "--admin-api-key",
                        KEY,
                        "--node-name",
                        "node-a");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> health = get(http, server.url() + "health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"Node\":\"node-a\"");
        assertThat(get(http, server.url() + "api/users/me", KEY).body())
                .contains("\"Username\":\"admin\"");
        assertThat(get(http, server.url() + "api/users/me", null).statusCode()).isEqualTo(401);
        assertThat(Files.exists(dir.resolve("data"))).isTrue();
        HttpResponse<String> hugeHeader =
                http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + "api/users/me"))
                                .header("X-Octopus-ApiKey", KEY)
                                .header("X-Padding", "x".repeat(20_000))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(hugeHeader.statusCode()).isEqualTo(431);

        server.command().stop();
        assertThat(server.exit().get(60, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("stopping").doesNotContain(KEY);
        assertThat(err.toString()).doesNotContain(KEY);
    }

    @Test
    void administratorKeyFromAFileAndAContextPath() throws Exception {
        Path keyFile = dir.resolve("admin.key");
        Files.writeString(keyFile, KEY + "\n");
        Running server =
                start(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--port",
                        "0",
                        "--admin-api-key-file",
                        keyFile.toString(),
                        "--context-path",
                        "/freight");
        assertThat(server.url()).endsWith("/freight/");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> root = get(http, server.url() + "api", null);
        assertThat(root.body()).contains("\"CurrentUser\":\"/freight/api/users/me\"");
        assertThat(get(http, server.url() + "api/users/me", KEY).statusCode()).isEqualTo(200);
        server.command().stop();
        assertThat(server.exit().get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void httpsWithAKeystore() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path passwordFile = dir.resolve("keystore.pass");
        Files.writeString(passwordFile, "changeit-42\n");
        Process keytool =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "keytool")
                                        .toString(),
                                "-genkeypair",
                                "-alias",
                                "freight",
                                "-keyalg",
                                "RSA",
                                "-keysize",
                                "2048",
                                "-validity",
                                "2",
                                "-dname",
                                "CN=localhost",
                                "-ext",
                                "SAN=ip:127.0.0.1,dns:localhost",
                                "-storetype",
                                "PKCS12",
                                "-keystore",
                                keystore.toString(),
                                "-storepass",
                                "changeit-42")
                        .redirectErrorStream(true)
                        .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();

        Running server =
                start(
                        "--data-dir", dir.resolve("data").toString(),
                        "--port", "0",
                        "--admin-api-key", KEY,
                        "--tls-keystore", keystore.toString(),
                        "--tls-keystore-password-file", passwordFile.toString());
        assertThat(server.url()).startsWith("https://");

        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trust.load(in, "changeit-42".toCharArray());
        }
        TrustManagerFactory tmf =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(ssl).build();
        assertThat(get(https, server.url() + "api/users/me", KEY).statusCode()).isEqualTo(200);
        assertThat(out.toString() + err).doesNotContain("changeit-42");
        server.command().stop();
        assertThat(server.exit().get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void invalidOptionsExitWithTwoAndNeverEchoTheKey() throws Exception {
        for (List<String> args :
                List.of(
                        List.of("--port", "0", "--task-cap", "0"),
                        List.of("--port", "70000"),
                        List.of("--port", "0", "--admin-api-key", "not-a-valid-key-but-secret"),
                        List.of("--port", "0", "--db-password-file", "/nonexistent/file"),
                        List.of(
                                "--port",
                                "0",
                                "--db",
                                "jdbc:postgresql://127.0.0.1:1/x",
                                "--db-password-file",
                                "/nonexistent/file"),
                        List.of("--port", "0", "--db", "jdbc:mysql://x/y"))) {
            StringWriter errors = new StringWriter();
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--data-dir", dir.resolve("bad").toString()));
            ServerCommand command = new ServerCommand();
            CommandLine cli =
                    new CommandLine(command)
                            .setOut(new PrintWriter(new StringWriter()))
                            .setErr(new PrintWriter(errors));
            Future<Integer> exit = executor.submit(() -> cli.execute(all.toArray(String[]::new)));
            try {
                assertThat(exit.get(60, TimeUnit.SECONDS)).as(args.toString()).isEqualTo(2);
            } finally {
                command.stop();
            }
            assertThat(errors.toString()).isNotBlank().doesNotContain("not-a-valid-key-but-secret");
        }
    }

    @Test
    void jsonOutputAnnouncesTheAddressAsOneJsonLineForScripts() throws Exception {
        ServerCommand command = new ServerCommand();
        CommandLine cli =
                new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        Future<Integer> exit =
                executor.submit(
                        () ->
                                cli.execute(
                                        "--data-dir",
                                        dir.resolve("json").toString(),
                                        "--port",
                                        "0",
                                        "-o",
                                        "json"));
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> out.toString().contains("\n") || exit.isDone());
            String line = out.toString().lines().findFirst().orElseThrow();
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            int port = json.get("port").asInt();
            assertThat(port).isPositive();
            assertThat(json.get("url").asText()).isEqualTo("http://127.0.0.1:" + port + "/");
            assertThat(json.get("database").asText()).isNotBlank();
            assertThat(
                            get(
                                            HttpClient.newHttpClient(),
                                            json.get("url").asText() + "health",
                                            null)
                                    .statusCode())
                    .isEqualTo(200);
        } finally {
            command.stop();
        }
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("Freight server stopping");
    }

    @Test
    void portAlreadyTakenExitsWithThree() throws Exception {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            StringWriter errors = new StringWriter();
            int code =
                    new CommandLine(new ServerCommand())
                            .setOut(new PrintWriter(new StringWriter()))
                            .setErr(new PrintWriter(errors))
                            .execute(
                                    "--data-dir", dir.resolve("taken").toString(),
                                    "--port", Integer.toString(taken.getLocalPort()));
            assertThat(code).isEqualTo(3);
            assertThat(errors.toString()).contains("could not start");
        }
    }
}
