package io.jenkins.plugins.freight.engine.template.filter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * ToBase64 and FromBase64, with an optional encoding: {@code utf8} (default) or {@code unicode}.
 */
final class EncodingFilters {

    private EncodingFilters() {}

    static void register(Filters.Registry registry) {
        registry.add("ToBase64", EncodingFilters::toBase64);
        registry.add("FromBase64", EncodingFilters::fromBase64);
    }

    /**
     * {@code utf8}, {@code utf-8} or {@code unicode} (UTF-16 little-endian, as .NET); else null.
     */
    static Charset charset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "utf8", "utf-8" -> StandardCharsets.UTF_8;
            case "unicode" -> StandardCharsets.UTF_16LE;
            default -> null;
        };
    }

    /** Base64 as .NET reads it: whitespace ignored, padded to a multiple of four; else null. */
    static byte[] decode(String text) {
        String compact = text.replaceAll("\\s", "");
        if (compact.length() % 4 != 0) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset option(List<String> options) {
        if (options.size() > 1) {
            return null;
        }
        return options.isEmpty() ? StandardCharsets.UTF_8 : charset(options.get(0));
    }

    private static String toBase64(String argument, List<String> options) {
        Charset charset = option(options);
        if (argument == null || charset == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(argument.getBytes(charset));
    }

    private static String fromBase64(String argument, List<String> options) {
        Charset charset = option(options);
        if (argument == null || charset == null) {
            return null;
        }
        try {
            byte[] bytes = decode(argument);
            if (bytes == null) {
                return null;
            }
            CharsetDecoder decoder =
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
