package io.jenkins.plugins.freight.engine.template.filter;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * {@code UriPart Part}: one part of a URI, named as .NET's {@code System.Uri} names them
 * (AbsolutePath, AbsoluteUri, Authority, DnsSafeHost, Fragment, Host, HostAndPort, HostNameType,
 * IsAbsoluteUri, IsDefaultPort, IsFile, IsLoopback, IsUnc, Path, PathAndQuery, Port, Query, Scheme,
 * SchemeAndServer, UserInfo). Problems are reported in the output as {@code [UriPart … error: …]}.
 */
final class UriPartFilter {

    private static final String RELATIVE = "This operation is not supported for a relative URI.";

    private UriPartFilter() {}

    static void register(Filters.Registry registry) {
        registry.add("UriPart", UriPartFilter::part);
    }

    private static String part(String argument, List<String> options) {
        if (argument == null) {
            return null;
        }
        if (options.isEmpty()) {
            return "[UriPart error: no argument given]";
        }
        String name = options.get(0);
        URI uri;
        try {
            uri = new URI(argument.trim());
        } catch (URISyntaxException e) {
            return argument;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("isabsoluteuri")) {
            return Boolean.toString(uri.isAbsolute());
        }
        if (!uri.isAbsolute()) {
            return known(key)
                    ? "[UriPart " + name + " error: " + RELATIVE + "]"
                    : unsupported(name);
        }
        String value = absolutePart(uri, key);
        return value == null ? unsupported(name) : value;
    }

    private static String unsupported(String name) {
        return "[UriPart " + name + " error: argument '" + name + "' not supported]";
    }

    private static boolean known(String key) {
        return absolutePart(URI.create("http://localhost/"), key) != null;
    }

    private static String absolutePart(URI uri, String key) {
        String host = uri.getHost() == null ? "" : uri.getHost();
        int port = port(uri);
        boolean defaultPort = uri.getPort() < 0 || uri.getPort() == defaultPort(uri.getScheme());
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String server = uri.getScheme() + "://" + host + (defaultPort ? "" : ":" + port);
        return switch (key) {
            case "absolutepath" -> path;
            case "absoluteuri" -> server + path + query + fragment(uri);
            case "authority" -> host + (defaultPort ? "" : ":" + port);
            case "dnssafehost" ->
                    host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            case "fragment" -> fragment(uri);
            case "host" -> host;
            case "hostandport" -> host + ":" + port;
            case "hostnametype" -> hostNameType(host);
            case "isdefaultport" -> Boolean.toString(defaultPort);
            case "isfile" -> Boolean.toString("file".equalsIgnoreCase(uri.getScheme()));
            case "isloopback" -> Boolean.toString(loopback(host));
            case "isunc" ->
                    Boolean.toString("file".equalsIgnoreCase(uri.getScheme()) && !host.isEmpty());
            case "path" -> uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            case "pathandquery" -> path + query;
            case "port" -> Integer.toString(port);
            case "query" -> query;
            case "scheme" -> uri.getScheme().toLowerCase(Locale.ROOT);
            case "schemeandserver" -> server;
            case "userinfo" -> uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
            default -> null;
        };
    }

    private static String fragment(URI uri) {
        return uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
    }

    private static int defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            case "ssh", "sftp" -> 22;
            case "smtp" -> 25;
            case "ldap" -> 389;
            default -> -1;
        };
    }

    private static String hostNameType(String host) {
        if (host.isEmpty()) {
            return "Basic";
        }
        if (host.startsWith("[")) {
            return "IPv6";
        }
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return "IPv4";
        }
        return "Dns";
    }

    private static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[")) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return false;
    }
}
