package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\":}            | expected a value, found '}'",
        "{a:1}               | expected a field name in double quotes, found 'a'",
        "{\"a\":1 \"b\":2}   | expected ',' between the entries of an object, found '\"'",
        "{\"a\" 1}           | expected ':' after the field name, found '1'",
        "{\"a\":1            | the text ends before the object that opens at line 1, column 1 is closed",
        "[1}                 | expected ']' to close the array that opens at line 1, column 1, found '}'",
        "{\"a\":1,           | the text ends inside an object",
        "abc                 | expected a value, found 'abc'",
        "-                   | invalid number: no digit after the sign",
        "{\"a\":01}          | invalid number: Leading zeroes not allowed",
        "// c                | comments are not allowed in JSON",
        "NaN                 | 'NaN' is not a JSON value",
        "\"abc               | the text ends inside a string"})
    void wordsAParseErrorWithoutTheLibrarysVocabulary(String text, String expected) {
        InvalidJsonException error = parseError(text.strip());

        assertThat(error.problem()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'a': 1}             | expected a field name in double quotes, found ''' at 1:2; JSON strings and field names "
                + "use double quotes: \"a\", not 'a'",
        "{\"a\": 'x y'}       | expected a value, found ''' at 1:7; JSON strings and field names use double quotes: "
                + "\"x y\", not 'x y'",
        "{\"a\": ok}          | expected a value, found 'ok' at 1:7; did you mean to quote it: \"ok\"?",
        "{\"a\": on hold}     | expected a value, found 'on hold' at 1:7; did you mean to quote it: \"on hold\"?",
        "{orderId: 1}         | expected a field name in double quotes, found 'orderId' at 1:2; field names need double "
                + "quotes: \"orderId\"",
        "{\"a\": 1,}          | expected a field name in double quotes, found '}' at 1:9; remove the comma before "
                + "'}': JSON allows none after the last field",
        "[1, 2,]              | expected a value, found ']' at 1:7; remove the comma before ']': JSON allows none "
                + "after the last element",
        "{\"a\": True}        | expected a value, found 'True' at 1:7; JSON's true is written in lower case: true",
        "{\"a\": undefined}   | expected a value, found 'undefined' at 1:7; JSON has no undefined: write null, or "
                + "leave the field out",
        "{\"a\": 1 \"b\": 2}  | expected ',' between the entries of an object, found '\"' at 1:9"})
    void locatesTheErrorAndHintsAtTheMistake(String text, String expected) {
        InvalidJsonException error = parseError(text.strip());

        assertThat(error.getMessage()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aHintReadsTheLineTheErrorIsOn() {
        InvalidJsonException error = parseError("{\n  \"status\": \"ok\",\n  \"next\": later\n}");

        assertThat(error.getMessage()).isEqualTo(
                "expected a value, found 'later' at 3:11; did you mean to quote it: \"later\"?");
        assertThat(error.problemWithHint()).isEqualTo(
                "expected a value, found 'later'; did you mean to quote it: \"later\"?");
        assertThat(error.hint()).isEqualTo("did you mean to quote it: \"later\"?");
        assertThat(List.of(error.problem(), error.line(), error.column()))
                .containsExactly("expected a value, found 'later'", 3, 11);
        assertThat(parseError("{\"a\":}").hint()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void tooDeepANestingNamesTheLimit() {
        InvalidJsonException error = parseError("[".repeat(1001) + "]".repeat(1001));

        assertThat(error.problem()).isEqualTo("the JSON nests deeper than 1000 levels, the most sfn-test reads");
    }

    private static InvalidJsonException parseError(String text) {
        try {
            Json.parse(text);
        } catch (InvalidJsonException e) {
            return e;
        }
        throw new AssertionError("parsed: " + text);
    }
}
