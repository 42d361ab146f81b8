package dev.sfntest.asl;

import static dev.sfntest.asl.Diagnostic.error;
import static dev.sfntest.asl.Diagnostic.warning;
import static dev.sfntest.asl.ValidatorTest.states;
import static dev.sfntest.asl.ValidatorTest.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.ReferencePath;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data rules AWS applies to a definition: Reference Paths, intrinsics, templates and JSONata. */
class ValidatorDataRulesTest {

    /** The ASL specification's own examples of acceptable Reference Paths, as JSON string contents. */
    static final String[] SPEC_EXAMPLES = {"$.store.book", "$.store\\\\.book", "$.\\\\stor\\\\e.boo\\\\k",
        "$.store.book.title", "$.foo.\\\\.bar", "$.foo\\\\@bar.baz\\\\[\\\\[.\\\\?pretty", "$.&Ж中.\\\\uD800\\\\uDF46",
        "$.&Ж中.\\uD800\\uDF46", "$.ledgers.branch[0].pending.count", "$.ledgers.branch[0]",
        "$.ledgers[0][22][315].foo", "$['store']['book']", "$['store'][0]['book']"};

    @Nested
    class ReferencePaths {
        @ParameterizedTest
        @ValueSource(strings = {"ResultPath", "SecondsPath", "TimestampPath"})
        void the_specifications_examples_are_accepted_wherever_a_reference_path_goes(String field) {
            for (String example : SPEC_EXAMPLES) {
                // given
                String state = field.equals("ResultPath")
                        ? "{\"Type\": \"Pass\", \"ResultPath\": \"" + example + "\", \"End\": true}"
                        : "{\"Type\": \"Wait\", \"" + field + "\": \"" + example + "\", \"End\": true}";

                // when
                List<Diagnostic> diagnostics = states("\"A\": " + state);

                // then
                assertThat(diagnostics).as("%s: %s", field, example).isEmpty();
            }
        }

        @Test
        void escaped_names_are_read_and_written_as_the_fields_they_spell() throws Exception {
            // given
            JsonNode input = Json.parse("{\"foo@bar\": {\"baz[[\": {\"?pretty\": 5}}, \"store.book\": 7}");

            // when / then
            assertThat(CompiledPath.compile("$.foo\\@bar.baz\\[\\[.\\?pretty").read(DataContext.ofInput(input)))
                    .isEqualTo(Json.parse("5"));
            assertThat(ReferencePath.compile("$.store\\.book").place(input, Json.parse("1")).get("store.book"))
                    .isEqualTo(Json.parse("1"));
        }

        @Test
        void fields_that_read_take_reference_paths_not_any_jsonpath() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"StartAt": "M", "States": {
                      "M": {"Type": "Map", "ItemsPath": "$.items[*]", "Next": "C",
                            "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}},
                      "C": {"Type": "Choice", "Default": "W",
                            "Choices": [{"Variable": "$..price", "NumericGreaterThan": 1, "Next": "W"}]},
                      "W": {"Type": "Wait", "SecondsPath": "$.a b", "Next": "T"},
                      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "TimeoutSecondsPath": "$.t[?(@.x)]", "End": true}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_PATH", "/States/M/ItemsPath", "'ItemsPath' is not a valid reference path: only an "
                            + "array index such as [0] or a quoted name such as ['name'] may follow '[' at position 8 "
                            + "(no wildcards, filters, slices or lists in a reference path)"),
                    error("INVALID_PATH", "/States/C/Choices/0/Variable", "'Variable' is not a valid reference path: "
                            + "'..' (recursive descent) at position 2 is not allowed in a reference path"),
                    error("INVALID_PATH", "/States/W/SecondsPath", "'SecondsPath' is not a valid reference path: a "
                            + "space at position 4 is not allowed in a reference path (escape it with a backslash "
                            + "when it is part of a field name)"),
                    error("INVALID_PATH", "/States/T/TimeoutSecondsPath", "'TimeoutSecondsPath' is not a valid "
                            + "reference path: only an array index such as [0] or a quoted name such as ['name'] may "
                            + "follow '[' at position 4 (no wildcards, filters, slices or lists in a reference path)"));
        }

        @Test
        void input_and_output_paths_keep_full_jsonpath_and_context_and_variables_are_readable() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "InputPath": "$.items[?(@.price > 1)]", "Assign": {"n": 1}, "Next": "B"},
                    "B": {"Type": "Wait", "SecondsPath": "$n", "Next": "C"},
                    "C": {"Type": "Wait", "TimestampPath": "$$.Execution.StartTime", "End": true}""");

            // then
            assertThat(diagnostics).isEmpty();
        }

        @Test
        void a_result_path_says_once_why_it_is_invalid() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "ResultPath": "$.a b", "Next": "B"},
                    "B": {"Type": "Pass", "ResultPath": "$var.x", "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_PATH", "/States/A/ResultPath", "'ResultPath' is not a valid reference path: a "
                            + "space at position 4 is not allowed in a reference path (escape it with a backslash "
                            + "when it is part of a field name)"),
                    error("INVALID_PATH", "/States/B/ResultPath", "'ResultPath' is not a valid reference path: a "
                            + "result can only be placed in the state input ('$...'), not in a variable or the "
                            + "Context object"));
        }
    }

    @Nested
    class Intrinsics {
        @Test
        void only_quote_braces_and_backslash_are_escapes() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "Parameters": {
                      "ok.$": "States.Format('It\\\\'s \\\\{\\\\} \\\\\\\\ {}', $.x)",
                      "bad.$": "States.Format('say \\\\\\"hi\\\\\\"')"}, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_INTRINSIC", "/States/A/Parameters/bad.$",
                    "'bad.$' is not a valid intrinsic function call: Invalid escape '\\\"' in a string literal: only "
                            + "\\', \\{, \\} and \\\\ are escapes (column 20 of \"States.Format('say \\\"hi\\\"')\")"));
        }
    }

    @Nested
    class FailPaths {
        @Test
        void error_path_and_cause_path_produce_strings() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Fail", "ErrorPath": "States.Format('E{}', $.code)",
                          "CausePath": "States.StringSplit($.list, ',')"}""");

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_INTRINSIC", "/States/A/CausePath",
                    "'CausePath' must produce a string, and States.StringSplit does not; use one of States.Format, "
                            + "States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, "
                            + "States.Hash, States.UUID"));
        }

        @Test
        void a_path_in_them_is_a_reference_path() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Fail\", \"ErrorPath\": \"$.errors[*]\"}");

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_PATH", "/States/A/ErrorPath",
                    "'ErrorPath' is not a valid reference path: only an array index such as [0] or a quoted name "
                            + "such as ['name'] may follow '[' at position 9 (no wildcards, filters, slices or lists "
                            + "in a reference path)"));
        }
    }

    @Nested
    class Duplicates {
        @Test
        void a_field_written_with_and_without_dollar_suffix_is_a_duplicate() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "Parameters": {"id": 1, "nested": {"k.$": "$.k", "k": 2}, "id.$": "$.id"},
                          "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("DUPLICATE_FIELD", "/States/A/Parameters/nested/k", "The template already has a field 'k': "
                            + "'k' and 'k.$' both give it; keep one of them"),
                    error("DUPLICATE_FIELD", "/States/A/Parameters/id.$", "The template already has a field 'id': "
                            + "'id' and 'id.$' both give it; keep one of them"));
        }
    }

    @Nested
    class Jsonata {
        static List<Diagnostic> jsonata(String states) {
            return validate("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {" + states + "}}");
        }

        @Test
        void a_bare_field_name_at_the_top_level_is_unsupported() {
            // when
            List<Diagnostic> diagnostics = jsonata("""
                    "A": {"Type": "Pass", "Output": {"v": "{% phone %}", "n": "{% $sum(items) %}",
                          "ok": "{% $states.input.items[price > 1].name %}",
                          "fn": "{% $map($states.input.a, function($v) { $v.x }) %}",
                          "sig": "{% $map($states.input.a, function($v)<n:n> { $v * 2 }) %}",
                          "short": "{% $map($states.input.a, λ($v) { $v.x }) %}"}, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("UNSUPPORTED_JSONATA_EXPRESSION", "/States/A/Output/v", "Reference to 'phone' at the top "
                            + "level is not supported: Step Functions evaluates JSONata with no context value; read "
                            + "it from $states.input or a variable"),
                    error("UNSUPPORTED_JSONATA_EXPRESSION", "/States/A/Output/n", "Reference to 'items' at the top "
                            + "level is not supported: Step Functions evaluates JSONata with no context value; read "
                            + "it from $states.input or a variable"));
        }

        @Test
        void error_output_is_read_only_in_a_catcher_and_result_only_after_a_task() {
            // when
            List<Diagnostic> diagnostics = jsonata("""
                    "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "Arguments": {"FunctionName": "f", "Payload": "{% $states.result %}"},
                          "Output": "{% $states.errorOutput %}",
                          "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}",
                                     "Next": "B"}],
                          "Next": "B"},
                    "B": {"Type": "Pass", "Output": "{% $states.result %}", "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    warning("INVALID_STATES_REFERENCE", "/States/A/Arguments/Payload", "$states.result is only available in "
                            + "the 'Output' and 'Assign' of a Task, Parallel or Map state; here it has no value"),
                    error("INVALID_STATES_REFERENCE", "/States/A/Output", "$states.errorOutput is only available in "
                            + "the 'Output' and 'Assign' of a Catcher"),
                    warning("INVALID_STATES_REFERENCE", "/States/B/Output", "$states.result is only available in the "
                            + "'Output' and 'Assign' of a Task, Parallel or Map state; here it has no value"));
        }

        @Test
        void nothing_may_assign_states() {
            // when
            List<Diagnostic> diagnostics = jsonata("""
                    "A": {"Type": "Pass", "Assign": {"states": 1}, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(error("RESERVED_VARIABLE", "/States/A/Assign/states",
                    "'states' cannot be assigned: it is the name of the reserved JSONata variable $states"));
        }

        @Test
        void a_comment_is_free_text_and_an_item_selector_may_be_one_expression() {
            // when
            List<Diagnostic> diagnostics = jsonata("""
                    "A": {"Type": "Map", "Comment": "{% not JSONata", "Items": "{% $states.input.list %}",
                          "ItemSelector": "{% {'item': $states.context.Map.Item.Value} %}",
                          "Catch": [{"ErrorEquals": ["States.ALL"], "Comment": "{% neither", "Next": "B"}],
                          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "Next": "B"},
                    "B": {"Type": "Choice", "Default": "C",
                          "Choices": [{"Condition": "{% true %}", "Comment": "{% nor this", "Next": "C"}]},
                    "C": {"Type": "Succeed"}""");

            // then
            assertThat(diagnostics).isEmpty();
        }
    }
}
