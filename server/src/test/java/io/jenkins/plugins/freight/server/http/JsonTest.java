package io.jenkins.plugins.freight.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void datesAreWrittenExactlyAsTheDateFormatWritesThem() {
        SplittableRandom random = new SplittableRandom(6);
        long latest = Instant.parse("9999-12-31T23:59:59.999Z").getEpochSecond();
        for (int i = 0; i < 10_000; i++) {
            Instant instant =
                    Instant.ofEpochSecond(
                            random.nextLong(-latest, latest), random.nextInt(1_000_000_000));
            assertThat(Json.format(instant))
                    .isEqualTo(Json.DATE_FORMAT.format(instant.atOffset(ZoneOffset.UTC)));
        }
        for (String edge :
                new String[] {
                    "1970-01-01T00:00:00Z",
                    "0000-01-01T00:00:00.001Z",
                    "2024-02-29T23:59:59.999999999Z",
                    "9999-12-31T23:59:59.999Z",
                    "+10000-01-01T00:00:00Z",
                    "-0001-12-31T23:59:59Z"
                }) {
            Instant instant = Instant.parse(edge);
            assertThat(Json.format(instant))
                    .isEqualTo(Json.DATE_FORMAT.format(instant.atOffset(ZoneOffset.UTC)));
        }
        assertThat(Json.format(null)).isNull();
    }

    @Test
    void instantsInBodiesUseTheSameFormat() throws Exception {
        assertThat(Json.mapper().writeValueAsString(Instant.parse("2017-03-20T21:00:17.205Z")))
                .isEqualTo("\"2017-03-20T21:00:17.205+00:00\"");
    }
}
