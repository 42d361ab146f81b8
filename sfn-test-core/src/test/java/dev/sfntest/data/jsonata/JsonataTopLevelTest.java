package dev.sfntest.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bare names read from the missing top-level context, and everything that only looks like one. */
class JsonataTopLevelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "phone | phone",
        "$sum(items) | items",
        "{'a': total} | total",
        "[first, 2] | first",
        "$states.input.x > 1 ? yes : 'no' | yes",
        "`field name` | field name",
        "$not(flag) and $states.input.y | flag"})
    void a_bare_name_at_the_top_level_is_found(String expression, String name) {
        // when / then
        assertThat(JsonataTopLevel.bareName(expression)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$states.input.items[price > 5].name", "$states.input.{'n': name}",
        "$states.input{type: $sum(price)}", "$states.input.(a + b)", "$states.input.items^(price)",
        "'a string with words' & \"and more\"", "/* a comment with words */ $states.input",
        "$match($states.input.s, /ab+c/i)", "$x / 2", "$map($states.input.a, function($v) { $v.x })",
        "$map($states.input.a, function($v)<n:n> { $v * 2 })", "$states.input.`odd name`.value",
        "true and false or null", "[1..5]", "$states.input.a in [1, 2]", "1e5 + 2.5"})
    void names_that_read_a_context_the_path_supplies_are_not_reported(String expression) {
        // when / then
        assertThat(JsonataTopLevel.bareName(expression)).isNull();
    }
}
