package io.jenkins.plugins.freight.cli.server;

import jakarta.servlet.http.HttpServlet;
import java.net.InetSocketAddress;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Jetty 12 serving one servlet, over HTTP or HTTPS. Request headers are capped at 16 KiB (larger
 * ones get 431), the server version is not advertised, and stopping lets in-flight requests finish
 * within the grace period.
 */
public final class JettyHost implements AutoCloseable {

    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final boolean secure;

    private JettyHost(Server server, ServerConnector connector, boolean secure) {
        this.server = server;
        this.connector = connector;
        this.secure = secure;
    }

    /** Starts serving; the port is bound when this returns. */
    public static JettyHost start(HostSettings settings, HttpServlet servlet) throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector;
        if (settings.tls() == null) {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        } else {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(settings.tls().keystore().toAbsolutePath().toString());
            tls.setKeyStoreType(settings.tls().type());
            tls.setKeyStorePassword(settings.tls().password());
            SecureRequestCustomizer customizer = new SecureRequestCustomizer();
            customizer.setSniHostCheck(false);
            http.addCustomizer(customizer);
            connector =
                    new ServerConnector(
                            server,
                            new SslConnectionFactory(tls, "http/1.1"),
                            new HttpConnectionFactory(http));
        }
        InetSocketAddress address = new InetSocketAddress(settings.bind(), settings.port());
        connector.setHost(address.getHostString());
        connector.setPort(settings.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(settings.contextPath());
        context.addServlet(new ServletHolder("freight", servlet), "/*");
        GracefulHandler graceful = new GracefulHandler(context);
        server.setHandler(graceful);
        server.setStopTimeout(settings.shutdownGrace().toMillis());
        server.setStopAtShutdown(false);
        server.start();
        return new JettyHost(server, connector, settings.tls() != null);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public boolean secure() {
        return secure;
    }

    /** Stops accepting, lets in-flight requests finish within the grace period, then stops. */
    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }
}
