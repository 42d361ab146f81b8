package dev.sfntest.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as Step Functions writes them in the Context object and JSONata's {@code $now()}:
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC. Years 1 to 9999 are written by hand, without a
 * {@link DateTimeFormatter}, whose locale data costs milliseconds at the first call of every run.
 */
public final class MillisTimestamps {
    private MillisTimestamps() {
    }

    /** The instant in UTC, to the millisecond (truncated). */
    public static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 1 || year > 9999) {
            return Pattern.FORMATTER.format(instant);
        }
        StringBuilder text = new StringBuilder(24);
        pad(text, year, 4).append('-');
        pad(text, time.getMonthValue(), 2).append('-');
        pad(text, time.getDayOfMonth(), 2).append('T');
        pad(text, time.getHour(), 2).append(':');
        pad(text, time.getMinute(), 2).append(':');
        pad(text, time.getSecond(), 2).append('.');
        return pad(text, time.getNano() / 1_000_000, 3).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int digits) {
        for (int limit = 10, i = 1; i < digits; i++, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }

    /** The pattern, for the years the fast path leaves out. */
    private static final class Pattern {
        static final DateTimeFormatter FORMATTER =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

        private Pattern() {
        }
    }
}
