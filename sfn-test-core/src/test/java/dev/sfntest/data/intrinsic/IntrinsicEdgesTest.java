package dev.sfntest.data.intrinsic;

import static dev.sfntest.data.intrinsic.Fixtures.eval;
import static dev.sfntest.data.intrinsic.Fixtures.failure;
import static dev.sfntest.data.intrinsic.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.data.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The intrinsics at the edges of their ranges: longs near their ends, characters beyond the BMP. */
class IntrinsicEdgesTest {

    @Nested
    class ArrayRange {
        @Test
        void valuesNearTheEndsOfALongStillCount() {
            assertThat(eval("States.ArrayRange(9223372036854775806, 9223372036854775807, 1)"))
                    .isEqualTo(json("[9223372036854775806, 9223372036854775807]"));
            assertThat(eval("States.ArrayRange(-9223372036854775808, -9223372036854775807, 1)"))
                    .isEqualTo(json("[-9223372036854775808, -9223372036854775807]"));
        }

        @Test
        void aSpanPastALongIsTooManyItemsNotNone() {
            assertThat(failure("States.ArrayRange(-9223372036854775808, 9223372036854775807, 1)"))
                    .isEqualTo("Invalid arguments in States.ArrayRange: the range would hold 9223372036854775807 "
                            + "items, more than the limit of 1000");
        }

        @Test
        void aHugeStepCountsWithoutOverflow() {
            assertThat(eval("States.ArrayRange(-9000000000000000000, 9000000000000000000, 9000000000000000000)"))
                    .isEqualTo(json("[-9000000000000000000, 0, 9000000000000000000]"));
        }
    }

    @Nested
    class StringSplit {
        @Test
        void aDelimiterBeyondTheBmpSplitsWholeCharacters() {
            assertThat(eval("States.StringSplit($.s, $.d)", "{\"s\": \"a\uD83D\uDE00b\uD83D\uDE01c\", \"d\": \"\uD83D\uDE00\"}"))
                    .isEqualTo(json("[\"a\", \"b\uD83D\uDE01c\"]"));
        }
    }

    @Nested
    class LoneSurrogates {
        @Test
        void areWrittenEscapedInsteadOfAsQuestionMarks() {
            assertThat(Json.write(json("[\"a\\ud800b\", \"\\udc00\", \"\uD83D\uDE00\"]")))
                    .isEqualTo("[\"a\\uD800b\",\"\\uDC00\",\"\uD83D\uDE00\"]");
        }

        @Test
        void survivesARoundTrip() {
            assertThat(json(Json.write(json("\"x\\ud800\"")))).isEqualTo(json("\"x\\ud800\""));
        }
    }
}
