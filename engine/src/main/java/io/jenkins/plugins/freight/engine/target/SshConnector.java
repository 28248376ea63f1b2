package io.jenkins.plugins.freight.engine.target;

import io.jenkins.plugins.freight.engine.error.TransientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Opens {@link SshTarget}s with one shared Apache MINA SSHD client. The server's host key must
 * match the target's pinned fingerprint; an unknown or changed key ends the connection with a
 * message that names the fingerprint the server presented, so an administrator can check and pin
 * it. Start with {@link #start()}, stop with {@link #close()}.
 */
public final class SshConnector implements AutoCloseable {

    private static final AttributeKey<String> EXPECTED = new AttributeKey<>();
    private static final AttributeKey<String[]> PRESENTED = new AttributeKey<>();
    private static final Pattern MD5_HEX = Pattern.compile("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){15}");

    private final SshClient client;

    public SshConnector() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(SshConnector::verify);
    }

    public synchronized SshConnector start() {
        if (!client.isStarted()) {
            client.start();
        }
        return this;
    }

    /** Connects, checks the host key and logs in. */
    public SshTarget connect(SshTargetSettings settings) {
        if (settings.fingerprint().isEmpty()) {
            throw new TransientException(
                    "SSH target "
                            + settings.name()
                            + " has no host key fingerprint; pin the server's SHA256 fingerprint"
                            + " before deploying to it.");
        }
        start();
        String[] presented = new String[1];
        ClientSession session = null;
        try {
            ConnectFuture future =
                    client.connect(
                            settings.credentials().username(),
                            settings.host(),
                            settings.port(),
                            AttributeRepository.ofAttributesMap(
                                    Map.of(
                                            EXPECTED,
                                            normalise(settings.fingerprint()),
                                            PRESENTED,
                                            presented)),
                            null);
            session = future.verify(settings.connectTimeout()).getSession();
            addIdentity(session, settings);
            session.auth().verify(settings.connectTimeout());
            return new SshTarget(settings, session);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            closeQuietly(session);
            if (presented[0] != null) {
                throw new TransientException(
                        "The host key of SSH target "
                                + settings.name()
                                + " ("
                                + presented[0]
                                + ") does not match its pinned fingerprint "
                                + settings.fingerprint()
                                + "; the key is unknown or has changed.");
            }
            throw new TransientException(
                    "Could not connect to SSH target "
                            + settings.name()
                            + " at "
                            + settings.host()
                            + ":"
                            + settings.port()
                            + ": "
                            + reason(e),
                    e);
        }
    }

    /**
     * Connects to an SSH server only to read its host key, and returns the key's SHA256 fingerprint
     * in the form {@link #connect} pins. Nothing is authenticated: the key is refused once seen,
     * which ends the session during the key exchange.
     *
     * @param timeout how long connecting and the key exchange may take together
     * @throws TransientException when the server cannot be reached or presents no key in time
     */
    public String hostKeyFingerprint(String host, int port, java.time.Duration timeout) {
        start();
        long deadline = System.nanoTime() + timeout.toNanos();
        String[] presented = new String[1];
        ClientSession session = null;
        ConnectFuture future = null;
        boolean closed = false;
        try {
            future =
                    client.connect(
                            "freight",
                            host,
                            port,
                            AttributeRepository.ofAttributesMap(Map.of(PRESENTED, presented)),
                            null);
            session = future.verify(timeout).getSession();
            long left = Math.max(1, deadline - System.nanoTime());
            closed =
                    session.waitFor(
                                    java.util.EnumSet.of(ClientSessionEvent.CLOSED),
                                    java.time.Duration.ofNanos(left))
                            .contains(ClientSessionEvent.CLOSED);
        } catch (IOException | RuntimeException e) {
            if (presented[0] == null && !reachedButClosed(e)) {
                throw new TransientException(
                        "Could not connect to " + host + ":" + port + ": " + rootReason(e), e);
            }
            closed = true;
        } finally {
            if (session == null && future != null) {
                future.cancel(); // a connection that completes late is closed, not left open
            }
            closeQuietly(session);
        }
        if (presented[0] == null) {
            throw new TransientException(
                    "The server at "
                            + host
                            + ":"
                            + port
                            + (closed
                                    ? " closed the connection without presenting an SSH host key"
                                    : " presented no SSH host key within "
                                            + timeout.toSeconds()
                                            + " seconds")
                            + "; is it an SSH server?");
        }
        return presented[0];
    }

    /** The SHA256 fingerprint of a public key, as {@code ssh-keygen -lf} prints it. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    @Override
    public synchronized void close() {
        client.stop();
    }

    private static boolean verify(
            ClientSession session, java.net.SocketAddress address, PublicKey key) {
        AttributeRepository context = session.getConnectionContext();
        if (context == null) {
            return false;
        }
        String expected = context.getAttribute(EXPECTED);
        if (expected != null && KeyUtils.checkFingerPrint(expected, key).getKey()) {
            return true;
        }
        String[] presented = context.getAttribute(PRESENTED);
        if (presented != null) {
            presented[0] = fingerprint(key);
        }
        return false;
    }

    private static String normalise(String fingerprint) {
        if (MD5_HEX.matcher(fingerprint).matches()) {
            return "MD5:" + fingerprint.toLowerCase(java.util.Locale.ROOT);
        }
        return fingerprint.contains(":") ? fingerprint : "SHA256:" + fingerprint;
    }

    private static void addIdentity(ClientSession session, SshTargetSettings settings)
            throws IOException, GeneralSecurityException {
        SshCredentials credentials = settings.credentials();
        if (credentials instanceof SshCredentials.Password p) {
            session.addPasswordIdentity(p.password());
            return;
        }
        SshCredentials.PrivateKey k = (SshCredentials.PrivateKey) credentials;
        Iterable<KeyPair> pairs =
                SecurityUtils.loadKeyPairIdentities(
                        session,
                        NamedResource.ofName("private key of " + settings.name()),
                        new ByteArrayInputStream(k.privateKey().getBytes(StandardCharsets.UTF_8)),
                        FilePasswordProvider.of(k.passphrase()));
        if (pairs == null || !pairs.iterator().hasNext()) {
            throw new GeneralSecurityException("the private key could not be read");
        }
        for (KeyPair pair : pairs) {
            session.addPublicKeyIdentity(pair);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The innermost cause's message ("Connection refused"), without MINA's future wrapping. */
    /**
     * Whether the connection was made but the peer closed it before an SSH session could start (a
     * server that is no SSH server and answers at once): MINA then fails the connect with "No
     * session attached" rather than a network error.
     */
    private static boolean reachedButClosed(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof java.nio.channels.UnresolvedAddressException) {
                return false;
            }
            if (t.getMessage() != null && t.getMessage().startsWith("No session attached")) {
                return true;
            }
        }
        return false;
    }

    private static String rootReason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static void closeQuietly(ClientSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (IOException ignored) {
                // already failing; the original error is reported
            }
        }
    }
}
