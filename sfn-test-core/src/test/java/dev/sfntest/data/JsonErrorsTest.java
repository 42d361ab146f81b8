package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        JsonProcessingException error = parseError(text.strip());

        assertThat(JsonErrors.describe(error)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void tooDeepANestingNamesTheLimit() {
        JsonProcessingException error = parseError("[".repeat(1001) + "]".repeat(1001));

        assertThat(JsonErrors.describe(error)).isEqualTo("the JSON nests deeper than 1000 levels, the most sfn-test reads");
    }

    private static JsonProcessingException parseError(String text) {
        try {
            Json.parse(text);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("parsed: " + text);
    }
}
