package dev.sfntest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MillisTimestampsTest {
    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01T00:00:00Z", "1970-01-01T00:00:00.001Z", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z", "2024-02-29T12:34:56.789123Z", "0999-07-04T05:06:07.08Z",
        "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "-0044-03-15T12:00:00Z", "1969-12-31T23:59:59.999Z"})
    void writesWhatThePatternWrites(String instant) {
        Instant value = Instant.parse(instant);

        assertThat(MillisTimestamps.format(value)).isEqualTo(PATTERN.format(value));
    }

    @Test
    void agreesWithThePatternOnSeededRandomInstants() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            Instant value = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_800L),
                    random.nextInt(1_000_000_000));

            assertThat(MillisTimestamps.format(value)).as(value.toString()).isEqualTo(PATTERN.format(value));
        }
    }
}
