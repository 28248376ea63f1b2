package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NowDate, NowDateUtc, AddHours, AddDays and Format, with .NET format strings. */
class DateFiltersTest {

    private static final String DATE = "2030/05/22 09:05:00";

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Format Date \"HH dd-MMM-yyy\";09 22-May-2030",
                "Format DateTime \"HH dd-MMM-yyyy\" ;09 22-May-2030",
                "Format DateTime \\\"HH dd-MMM-yyyy\\\" ;09 22-May-2030",
                "Format yyyy;2030",
                "Format \"dddd, MMMM d, yyyy h:mm tt\";Wednesday, May 22, 2030 9:05 AM",
                "Format s;2030-05-22T09:05:00",
                "Format Date \"yyyy-MM-ddTHH:mm:ss.fff\";2030-05-22T09:05:00.000",
                "Format Date \"HH:mm:ss.FFF'!'\";09:05:00!",
            })
    void datesAreFormatted(String filter, String expected) {
        assertThat(eval("#{Foo | " + filter + "}", "Foo", DATE)).isEqualTo(expected);
    }

    @Test
    void theFormatMayComeFromAVariable() {
        assertThat(eval("#{Foo | Format Date #{Format}}", "Foo", DATE, "Format", "HH dd-MMM-yyyy"))
                .isEqualTo("09 22-May-2030");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "23.4;Format C;¤23.40",
                "23.4;Format Double C;¤23.40",
                "23.4;Format F3;23.400",
                "1234.5;Format N;1,234.50",
                "1234.5;Format \\\"#,##0.0\\\";1,234.5",
                "0.256;Format P1;25.6 %",
                "42;Format Int D5;00042",
                "255;Format Int X;FF",
                "2.5;Format Decimal 0;3",
                "1234.5678;Format E2;1.23E+003",
            })
    void numbersAreFormatted(String value, String filter, String expected) {
        assertThat(eval("#{N | " + filter + "}", "N", value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Invalid | Format yyyy",
        "Date | Format",
        "Date | Format Int D",
        "Date | Format Date q"
    })
    void unusableFormatsLeaveTheTokenEchoed(String expression) {
        String template = "#{" + expression + "}";
        assertThat(eval(template, "Invalid", "hello World", "Date", DATE)).isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource({
        "AddHours 2,2030-05-22 11:05:00",
        "AddHours -2,2030-05-22 07:05:00",
        "AddHours \"1.5\",2030-05-22 10:35:00",
        "AddHours 24,2030-05-23 09:05:00",
        "AddDays 10,2030-06-01 09:05:00",
        "AddDays \"0.5\",2030-05-22 21:05:00",
        "AddDays 1 | AddHours 2,2030-05-23 11:05:00",
    })
    void datesAreShifted(String filter, String expected) {
        assertThat(
                        eval(
                                "#{Date | " + filter + " | Format \"yyyy-MM-dd HH:mm:ss\"}",
                                "Date",
                                "2030-05-22 09:05:00"))
                .isEqualTo(expected);
    }

    @Test
    void shiftedDatesAreWrittenInRoundTripFormKeepingTheirOffset() {
        assertThat(eval("#{Date | AddHours #{Hours}}", "Date", "2030-05-22 09:05:00", "Hours", "8"))
                .isEqualTo("2030-05-22T17:05:00.0000000");
        assertThat(eval("#{Date | AddHours 2}", "Date", "2030-05-22T09:05:00+02:00"))
                .isEqualTo("2030-05-22T11:05:00.0000000+02:00");
        assertThat(eval("#{Date | AddHours 2}", "Date", "2030-05-22T09:05:00Z"))
                .isEqualTo("2030-05-22T11:05:00.0000000Z");
    }

    @ParameterizedTest
    @CsvSource({
        "Date | AddHours",
        "Date | AddHours 2 3",
        "Date | AddHours abc",
        "Invalid | AddHours 2",
        "' | AddHours 2'",
        "Date | AddDays abc",
    })
    void unusableShiftsLeaveTheTokenEchoed(String expression) {
        String template = "#{" + expression + "}";
        assertThat(eval(template, "Date", DATE, "Invalid", "hello World")).isEqualTo(template);
    }

    @Test
    void nowDateIsTheLocalTime() {
        LocalDateTime now = LocalDateTime.parse(eval("#{ | NowDate}", Map.of()));
        assertThat(ChronoUnit.SECONDS.between(now, LocalDateTime.now())).isBetween(-60L, 60L);
        assertThat(eval("#{ | NowDate yyyy}", Map.of()))
                .isEqualTo(Integer.toString(LocalDateTime.now().getYear()));
        assertThat(eval("#{ | NowDate | Format Date MMM}", Map.of()))
                .isEqualTo(
                        LocalDateTime.now()
                                .format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)));
    }

    @Test
    void nowDateUtcIsUtc() {
        OffsetDateTime now = OffsetDateTime.parse(eval("#{ | NowDateUtc}", Map.of()));
        assertThat(now.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(ChronoUnit.SECONDS.between(now, OffsetDateTime.now())).isBetween(-60L, 60L);
        assertThat(eval("#{ | NowDateUtc | Format DateTimeOffset zz}", Map.of())).isEqualTo("+00");
        assertThat(eval("#{ | NowDateUtc | AddHours 2 | Format DateTimeOffset zz}", Map.of()))
                .isEqualTo("+00");
        int hours =
                ZoneId.systemDefault().getRules().getOffset(LocalDateTime.now()).getTotalSeconds()
                        / 3600;
        assertThat(eval("#{ | NowDate | Format DateTimeOffset zz}", Map.of()))
                .isEqualTo((hours < 0 ? "-" : "+") + String.format("%02d", Math.abs(hours)));
    }
}
