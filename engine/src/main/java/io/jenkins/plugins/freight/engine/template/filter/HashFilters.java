package io.jenkins.plugins.freight.engine.template.filter;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Md5, Sha1, Sha256, Sha384, Sha512: lower-case hex digests. Options, in either order: an input
 * encoding ({@code utf8} default, {@code unicode}, or {@code base64} to hash decoded bytes) and a
 * digest size in bytes that shortens the result.
 */
final class HashFilters {

    private HashFilters() {}

    static void register(Filters.Registry registry) {
        registry.add("Md5", hash("MD5"));
        registry.add("Sha1", hash("SHA-1"));
        registry.add("Sha256", hash("SHA-256"));
        registry.add("Sha384", hash("SHA-384"));
        registry.add("Sha512", hash("SHA-512"));
    }

    private record Options(String encoding, Integer size) {}

    private static Filter hash(String algorithm) {
        return (argument, options) -> {
            if (argument == null) {
                return null;
            }
            Options parsed = options(options);
            if (parsed == null) {
                return null;
            }
            byte[] input = bytes(argument, parsed.encoding());
            if (input == null) {
                return null;
            }
            byte[] digest;
            try {
                digest = MessageDigest.getInstance(algorithm).digest(input);
            } catch (NoSuchAlgorithmException e) {
                return null;
            }
            int size =
                    parsed.size() == null ? digest.length : Math.min(parsed.size(), digest.length);
            return HexFormat.of().formatHex(digest, 0, size);
        };
    }

    private static Options options(List<String> options) {
        if (options.isEmpty()) {
            return new Options("utf8", null);
        }
        if (options.size() > 2) {
            return null;
        }
        Integer size = positive(options.get(0));
        if (size != null) {
            if (options.size() == 1) {
                return new Options("utf8", size);
            }
            return known(options.get(1)) ? new Options(options.get(1), size) : null;
        }
        if (!known(options.get(0))) {
            return null;
        }
        if (options.size() == 1) {
            return new Options(options.get(0), null);
        }
        Integer second = positive(options.get(1));
        return second == null ? null : new Options(options.get(0), second);
    }

    private static boolean known(String encoding) {
        return encoding.equalsIgnoreCase("base64") || EncodingFilters.charset(encoding) != null;
    }

    private static Integer positive(String text) {
        Integer value = TextFilters.nonNegative(text);
        return value == null || value == 0 ? null : value;
    }

    private static byte[] bytes(String argument, String encoding) {
        if (encoding.equalsIgnoreCase("base64")) {
            return EncodingFilters.decode(argument);
        }
        Charset charset = EncodingFilters.charset(encoding);
        return argument.getBytes(charset);
    }
}
