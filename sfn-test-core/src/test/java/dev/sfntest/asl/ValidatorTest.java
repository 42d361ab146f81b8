package dev.sfntest.asl;

import static dev.sfntest.asl.Diagnostic.error;
import static dev.sfntest.asl.Diagnostic.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sfntest.data.Json;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The validator's findings, family by family, exactly as users read them. Diagnostics come in
 * definition order: a finding on an object comes before findings on its fields.
 */
class ValidatorTest {

    static List<Diagnostic> validate(String json) {
        return Validator.validate(Json.parse(json));
    }

    /** A machine starting at A with the given states. */
    static List<Diagnostic> states(String states) {
        return validate("{\"StartAt\": \"A\", \"States\": {" + states + "}}");
    }

    @Nested
    class TopLevel {
        @Test
        void a_minimal_machine_is_valid() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Succeed\"}");

            // then
            assertThat(diagnostics).isEmpty();
        }

        @Test
        void start_at_and_states_are_required() {
            // when
            List<Diagnostic> diagnostics = validate("{\"Comment\": \"empty\"}");

            // then
            assertThat(diagnostics).containsExactly(
                    error("MISSING_FIELD", "", "The state machine is missing the required field 'StartAt'"),
                    error("MISSING_FIELD", "", "The state machine is missing the required field 'States'"));
        }

        @Test
        void unknown_fields_get_a_did_you_mean() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"StartAt": "A", "TimeoutSecond": 5, "States": {"A": {"Type": "Succeed"}}}""");

            // then
            assertThat(diagnostics).containsExactly(error("UNKNOWN_FIELD", "/TimeoutSecond",
                    "Field 'TimeoutSecond' is not allowed in a state machine definition; did you mean 'TimeoutSeconds'?"));
        }

        @Test
        void timeout_and_query_language_are_checked() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"StartAt": "A", "TimeoutSeconds": 0, "QueryLanguage": "JSONPAth",
                     "States": {"A": {"Type": "Succeed"}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_VALUE", "/TimeoutSeconds",
                            "'TimeoutSeconds' must be a positive integer (at most 99999999), found 0"),
                    error("INVALID_VALUE", "/QueryLanguage",
                            "'QueryLanguage' must be one of JSONPath, JSONata, found 'JSONPAth'; did you mean 'JSONPath'?"));
        }

        @Test
        void a_definition_that_is_not_an_object_is_invalid() {
            // when
            List<Diagnostic> diagnostics = validate("[1]");

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_DEFINITION", "",
                    "A state machine definition must be a JSON object with 'StartAt' and 'States', found [1]"));
        }
    }

    @Nested
    class StateTypesAndFields {
        @Test
        void type_is_required_and_must_be_known() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Tsk", "Resource": "arn:x", "End": true}, "B": {"End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("UNKNOWN_STATE_TYPE", "/States/A/Type", "'Tsk' is not a state type; use one of Task, Pass, "
                            + "Choice, Wait, Succeed, Fail, Parallel, Map; did you mean 'Task'?"),
                    error("MISSING_FIELD", "/States/B", "State 'B' is missing the required field 'Type'"),
                    error("UNREACHABLE_STATE", "/States/B", "State 'B' cannot be reached from 'A'; AWS rejects "
                            + "unreachable states: move to it with a 'Next', 'Default' or Catch 'Next', or remove it"));
        }

        @Test
        void a_misspelt_field_gets_a_did_you_mean() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:x\", "
                    + "\"ResultPth\": \"$.r\", \"End\": true}");

            // then
            assertThat(diagnostics).containsExactly(error("UNKNOWN_FIELD", "/States/A/ResultPth",
                    "Field 'ResultPth' is not allowed in a Task state; did you mean 'ResultPath'?"));
        }

        @Test
        void terminal_types_take_no_next() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Succeed\", \"Next\": \"A\"}");

            // then
            assertThat(diagnostics).containsExactly(error("UNKNOWN_FIELD", "/States/A/Next",
                    "Field 'Next' is not allowed in a Succeed state"));
        }
    }

    @Nested
    class QueryLanguages {
        @Test
        void jsonata_fields_in_a_jsonpath_state_are_a_mismatch() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:x", "Arguments": {}, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(error("QUERY_LANGUAGE_MISMATCH", "/States/A/Arguments",
                    "'Arguments' is a JSONata field, but this state uses JSONPath; set \"QueryLanguage\": \"JSONata\" "
                            + "or use 'Parameters'"));
        }

        @Test
        void jsonpath_fields_in_a_jsonata_state_are_a_mismatch() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "QueryLanguage": "JSONata", "InputPath": "$.a", "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(error("QUERY_LANGUAGE_MISMATCH", "/States/A/InputPath",
                    "'InputPath' is a JSONPath field, but this state uses JSONata; set \"QueryLanguage\": \"JSONPath\" "
                            + "or use 'Arguments'"));
        }

        @Test
        void a_jsonpath_state_is_not_allowed_in_a_jsonata_machine() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"QueryLanguage": "JSONata", "StartAt": "A",
                     "States": {"A": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}""");

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_QUERY_LANGUAGE", "/States/A/QueryLanguage",
                    "A state cannot use JSONPath when the state machine's QueryLanguage is JSONata; remove the state's "
                            + "QueryLanguage, or set the machine's to JSONPath and opt states into JSONata one by one"));
        }

        @Test
        void jsonata_expressions_must_be_complete() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"QueryLanguage": "JSONata", "StartAt": "A",
                     "States": {"A": {"Type": "Pass", "Output": {"x": "{% $states.input", "y": "$a %}"}, "End": true}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_JSONATA", "/States/A/Output/x",
                            "The JSONata expression \"{% $states.input\" is not closed; end it with '%}'"),
                    error("INVALID_JSONATA", "/States/A/Output/y",
                            "The JSONata expression \"$a %}\" is not opened; start it with '{%'"));
        }
    }

    @Nested
    class Transitions {
        @Test
        void an_unknown_target_gets_a_did_you_mean() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"StartAt": "Charge", "States": {
                      "Charge": {"Type": "Pass", "Next": "Shipp"},
                      "Ship": {"Type": "Succeed"}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("UNKNOWN_TARGET", "/States/Charge/Next",
                            "'Next' names no state of this scope: 'Shipp'; did you mean 'Ship'?"),
                    error("UNREACHABLE_STATE", "/States/Ship", "State 'Ship' cannot be reached from 'Charge'; AWS "
                            + "rejects unreachable states: move to it with a 'Next', 'Default' or Catch 'Next', or remove it"));
        }

        @Test
        void start_at_must_name_a_state() {
            // when
            List<Diagnostic> diagnostics = validate("{\"StartAt\": \"a\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");

            // then
            assertThat(diagnostics).containsExactly(error("UNKNOWN_TARGET", "/StartAt",
                    "'StartAt' names no state of this scope: 'a'; did you mean 'A'?"));
        }

        @Test
        void branches_are_their_own_scope() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Parallel", "End": true, "Branches": [
                      {"StartAt": "B", "States": {"B": {"Type": "Pass", "Next": "A"}, "C": {"Type": "Succeed"}}}]}""");

            // then
            assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                    tuple("UNKNOWN_TARGET", "/States/A/Branches/0/States/B/Next"),
                    tuple("UNREACHABLE_STATE", "/States/A/Branches/0/States/C"));
            assertThat(diagnostics.get(0).message()).isEqualTo("'Next' names no state of this scope: 'A'; 'A' is a "
                    + "state of the top level of the state machine, and a state can only move to states of its own scope");
        }

        @Test
        void a_state_needs_next_or_end_but_not_both() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "Next": "B", "End": true}, "B": {"Type": "Pass"}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("CONFLICTING_FIELDS", "/States/A/End",
                            "State 'A' has both 'Next' and \"End\": true; keep one of them"),
                    error("MISSING_TRANSITION", "/States/B",
                            "State 'B' needs either 'Next' (the state to move to) or \"End\": true"));
        }

        @Test
        void a_scope_needs_a_terminal_state() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Pass\", \"Next\": \"A\"}");

            // then
            assertThat(diagnostics).containsExactly(error("MISSING_END_STATE", "/States", "The state machine has no "
                    + "terminal state: end one state with \"End\": true, or add a Succeed or Fail state"));
        }

        @Test
        void state_names_are_unique_across_scopes_and_at_most_80_characters() {
            // given
            String longName = "L".repeat(81);

            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Parallel", "Next": "%s", "Branches": [
                      {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}]},
                    "%s": {"Type": "Succeed"}""".formatted(longName, longName));

            // then
            assertThat(diagnostics).containsExactly(
                    error("DUPLICATE_STATE_NAME", "/States/A/Branches/0/States/A", "State name 'A' is already used at "
                            + "/States/A; state names must be unique across the whole state machine, branches included"),
                    error("INVALID_STATE_NAME", "/States/" + longName,
                            "State names must be 1 to 80 characters long; '" + longName + "' has 81"));
        }
    }

    @Nested
    class PathsAndTemplates {
        @Test
        void paths_and_reference_paths_must_compile() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "InputPath": "a.b", "ResultPath": "$.a[*]", "OutputPath": null, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_PATH", "/States/A/InputPath",
                            "'InputPath' is not a valid JSONPath: 'a.b': a path must start with '$'"),
                    error("INVALID_PATH", "/States/A/ResultPath", "'ResultPath' is not a valid reference path: "
                            + "only an array index such as [0] or a quoted name such as ['name'] may follow '[' at "
                            + "position 4 (no wildcards, filters, slices or lists in a reference path)"));
        }

        @Test
        void template_values_of_dollar_fields_must_be_path_strings() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "Parameters": {"ok.$": "$.a", "deep": [{"n.$": 5}], "bad.$": "x"}, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_TYPE", "/States/A/Parameters/deep/0/n.$",
                            "'n.$' must be a path or an intrinsic function call (a string), found 5"),
                    error("INVALID_PATH", "/States/A/Parameters/bad.$",
                            "'bad.$' is not a valid JSONPath or intrinsic function call: 'x': a path must start with '$'"));
        }
    }

    @Nested
    class RetryAndCatch {
        @Test
        void retrier_values_are_checked() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:x", "End": true, "Retry": [
                      {"ErrorEquals": ["States.ALL", "E"], "IntervalSeconds": 0, "MaxAttempts": -1,
                       "BackoffRate": 0.5, "MaxDelaySeconds": 31622401, "JitterStrategy": "FUL"},
                      {"ErrorEquals": []}]}""");

            // then
            String retrier = "/States/A/Retry/0";
            assertThat(diagnostics).containsExactly(
                    error("INVALID_STATES_ALL", retrier + "/ErrorEquals/0",
                            "'States.ALL' must be the only error name in its 'ErrorEquals'"),
                    warning("RETRY_INTERVAL_ZERO", retrier + "/IntervalSeconds", "'IntervalSeconds' is 0; AWS "
                            + "documents a positive integer, and a retry without a wait hammers the failing service"),
                    error("INVALID_VALUE", retrier + "/MaxAttempts",
                            "'MaxAttempts' must be a non-negative integer (at most 99999999), found -1"),
                    error("INVALID_VALUE", retrier + "/BackoffRate", "'BackoffRate' must be at least 1.0, found 0.5"),
                    error("INVALID_VALUE", retrier + "/MaxDelaySeconds",
                            "'MaxDelaySeconds' must be an integer from 1 to 31622400, found 31622401"),
                    error("INVALID_VALUE", retrier + "/JitterStrategy",
                            "'JitterStrategy' must be one of FULL, NONE, found 'FUL'; did you mean 'FULL'?"),
                    error("INVALID_VALUE", "/States/A/Retry/1/ErrorEquals",
                            "'ErrorEquals' must be a non-empty array of error names, found []"));
        }

        @Test
        void catchers_need_next_and_states_all_last() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:x", "End": true, "Catch": [
                      {"ErrorEquals": ["States.ALL"], "Next": "F"},
                      {"ErrorEquals": ["E"], "ResultPath": "$$.x"}]},
                    "F": {"Type": "Fail"}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_STATES_ALL", "/States/A/Catch/0/ErrorEquals/0",
                            "A Catcher with 'States.ALL' must be the last one; move it after the others"),
                    error("MISSING_FIELD", "/States/A/Catch/1", "A Catcher is missing the required field 'Next'"),
                    error("INVALID_PATH", "/States/A/Catch/1/ResultPath", "'ResultPath' is not a valid reference "
                            + "path: a result can only be placed in the state input ('$...'), not in a variable or "
                            + "the Context object"));
        }
    }

    @Nested
    class Tasks {
        @Test
        void resource_is_required_and_timeouts_are_positive() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "TimeoutSeconds": 10, "HeartbeatSeconds": 10,
                          "TimeoutSecondsPath": "$.t", "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("MISSING_FIELD", "/States/A", "A Task state is missing the required field 'Resource'"),
                    error("INVALID_VALUE", "/States/A/HeartbeatSeconds",
                            "'HeartbeatSeconds' (10) must be less than 'TimeoutSeconds' (10)"),
                    error("CONFLICTING_FIELDS", "/States/A/TimeoutSecondsPath",
                            "'TimeoutSeconds' and 'TimeoutSecondsPath' cannot be used together; keep one of them"));
        }
    }

    @Nested
    class Choices {
        @Test
        void rules_need_one_operator_with_the_right_operand() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Choice", "Default": "B", "Choices": [
                      {"Variable": "$.n", "NumericEquals": "1", "Next": "B"},
                      {"Variable": "$.s", "StringEqual": "x", "Next": "B"},
                      {"And": [{"Variable": "$.a", "IsPresent": true, "Next": "B"}], "Next": "B"},
                      {"Or": [], "Next": "B"}]},
                    "B": {"Type": "Succeed"}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_TYPE", "/States/A/Choices/0/NumericEquals", "'NumericEquals' takes a number, found \"1\""),
                    error("INVALID_CHOICE_RULE", "/States/A/Choices/1", "A Choice rule needs a comparison ('Variable' "
                            + "with an operator such as 'StringEquals') or one of 'And', 'Or', 'Not'"),
                    error("UNKNOWN_FIELD", "/States/A/Choices/1/StringEqual",
                            "Field 'StringEqual' is not allowed in a Choice rule; did you mean 'StringEquals'?"),
                    error("UNKNOWN_FIELD", "/States/A/Choices/2/And/0/Next",
                            "Field 'Next' is not allowed in a nested Choice rule"),
                    error("INVALID_VALUE", "/States/A/Choices/3/Or",
                            "'Or' must be a non-empty array of Choice rules, found []"));
        }

        @Test
        void top_level_rules_need_next_and_choices_must_not_be_empty() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Choice", "Choices": [{"Variable": "$.t", "TimestampEquals": "yesterday"}]},
                    "B": {"Type": "Choice", "Choices": []}""");

            // then
            assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                    tuple("MISSING_END_STATE", "/States"),
                    tuple("MISSING_FIELD", "/States/A/Choices/0"),
                    tuple("INVALID_TYPE", "/States/A/Choices/0/TimestampEquals"),
                    tuple("UNREACHABLE_STATE", "/States/B"),
                    tuple("INVALID_VALUE", "/States/B/Choices"));
        }

        @Test
        void jsonata_rules_use_condition() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                      "A": {"Type": "Choice", "Default": "B", "Choices": [
                        {"Condition": "{% $states.input.ok %}", "Next": "B"},
                        {"Variable": "$.x", "BooleanEquals": true, "Next": "B"}]},
                      "B": {"Type": "Succeed"}}}""");

            // then
            assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                    tuple("MISSING_FIELD", "/States/A/Choices/1"),
                    tuple("QUERY_LANGUAGE_MISMATCH", "/States/A/Choices/1/Variable"),
                    tuple("QUERY_LANGUAGE_MISMATCH", "/States/A/Choices/1/BooleanEquals"));
        }
    }

    @Nested
    class WaitAndFail {
        @Test
        void wait_takes_exactly_one_duration() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Wait", "Seconds": -1, "Timestamp": "2026-13-01", "Next": "B"},
                    "B": {"Type": "Wait", "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_VALUE", "/States/A/Seconds",
                            "'Seconds' must be a non-negative integer (at most 99999999), found -1"),
                    error("CONFLICTING_FIELDS", "/States/A/Timestamp", "A Wait state takes exactly one of Seconds, "
                            + "SecondsPath, Timestamp, TimestampPath; found Seconds and Timestamp"),
                    error("INVALID_VALUE", "/States/A/Timestamp", "'Timestamp' must be an RFC 3339 timestamp such as "
                            + "\"2026-03-14T01:59:00Z\", found \"2026-13-01\""),
                    error("MISSING_FIELD", "/States/B",
                            "A Wait state needs one of Seconds, SecondsPath, Timestamp, TimestampPath"));
        }

        @Test
        void a_jsonata_wait_names_only_its_own_duration_fields() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                      "A": {"Type": "Wait", "Seconds": 1, "Timestamp": "{% $states.input.at %}", "Next": "B"},
                      "B": {"Type": "Wait", "End": true}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("CONFLICTING_FIELDS", "/States/A/Timestamp", "A Wait state takes exactly one of Seconds, "
                            + "SecondsPath, Timestamp, TimestampPath; found Seconds and Timestamp"),
                    error("MISSING_FIELD", "/States/B", "A Wait state needs one of Seconds, Timestamp"));
        }

        @Test
        void fail_error_and_error_path_are_exclusive() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e", "CausePath": "cause"}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("CONFLICTING_FIELDS", "/States/A/ErrorPath",
                            "'Error' and 'ErrorPath' cannot be used together; keep one of them"),
                    error("INVALID_PATH", "/States/A/CausePath", "'CausePath' is not a valid reference path: "
                            + "a reference path must start with '$'"));
        }
    }

    @Nested
    class ParallelAndMap {
        @Test
        void parallel_needs_branches() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Parallel", "End": true, "Branches": [{"States": {"B": {"Type": "Succeed"}}}, 3]}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("MISSING_FIELD", "/States/A/Branches/0", "Branch 0 is missing the required field 'StartAt'"),
                    error("INVALID_TYPE", "/States/A/Branches/1",
                            "Branch 1 must be an object with 'StartAt' and 'States', found 3"));
        }

        @Test
        void map_settings_are_checked() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Map", "End": true, "MaxConcurrency": -1, "ToleratedFailurePercentage": 101,
                          "ItemSelector": {}, "Parameters": {}, "ItemReader": {"Resource": "arn:x"},
                          "Label": "%s",
                          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "B",
                                            "States": {"B": {"Type": "Succeed"}}}}""".formatted("x".repeat(41)));

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_VALUE", "/States/A/MaxConcurrency",
                            "'MaxConcurrency' must be a non-negative integer (at most 99999999), found -1"),
                    error("INVALID_VALUE", "/States/A/ToleratedFailurePercentage",
                            "'ToleratedFailurePercentage' must be a number from 0 to 100, found 101"),
                    error("CONFLICTING_FIELDS", "/States/A/Parameters",
                            "'ItemSelector' and 'Parameters' cannot be used together; keep one of them"),
                    error("DISTRIBUTED_ONLY", "/States/A/ItemReader", "'ItemReader' is only allowed in a Distributed "
                            + "Map; set \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"} "
                            + "in the ItemProcessor"),
                    error("INVALID_VALUE", "/States/A/Label", "'Label' must be at most 40 characters long, found 41"));
        }

        @Test
        void map_needs_one_processor() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "B",
                          "ProcessorConfig": {"Mode": "DISTRIBUTD"}, "States": {"B": {"Type": "Succeed"}}}},
                    "C": {"Type": "Map", "End": true}""");

            // then
            assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                    tuple("INVALID_VALUE", "/States/A/ItemProcessor/ProcessorConfig/Mode"),
                    tuple("MISSING_FIELD", "/States/C"),
                    tuple("UNREACHABLE_STATE", "/States/C"));
        }
    }

    @Nested
    class Placeholders {
        @Test
        void placeholders_are_warnings_wherever_a_value_is_expected() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "Resource": "${Fn}", "TimeoutSeconds": "${Timeout}", "Next": "W"},
                    "W": {"Type": "Wait", "Seconds": "${Delay}", "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    warning("UNSUBSTITUTED_PLACEHOLDER", "/States/A/Resource", "Placeholder ${Fn} is not substituted; "
                            + "pass a value (DefinitionSubstitutions) or the state machine sees the text as written"),
                    warning("UNSUBSTITUTED_PLACEHOLDER", "/States/A/TimeoutSeconds", "Placeholder ${Timeout} is not "
                            + "substituted; pass a value (DefinitionSubstitutions) or the state machine sees the text "
                            + "as written"),
                    warning("UNSUBSTITUTED_PLACEHOLDER", "/States/W/Seconds", "Placeholder ${Delay} is not "
                            + "substituted; pass a value (DefinitionSubstitutions) or the state machine sees the text "
                            + "as written"));
        }
    }

    @Nested
    class PlaceholdersInPaths {
        @Test
        void a_path_that_is_only_a_placeholder_cannot_be_built_until_substituted() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Pass\", \"InputPath\": \"${In}\", \"End\": true}");

            // then
            assertThat(diagnostics).extracting(Diagnostic::severity, Diagnostic::code).containsExactly(
                    tuple(Diagnostic.Severity.ERROR, "INVALID_PATH"),
                    tuple(Diagnostic.Severity.WARNING, "UNSUBSTITUTED_PLACEHOLDER"));
            assertThat(diagnostics.get(0).message())
                    .startsWith("'InputPath' is not a valid JSONPath: Invalid path '${In}'")
                    .endsWith("(substitute its placeholder before running the definition)");
        }
    }

    @Nested
    class Order {
        @Test
        void diagnostics_come_in_definition_order_whatever_the_rule_family() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Pass", "Next": "Z", "Foo": 1, "InputPath": "x"},
                    "B": {"Type": "Pass", "Bar": "${P}", "End": true}""");

            // then
            assertThat(diagnostics).extracting(Diagnostic::location).containsExactly(
                    "/States/A/Next", "/States/A/Foo", "/States/A/InputPath", "/States/B", "/States/B/Bar",
                    "/States/B/Bar");
        }
    }
}
