package dev.sfntest.data.intrinsic;

import static dev.sfntest.data.intrinsic.Fixtures.eval;
import static dev.sfntest.data.intrinsic.Fixtures.json;
import static dev.sfntest.data.intrinsic.Fixtures.parseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.PathException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Recognising and parsing intrinsic calls, and the messages of every parse error. */
class IntrinsicParserTest {

    @Nested
    class Recognising {
        @Test
        void onlyTextStartingWithStatesDotIsAnIntrinsic() {
            assertThat(Intrinsic.looksLikeIntrinsic("States.UUID()")).isTrue();
            assertThat(Intrinsic.looksLikeIntrinsic("$.States")).isFalse();
            assertThat(Intrinsic.looksLikeIntrinsic(" States.UUID()")).isFalse();
            assertThat(Intrinsic.looksLikeIntrinsic(null)).isFalse();
        }

        @Test
        void keepsTheTextAsWritten() {
            // given
            String text = "States.Array( 1 ,'a' )";
            // when
            Intrinsic intrinsic = Intrinsic.parse(text);
            // then
            assertThat(intrinsic.text()).isEqualTo(text);
            assertThat(intrinsic).hasToString(text).isEqualTo(Intrinsic.parse(text));
        }
    }

    @Nested
    class Parsing {
        @Test
        void readsEveryKindOfArgumentWithSpacesBetween() {
            // given
            String call = "States.Array( 'a' , -1,2.5 ,true, false,null, $.x , States.ArrayLength($.list) )";
            // when
            JsonNode result = eval(call, "{\"x\": {\"y\": 1}, \"list\": [1, 2]}");
            // then
            assertThat(result).isEqualTo(json("[\"a\", -1, 2.5, true, false, null, {\"y\": 1}, 2]"));
        }

        @Test
        void unescapesQuotesBracesAndBackslashes() {
            // when
            JsonNode result = eval("States.Array('It\\'s', '\\{\\}', 'a\\\\b')");
            // then
            assertThat(result).isEqualTo(json("[\"It's\", \"{}\", \"a\\\\b\"]"));
        }

        @Test
        void refusesEveryOtherEscapeAsAwsDoes() {
            // when / then: AWS refused \" in an intrinsic string literal
            assertThatThrownBy(() -> Intrinsic.parse("States.Format('say \\\"hi\\\"')"))
                    .isInstanceOf(PathException.class)
                    .hasMessage("Invalid escape '\\\"' in a string literal: only \\', \\{, \\} and \\\\ are escapes "
                            + "(column 20 of \"States.Format('say \\\"hi\\\"')\")");
        }

        @Test
        void readsTheContextObjectAndVariables() {
            // given
            DataContext data = DataContext.of(json("{}"), json("{\"Execution\": {\"Id\": \"arn:1\"}}"),
                    Map.of("total", json("3")));
            // when
            JsonNode result = Intrinsic.parse("States.Array($$.Execution.Id, $total)").evaluate(data);
            // then
            assertThat(result).isEqualTo(json("[\"arn:1\", 3]"));
        }

        @Test
        void reportsAnUnknownFunctionWithTheClosestName() {
            assertThat(parseError("States.Fromat('x')")).isEqualTo(
                    "Unknown intrinsic function States.Fromat; did you mean States.Format? (column 1 of \"States.Fromat('x')\")");
            assertThat(parseError("States.Array(States.arraylength($.a))")).isEqualTo(
                    "Unknown intrinsic function States.arraylength; did you mean States.ArrayLength?"
                            + " (column 14 of \"States.Array(States.arraylength($.a))\")");
            assertThat(parseError("States.Nothing()")).isEqualTo(
                    "Unknown intrinsic function States.Nothing (column 1 of \"States.Nothing()\")");
        }

        @Test
        void reportsAWrongNumberOfArguments() {
            assertThat(parseError("States.MathAdd(1, 2, 3)"))
                    .isEqualTo("States.MathAdd takes 2 arguments, got 3 (column 1 of \"States.MathAdd(1, 2, 3)\")");
            assertThat(parseError("States.MathRandom(1)"))
                    .isEqualTo("States.MathRandom takes 2 or 3 arguments, got 1 (column 1 of \"States.MathRandom(1)\")");
            assertThat(parseError("States.UUID(1)"))
                    .isEqualTo("States.UUID takes no arguments, got 1 (column 1 of \"States.UUID(1)\")");
            assertThat(parseError("States.Format()"))
                    .isEqualTo("States.Format takes at least 1 argument, got 0 (column 1 of \"States.Format()\")");
            assertThat(parseError("States.JsonToString()"))
                    .isEqualTo("States.JsonToString takes 1 argument, got 0 (column 1 of \"States.JsonToString()\")");
        }

        @Test
        void reportsAnUnterminatedString() {
            assertThat(parseError("States.Format('abc)"))
                    .isEqualTo("Unterminated string literal (column 15 of \"States.Format('abc)\")");
        }

        @Test
        void reportsABadNestedPath() {
            assertThat(parseError("States.ArrayLength($.a.)")).isEqualTo(
                    "Invalid path '$.a.': Path must not end with a '.' or '..' (column 20 of \"States.ArrayLength($.a.)\")");
        }

        @Test
        void reportsMalformedCalls() {
            assertThat(parseError("Format('x')"))
                    .isEqualTo("Expected an intrinsic function call starting with 'States.' (column 1 of \"Format('x')\")");
            assertThat(parseError("States.UUID"))
                    .isEqualTo("Expected '(' but the text ended (column 12 of \"States.UUID\")");
            assertThat(parseError("States.UUID() + 1"))
                    .isEqualTo("Unexpected text after the closing parenthesis (column 15 of \"States.UUID() + 1\")");
            assertThat(parseError("States.Array(1 2)"))
                    .isEqualTo("Expected ',' or ')' (column 16 of \"States.Array(1 2)\")");
            assertThat(parseError("States.Array(1,"))
                    .isEqualTo("Expected an argument but the text ended (column 16 of \"States.Array(1,\")");
            assertThat(parseError("States.Array(yes)")).isEqualTo("Expected an argument: a 'string', a number, true,"
                    + " false, null, a path or a States. call (column 14 of \"States.Array(yes)\")");
            assertThat(parseError("States.Array(1x)")).isEqualTo("Malformed number (column 14 of \"States.Array(1x)\")");
        }

        @Test
        void letsAPathThatDoesNotResolveFailAsAPathException() {
            // given
            Intrinsic intrinsic = Intrinsic.parse("States.ArrayLength($.missing)");
            // when / then
            assertThatThrownBy(() -> intrinsic.evaluate(Fixtures.input("{}")))
                    .isInstanceOfSatisfying(PathException.class, e -> assertThat(e.path()).isEqualTo("$.missing"));
        }
    }
}
