package io.jenkins.plugins.freight.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The JSON dialect of the Octopus REST API: PascalCase property names on output, any case on input,
 * unknown input properties ignored, dates in ISO 8601 with milliseconds and an explicit offset
 * ({@code 2017-03-20T21:00:17.205+00:00}).
 */
public final class Json {

    /** The date format of every date the API writes. */
    public static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

    private static final ObjectMapper MAPPER = create();

    private Json() {}

    /** The shared, immutable-once-built mapper (thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Formats an instant the way the API writes dates, in UTC; null stays null. */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return DATE_FORMAT.format(instant.atOffset(ZoneOffset.UTC));
        }
        // what DATE_FORMAT writes, without its general machinery: lists write many dates per item
        char[] text = "0000-00-00T00:00:00.000+00:00".toCharArray();
        digits(text, 0, t.getYear(), 4);
        digits(text, 5, t.getMonthValue(), 2);
        digits(text, 8, t.getDayOfMonth(), 2);
        digits(text, 11, t.getHour(), 2);
        digits(text, 14, t.getMinute(), 2);
        digits(text, 17, t.getSecond(), 2);
        digits(text, 20, instant.getNano() / 1_000_000, 3);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static ObjectMapper create() {
        SimpleModule dates = new SimpleModule("octopus-dates");
        dates.addSerializer(
                OffsetDateTime.class,
                new JsonSerializer<>() {
                    @Override
                    public void serialize(
                            OffsetDateTime value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(DATE_FORMAT.format(value));
                    }
                });
        dates.addSerializer(
                Instant.class,
                new JsonSerializer<>() {
                    @Override
                    public void serialize(
                            Instant value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(format(value));
                    }
                });
        JsonMapper mapper =
                JsonMapper.builder()
                        .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                        .addModule(new JavaTimeModule())
                        .addModule(dates)
                        .build();
        mapper.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder()
                                .maxNestingDepth(200)
                                .maxStringLength(8 * 1024 * 1024)
                                .build());
        return mapper;
    }
}
