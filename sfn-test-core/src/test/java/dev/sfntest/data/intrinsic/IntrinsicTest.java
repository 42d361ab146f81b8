package dev.sfntest.data.intrinsic;

import static dev.sfntest.data.intrinsic.Fixtures.eval;
import static dev.sfntest.data.intrinsic.Fixtures.failure;
import static dev.sfntest.data.intrinsic.Fixtures.json;
import static dev.sfntest.data.intrinsic.Fixtures.seeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each intrinsic function: results as AWS returns them and the causes of its failures. */
class IntrinsicTest {

    @Nested
    class Format {
        @Test
        void printsValuesAsAwsDoes() {
            // given
            String input = "{\"o\": {\"a\": 1, \"b\": [1, \"x\"], \"c\": {\"d\": null}}}";
            // when
            JsonNode result = eval("States.Format('{}|{}|{}|{}|{}|{}', 'a', 1, 1.5, true, null, $.o)", input);
            // then
            assertThat(result.textValue()).isEqualTo("a|1|1.5|true|null|{a=1, b=[1, x], c={d=null}}");
        }

        @Test
        void keepsEscapedBracesAsText() {
            assertThat(eval("States.Format('\\{\\} {}', 'x')").textValue()).isEqualTo("{} x");
        }

        @Test
        void acceptsATemplateFromAPath() {
            assertThat(eval("States.Format($.t, 'x')", "{\"t\": \"<{}>\"}").textValue()).isEqualTo("<x>");
        }

        @Test
        void failsWhenPlaceholdersAndValuesDiffer() {
            assertThat(failure("States.Format('{} and {}', 'a')")).isEqualTo(
                    "Invalid arguments in States.Format: the format string has 2 placeholders but 1 value was given");
            assertThat(failure("States.Format('none', 'a', 'b')")).isEqualTo(
                    "Invalid arguments in States.Format: the format string has 0 placeholders but 2 values were given");
        }

        @Test
        void failsWhenTheTemplateIsNotAString() {
            assertThat(failure("States.Format(1)"))
                    .isEqualTo("Invalid arguments in States.Format: argument 1 must be a string, got number 1");
        }
    }

    @Nested
    class StringToJson {
        @Test
        void parsesJsonTextAndBlankTextAsNull() {
            assertThat(eval("States.StringToJson($.s)", "{\"s\": \"{\\\"a\\\": [1, 2.5]}\"}")).isEqualTo(json("{\"a\": [1, 2.5]}"));
            assertThat(eval("States.StringToJson(' ')").isNull()).isTrue();
        }

        @Test
        void failsOnTextThatIsNotJson() {
            assertThat(failure("States.StringToJson($.s)", "{\"s\": \"1 2\"}"))
                    .isEqualTo("Invalid arguments in States.StringToJson: argument 1 is not valid JSON: string \"1 2\"");
            assertThat(failure("States.StringToJson(1)"))
                    .isEqualTo("Invalid arguments in States.StringToJson: argument 1 must be a string, got number 1");
        }
    }

    @Nested
    class JsonToString {
        @Test
        void writesCompactJson() {
            assertThat(eval("States.JsonToString($)", "{\"a\": [1, \"x\"], \"b\": null}").textValue())
                    .isEqualTo("{\"a\":[1,\"x\"],\"b\":null}");
            assertThat(eval("States.JsonToString('x')").textValue()).isEqualTo("\"x\"");
        }
    }

    @Nested
    class Array {
        @Test
        void collectsItsArguments() {
            assertThat(eval("States.Array()")).isEqualTo(json("[]"));
            assertThat(eval("States.Array($.a, States.Array(1))", "{\"a\": {\"b\": 2}}")).isEqualTo(json("[{\"b\": 2}, [1]]"));
        }
    }

    @Nested
    class ArrayPartition {
        @Test
        void cutsIntoChunksWithAShorterLastOne() {
            assertThat(eval("States.ArrayPartition($.a, 2)", "{\"a\": [1, 2, 3, 4, 5]}")).isEqualTo(json("[[1, 2], [3, 4], [5]]"));
        }

        @Test
        void failsOnABadChunkSizeOrArray() {
            assertThat(failure("States.ArrayPartition($.a, 0)", "{\"a\": [1]}")).isEqualTo(
                    "Invalid arguments in States.ArrayPartition: the chunk size (argument 2) must be greater than 0, got 0");
            assertThat(failure("States.ArrayPartition($.a, 1.5)", "{\"a\": [1]}")).isEqualTo(
                    "Invalid arguments in States.ArrayPartition: argument 2 must be an integer, got number 1.5");
            assertThat(failure("States.ArrayPartition('abc', 1)")).isEqualTo(
                    "Invalid arguments in States.ArrayPartition: argument 1 must be an array, got string \"abc\"");
        }
    }

    @Nested
    class ArrayContains {
        @Test
        void comparesJsonValues() {
            String input = "{\"a\": [1, {\"x\": [true]}, null]}";
            assertThat(eval("States.ArrayContains($.a, $.a[1])", input).booleanValue()).isTrue();
            assertThat(eval("States.ArrayContains($.a, null)", input).booleanValue()).isTrue();
            assertThat(eval("States.ArrayContains($.a, 2)", input).booleanValue()).isFalse();
        }
    }

    @Nested
    class ArrayRange {
        @Test
        void countsUpOrDownAndStopsAtTheEnd() {
            assertThat(eval("States.ArrayRange(1, 9, 2)")).isEqualTo(json("[1, 3, 5, 7, 9]"));
            assertThat(eval("States.ArrayRange(10, 1, -3)")).isEqualTo(json("[10, 7, 4, 1]"));
            assertThat(eval("States.ArrayRange(1, 5, -1)")).isEqualTo(json("[]"));
            assertThat(eval("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
        }

        @Test
        void failsOnAZeroStepTooManyItemsOrDecimals() {
            assertThat(failure("States.ArrayRange(1, 2, 0)"))
                    .isEqualTo("Invalid arguments in States.ArrayRange: the step (argument 3) must not be 0");
            assertThat(failure("States.ArrayRange(0, 1000, 1)")).isEqualTo(
                    "Invalid arguments in States.ArrayRange: the range would hold 1001 items, more than the limit of 1000");
            assertThat(failure("States.ArrayRange(1.5, 3, 1)"))
                    .isEqualTo("Invalid arguments in States.ArrayRange: argument 1 must be an integer, got number 1.5");
        }
    }

    @Nested
    class ArrayGetItem {
        @Test
        void returnsTheItemAtAZeroBasedIndex() {
            assertThat(eval("States.ArrayGetItem($.a, 1)", "{\"a\": [\"x\", \"y\"]}").textValue()).isEqualTo("y");
        }

        @Test
        void failsOutsideTheArray() {
            assertThat(failure("States.ArrayGetItem($.a, 2)", "{\"a\": [1, 2]}")).isEqualTo(
                    "Invalid arguments in States.ArrayGetItem: the index 2 is out of bounds for an array of 2 items");
            assertThat(failure("States.ArrayGetItem($.a, -1)", "{\"a\": [1]}")).isEqualTo(
                    "Invalid arguments in States.ArrayGetItem: the index -1 is out of bounds for an array of 1 item");
        }
    }

    @Nested
    class ArrayLength {
        @Test
        void countsItems() {
            assertThat(eval("States.ArrayLength($.a)", "{\"a\": [1, [2, 3]]}").intValue()).isEqualTo(2);
            assertThat(failure("States.ArrayLength($)", "{\"a\": 1}")).isEqualTo(
                    "Invalid arguments in States.ArrayLength: argument 1 must be an array, got object {\"a\":1}");
        }
    }

    @Nested
    class ArrayUnique {
        @Test
        void keepsTheFirstOfEachValueInOrder() {
            String input = "{\"a\": [2, 1, 2, \"a\", \"a\", {\"x\": 1}, {\"x\": 1}, null, null]}";
            assertThat(eval("States.ArrayUnique($.a)", input)).isEqualTo(json("[2, 1, \"a\", {\"x\": 1}, null]"));
        }
    }

    @Nested
    class Base64 {
        @Test
        void encodesAndDecodesUtf8() {
            assertThat(eval("States.Base64Encode('Data to encode')").textValue()).isEqualTo("RGF0YSB0byBlbmNvZGU=");
            assertThat(eval("States.Base64Decode(States.Base64Encode('é ✓'))").textValue()).isEqualTo("é ✓");
        }

        @Test
        void failsOnTooLongInputOrBadBase64() {
            String tooLong = "{\"s\": \"" + "a".repeat(10_001) + "\"}";
            assertThat(eval("States.Base64Encode($.s)", "{\"s\": \"" + "a".repeat(10_000) + "\"}").isTextual()).isTrue();
            assertThat(failure("States.Base64Encode($.s)", tooLong)).isEqualTo(
                    "Invalid arguments in States.Base64Encode: argument 1 has 10001 characters, more than the limit of 10000");
            assertThat(failure("States.Base64Decode('%%%')"))
                    .isEqualTo("Invalid arguments in States.Base64Decode: argument 1 is not valid Base64: string \"%%%\"");
        }
    }

    @Nested
    class Hash {
        @Test
        void printsLowercaseHexDigests() {
            assertThat(eval("States.Hash('abc', 'MD5')").textValue()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
            assertThat(eval("States.Hash('abc', 'SHA-1')").textValue()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
            assertThat(eval("States.Hash('abc', 'SHA-256')").textValue())
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }

        @Test
        void failsOnAnUnknownAlgorithm() {
            assertThat(failure("States.Hash('abc', 'SHA-3')")).isEqualTo("Invalid arguments in States.Hash: the algorithm"
                    + " (argument 2) must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, got string \"SHA-3\"");
        }
    }

    @Nested
    class JsonMerge {
        @Test
        void mergesShallowlyWithoutTouchingTheInput() {
            // given
            String input = "{\"a\": {\"k\": 1, \"o\": {\"x\": 1}}, \"b\": {\"o\": {\"y\": 2}, \"c\": 3}}";
            DataContext data = Fixtures.input(input);
            // when
            JsonNode merged = Intrinsic.parse("States.JsonMerge($.a, $.b, false)").evaluate(data);
            // then
            assertThat(merged).isEqualTo(json("{\"k\": 1, \"o\": {\"y\": 2}, \"c\": 3}"));
            assertThat(data.input()).isEqualTo(json(input));
        }

        @Test
        void failsOnDeepMergeOrNonObjects() {
            assertThat(failure("States.JsonMerge($, $, true)"))
                    .isEqualTo("Invalid arguments in States.JsonMerge: deep merge is not supported; argument 3 must be false");
            assertThat(failure("States.JsonMerge($, States.Array(1), false)"))
                    .isEqualTo("Invalid arguments in States.JsonMerge: argument 2 must be an object, got array [1]");
        }
    }

    @Nested
    class MathAdd {
        @Test
        void addsAfterRoundingHalvesUp() {
            assertThat(eval("States.MathAdd(1, 2)").longValue()).isEqualTo(3);
            assertThat(eval("States.MathAdd(-1.5, 0)").longValue()).isEqualTo(-1);
            assertThat(eval("States.MathAdd(2.5, -0.5)").longValue()).isEqualTo(3);
            assertThat(eval("States.MathAdd(-1.51, 0)").longValue()).isEqualTo(-2);
        }

        @Test
        void failsOutsideTheIntegerRangeOrOnNonNumbers() {
            assertThat(failure("States.MathAdd(2147483648, 0)")).isEqualTo("Invalid arguments in States.MathAdd:"
                    + " argument 1 must be between -2147483648 and 2147483647, got number 2147483648");
            assertThat(failure("States.MathAdd(1, 'a')"))
                    .isEqualTo("Invalid arguments in States.MathAdd: argument 2 must be a number, got string \"a\"");
        }
    }

    @Nested
    class MathRandom {
        @Test
        void staysWithinStartInclusiveAndEndExclusive() {
            Set<Long> seen = new HashSet<>();
            for (long seed = 0; seed < 200; seed++) {
                seen.add(Intrinsic.parse("States.MathRandom(1, 4)").evaluate(seeded(seed)).longValue());
            }
            assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L);
        }

        @Test
        void isReproducibleFromTheExecutionRandomOrTheSeed() {
            Intrinsic unseeded = Intrinsic.parse("States.MathRandom(0, 1000000)");
            Intrinsic seeded = Intrinsic.parse("States.MathRandom(0, 1000000, 7)");
            assertThat(unseeded.evaluate(seeded(1))).isEqualTo(unseeded.evaluate(seeded(1)));
            assertThat(seeded.evaluate(seeded(1))).isEqualTo(seeded.evaluate(seeded(2)));
        }

        @Test
        void failsWhenTheRangeIsEmpty() {
            assertThat(failure("States.MathRandom(5, 5)")).isEqualTo("Invalid arguments in States.MathRandom:"
                    + " the start (argument 1) must be less than the end (argument 2), got 5 and 5");
        }
    }

    @Nested
    class StringSplit {
        @Test
        void splitsAtAnyDelimiterCharacterAndDropsEmptyParts() {
            assertThat(eval("States.StringSplit('a,b,,c,', ',')")).isEqualTo(json("[\"a\", \"b\", \"c\"]"));
            assertThat(eval("States.StringSplit('This.is+a,test', '.+,')")).isEqualTo(json("[\"This\", \"is\", \"a\", \"test\"]"));
            assertThat(failure("States.StringSplit(1, ',')"))
                    .isEqualTo("Invalid arguments in States.StringSplit: argument 1 must be a string, got number 1");
        }
    }

    @Nested
    class Uuid {
        @Test
        void isAVersion4UuidReproducibleFromTheExecutionRandom() {
            Intrinsic uuid = Intrinsic.parse("States.UUID()");
            String first = uuid.evaluate(seeded(42)).textValue();
            assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(uuid.evaluate(seeded(42)).textValue()).isEqualTo(first);
            assertThat(uuid.evaluate(seeded(43)).textValue()).isNotEqualTo(first);
        }
    }
}
