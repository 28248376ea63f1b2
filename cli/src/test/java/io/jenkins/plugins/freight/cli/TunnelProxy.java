package io.jenkins.plugins.freight.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real HTTP proxy on loopback that tunnels {@code CONNECT} requests (how clients reach
 * {@code https://} servers through a proxy) and asks for Basic credentials first. It records what
 * it was asked, so tests can see that traffic went through it and with which credentials.
 */
final class TunnelProxy implements AutoCloseable {

    private final ServerSocket socket;
    private final String expectedAuthorization;
    final List<String> connects = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    /**
     * @param expectedAuthorization the {@code Proxy-Authorization} value to accept
     */
    TunnelProxy(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tunnel-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread handler = new Thread(() -> handle(client), "tunnel-proxy-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                String authorization = null;
                for (String header = line(in);
                        header != null && !header.isEmpty();
                        header = line(in)) {
                    if (header.regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
                        authorization = header.substring(20).trim();
                    }
                }
                String[] parts = requestLine.split(" ");
                if (!parts[0].equals("CONNECT")) {
                    write(out, "HTTP/1.1 501 Only CONNECT\r\nContent-Length: 0\r\n\r\n");
                    return;
                }
                authorizations.add(authorization == null ? "" : authorization);
                if (!expectedAuthorization.equals(authorization)) {
                    write(
                            out,
                            "HTTP/1.1 407 Proxy Authentication Required\r\n"
                                    + "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                                    + "Content-Length: 0\r\n\r\n");
                    continue;
                }
                connects.add(parts[1]);
                int colon = parts[1].lastIndexOf(':');
                try (Socket target =
                        new Socket(
                                parts[1].substring(0, colon),
                                Integer.parseInt(parts[1].substring(colon + 1)))) {
                    write(out, "HTTP/1.1 200 Connection established\r\n\r\n");
                    Thread upstream = new Thread(() -> pipe(in, target), "tunnel-proxy-upstream");
                    upstream.setDaemon(true);
                    upstream.start();
                    target.getInputStream().transferTo(out);
                }
                return;
            }
        } catch (IOException connectionEnded) {
            // the client or the server hung up
        }
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException connectionEnded) {
            // the other side closed
        }
    }

    /** One header line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
