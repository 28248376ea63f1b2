package io.jenkins.plugins.freight.engine.machine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An SSH target's endpoint (Octopus {@code CommunicationStyle: Ssh}).
 *
 * @param host host name or address
 * @param port 22 unless given
 * @param fingerprint the pinned host key: {@code SHA256:…} as {@code ssh-keygen -lf} prints it, or
 *     legacy MD5 hex {@code aa:bb:…}
 * @param accountId the {@code Accounts-N} to log in with
 * @param proxyId an Octopus proxy id, kept as given
 * @param dotNetCorePlatform e.g. {@code linux-x64}, kept as given
 */
public record SshEndpoint(
        String host,
        int port,
        String fingerprint,
        String accountId,
        String proxyId,
        String dotNetCorePlatform)
        implements Endpoint {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._\\-:\\[\\]%]+");
    private static final Pattern SHA256 = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");
    private static final Pattern MD5 =
            Pattern.compile("(MD5:)?([0-9a-fA-F]{2}:){15}[0-9a-fA-F]{2}");

    public SshEndpoint {
        port = port == 0 ? 22 : port;
        fingerprint = fingerprint == null ? "" : fingerprint.strip();
        host = host == null ? "" : host.strip();
    }

    public static SshEndpoint of(String host, int port, String fingerprint, String accountId) {
        return new SshEndpoint(host, port, fingerprint, accountId, null, null);
    }

    @Override
    public String communicationStyle() {
        return "Ssh";
    }

    /** {@code ssh://host:port/}, as Octopus reports it. */
    @JsonIgnore
    public String uri() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "ssh://" + h + ":" + port + "/";
    }

    @Override
    public List<String> problems() {
        List<String> errors = new ArrayList<>();
        if (host.isEmpty()) {
            errors.add("The SSH endpoint needs a host.");
        } else if (!HOST.matcher(host).matches()) {
            errors.add("The SSH host '" + host + "' is not a host name or address.");
        }
        if (port < 1 || port > 65535) {
            errors.add("The SSH port must be between 1 and 65535.");
        }
        if (fingerprint.isEmpty()) {
            errors.add(
                    "The SSH endpoint needs the host key fingerprint (SHA256:… as ssh-keygen -lf"
                            + " prints it), so the target's identity can be checked.");
        } else if (!SHA256.matcher(fingerprint).matches() && !MD5.matcher(fingerprint).matches()) {
            errors.add(
                    "The host key fingerprint '"
                            + fingerprint
                            + "' is not in SHA256:… or MD5 aa:bb:… form.");
        }
        if (accountId == null || accountId.isBlank()) {
            errors.add("The SSH endpoint needs an account to log in with.");
        }
        return errors;
    }
}
