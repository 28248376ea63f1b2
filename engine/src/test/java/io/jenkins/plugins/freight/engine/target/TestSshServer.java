package io.jenkins.plugins.freight.engine.target;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.shell.ProcessShellFactory;

/**
 * A real SSH server on loopback (Apache MINA SSHD) that runs every exec request with {@code sh -c}
 * as the test's own user, like OpenSSH would.
 */
public final class TestSshServer implements AutoCloseable {

    public static final String USER = "deployer";
    public static final String PASSWORD = "correct-horse-battery";

    private final SshServer server;
    private final PublicKey hostKey;

    private TestSshServer(SshServer server, PublicKey hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    /** Starts a server that accepts {@link #PASSWORD} and, when given, one public key. */
    public static TestSshServer start(Path dir, PublicKey authorizedKey) throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys =
                new SimpleGeneratorHostKeyProvider(dir.resolve("host-key"));
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator(
                (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator(
                (user, key, session) ->
                        USER.equals(user) && authorizedKey != null && authorizedKey.equals(key));
        server.setCommandFactory(
                (channel, command) ->
                        new ProcessShellFactory(command, "sh", "-c", command).createShell(channel));
        server.start();
        PublicKey hostKey = keys.loadKeys(null).iterator().next().getPublic();
        return new TestSshServer(server, hostKey);
    }

    public int port() {
        return server.getPort();
    }

    public String fingerprint() {
        return SshConnector.fingerprint(hostKey);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
