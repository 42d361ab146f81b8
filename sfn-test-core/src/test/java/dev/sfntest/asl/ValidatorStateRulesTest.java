package dev.sfntest.asl;

import static dev.sfntest.asl.Diagnostic.error;
import static dev.sfntest.asl.Diagnostic.warning;
import static dev.sfntest.asl.ValidatorTest.states;
import static dev.sfntest.asl.ValidatorTest.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** State-level rules AWS applies, which rules are only warnings, and how findings are worded. */
class ValidatorStateRulesTest {

    @Nested
    class Credentials {
        @Test
        void a_role_is_required_and_nothing_else_is_allowed() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "Credentials": {"Role": "arn:aws:iam::123456789012:role/r"}, "Next": "B"},
                    "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "Credentials": {"RoleArn.$": "$.role"}, "End": true}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("MISSING_FIELD", "/States/A/Credentials",
                            "'Credentials' is missing the required field 'RoleArn' (or 'RoleArn.$')"),
                    error("UNKNOWN_FIELD", "/States/A/Credentials/Role", "Field 'Role' is not allowed in 'Credentials'"));
        }

        @Test
        void jsonata_writes_the_role_as_an_expression() {
            // when
            List<Diagnostic> diagnostics = validate("""
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                      "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Credentials": {"RoleArn.$": "$.role"}, "Next": "B"},
                      "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Credentials": {"RoleArn": "{% $states.input.role %}"}, "End": true}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("QUERY_LANGUAGE_MISMATCH", "/States/A/Credentials/RoleArn.$", "'RoleArn.$' is a JSONPath "
                            + "field, but this state uses JSONata; write \"RoleArn\": \"{% ... %}\" instead"));
        }
    }

    @Nested
    class DistributedMap {
        static final String PROCESSOR = "\"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", "
                + "\"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}}";

        @Test
        void writer_config_reader_config_and_batcher_are_checked() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Map\", " + PROCESSOR + ", \"End\": true, "
                    + """
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                                   "ReaderConfig": {"MaxItems": 5, "MaxItemsPath": "$.max"}},
                    "ItemBatcher": {"MaxItemsPerBatch": 2, "MaxItemsPerBatchPath": "$.n",
                                    "MaxInputBytesPerBatch": 300000},
                    "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                     "WriterConfig": {"OutputType": "CSV", "Transformation": "FLAT"}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("CONFLICTING_FIELDS", "/States/A/ItemReader/ReaderConfig/MaxItemsPath",
                            "'MaxItems' and 'MaxItemsPath' cannot be used together; keep one of them"),
                    error("CONFLICTING_FIELDS", "/States/A/ItemBatcher/MaxItemsPerBatchPath",
                            "'MaxItemsPerBatch' and 'MaxItemsPerBatchPath' cannot be used together; keep one of them"),
                    error("INVALID_VALUE", "/States/A/ItemBatcher/MaxInputBytesPerBatch",
                            "'MaxInputBytesPerBatch' must be an integer from 1 to 262144, found 300000"),
                    error("INVALID_VALUE", "/States/A/ResultWriter/WriterConfig/OutputType",
                            "'OutputType' must be one of JSON, JSONL, found 'CSV'"),
                    error("INVALID_VALUE", "/States/A/ResultWriter/WriterConfig/Transformation",
                            "'Transformation' must be one of NONE, COMPACT, FLATTEN, found 'FLAT'"));
        }

        @Test
        void the_objects_paths_and_templates_compile_with_jsonpath() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Map\", " + PROCESSOR + ", \"End\": true, "
                    + """
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Arguments": {"Bucket": "in"},
                                   "ReaderConfig": {"MaxItemsPath": 5}},
                    "ItemBatcher": {"MaxInputBytesPerBatchPath": "$.[", "BatchInput": {"n.$": "States.Nope()"}},
                    "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                     "Parameters": {"Bucket": "out", "Prefix.$": 7}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("QUERY_LANGUAGE_MISMATCH", "/States/A/ItemReader/Arguments", "'Arguments' is a JSONata "
                            + "field, but this state uses JSONPath; set \"QueryLanguage\": \"JSONata\" or use "
                            + "'Parameters'"),
                    error("INVALID_TYPE", "/States/A/ItemReader/ReaderConfig/MaxItemsPath",
                            "'MaxItemsPath' must be a path string, found 5"),
                    error("INVALID_PATH", "/States/A/ItemBatcher/MaxInputBytesPerBatchPath",
                            "'MaxInputBytesPerBatchPath' is not a valid reference path: a field name is missing at "
                                    + "position 3"),
                    error("INVALID_INTRINSIC", "/States/A/ItemBatcher/BatchInput/n.$", "'n.$' is not a valid "
                            + "intrinsic function call: Unknown intrinsic function States.Nope (column 1 of "
                            + "\"States.Nope()\")"),
                    error("INVALID_TYPE", "/States/A/ResultWriter/Parameters/Prefix.$", "'Prefix.$' must be a path "
                            + "or an intrinsic function call (a string), found 7"));
        }

        @Test
        void jsonata_objects_have_no_jsonpath_fields() {
            // when
            List<Diagnostic> diagnostics = validate("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", "
                    + "\"States\": {\"A\": {\"Type\": \"Map\", " + PROCESSOR + ", \"End\": true, " + """
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "in"},
                                   "ReaderConfig": {"MaxItemsPath": "$.max"}},
                    "ItemBatcher": {"MaxItemsPerBatchPath": "$.n", "BatchInput": {"n": "{% $states.input.n %}"}},
                    "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                     "Arguments": {"Bucket": "out", "Prefix": "{% $states.input.p %}"}}}}}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("QUERY_LANGUAGE_MISMATCH", "/States/A/ItemReader/Parameters", "'Parameters' is a JSONPath "
                            + "field, but this state uses JSONata; set \"QueryLanguage\": \"JSONPath\" or use "
                            + "'Arguments'"),
                    error("QUERY_LANGUAGE_MISMATCH", "/States/A/ItemReader/ReaderConfig/MaxItemsPath",
                            "'MaxItemsPath' is a JSONPath field, but this state uses JSONata; set "
                                    + "\"QueryLanguage\": \"JSONPath\" or remove it"),
                    error("QUERY_LANGUAGE_MISMATCH", "/States/A/ItemBatcher/MaxItemsPerBatchPath",
                            "'MaxItemsPerBatchPath' is a JSONPath field, but this state uses JSONata; set "
                                    + "\"QueryLanguage\": \"JSONPath\" or remove it"));
        }

        @Test
        void a_label_has_at_most_40_characters_and_none_of_the_refused_ones() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Map\", " + PROCESSOR + ", \"Label\": \"my label\", "
                    + "\"Next\": \"B\"}, \"B\": {\"Type\": \"Map\", " + PROCESSOR.replace("\"I\"", "\"J\"")
                    + ", \"Label\": \"" + "L".repeat(41) + "\", \"Next\": \"C\"}, \"C\": {\"Type\": \"Map\", "
                    + PROCESSOR.replace("\"I\"", "\"K\"") + ", \"Label\": \"Ok-Label_1\", \"End\": true}");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_VALUE", "/States/A/Label", "'Label' cannot contain white space; AWS refuses white "
                            + "space, brackets, wildcards, control characters and \" # % \\ ^ | ~ ` $ & , ; : /"),
                    error("INVALID_VALUE", "/States/B/Label", "'Label' must be at most 40 characters long, found 41"));
        }
    }

    @Nested
    class Limits {
        @Test
        void a_definition_over_one_megabyte_is_refused() {
            // when
            List<Diagnostic> diagnostics = states("\"A\": {\"Type\": \"Pass\", \"Result\": \"" + "x".repeat(1_048_576)
                    + "\", \"End\": true}");

            // then
            assertThat(diagnostics).containsExactly(error("DEFINITION_TOO_LARGE", "", "The definition takes 1048645 "
                    + "characters as compact JSON; AWS accepts definitions of at most 1 MB (1048576)"));
        }

        @Test
        void state_names_count_characters_and_warn_when_utf16_units_pass_the_limit() {
            // given: 41 characters outside the Basic Multilingual Plane are 82 UTF-16 units
            String emoji = "\uD83D\uDE00".repeat(41);
            String long81 = "n".repeat(81);

            // when
            List<Diagnostic> diagnostics = validate("{\"StartAt\": \"" + emoji + "\", \"States\": {\"" + emoji
                    + "\": {\"Type\": \"Pass\", \"Next\": \"" + long81 + "\"}, \"" + long81 + "\": {\"Type\": \"Succeed\"}}}");

            // then
            assertThat(diagnostics).containsExactly(
                    warning("STATE_NAME_LENGTH", "/States/" + emoji, "State name '" + emoji + "' has 41 characters "
                            + "but 82 UTF-16 units; AWS may count the units against its 80-character limit"),
                    error("INVALID_STATE_NAME", "/States/" + long81, "State names must be 1 to 80 characters long; '"
                            + long81 + "' has 81"));
        }
    }

    @Nested
    class Messages {
        @Test
        void the_scope_hint_names_the_branch_that_has_the_state() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Parallel", "Next": "Done", "Branches": [
                      {"StartAt": "B1", "States": {"B1": {"Type": "Succeed"}}},
                      {"StartAt": "C1", "States": {"C1": {"Type": "Pass", "Next": "B1"}, "C2": {"Type": "Succeed"}}}]},
                    "Done": {"Type": "Pass", "Next": "Nowhere"}""");

            // then
            assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                    "The state machine has no terminal state: end one state with \"End\": true, or add a Succeed or "
                            + "Fail state",
                    "'Next' names no state of this scope: 'B1'; 'B1' is a state of branch 0 of Parallel state 'A', "
                            + "and a state can only move to states of its own scope",
                    "State 'C2' cannot be reached from 'C1'; AWS rejects unreachable states: move to it with a "
                            + "'Next', 'Default' or Catch 'Next', or remove it",
                    "'Next' names no state of this scope: 'Nowhere'");
        }

        @Test
        void an_invalid_query_language_is_reported_once() {
            // when
            List<Diagnostic> state = states("""
                    "A": {"Type": "Pass", "QueryLanguage": "JSONata2", "Output": {"a": 1}, "End": true}""");
            List<Diagnostic> machine = validate("""
                    {"QueryLanguage": "JSONATA", "StartAt": "A", "States": {
                      "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Arguments": {"FunctionName": "f"}, "Output": "{% $states.result %}", "End": true}}}""");

            // then
            assertThat(state).containsExactly(error("INVALID_VALUE", "/States/A/QueryLanguage",
                    "'QueryLanguage' must be one of JSONPath, JSONata, found 'JSONata2'; did you mean 'JSONata'?"));
            assertThat(machine).containsExactly(error("INVALID_VALUE", "/QueryLanguage",
                    "'QueryLanguage' must be one of JSONPath, JSONata, found 'JSONATA'; did you mean 'JSONata'?"));
        }

        @Test
        void states_all_out_of_place_is_reported_as_such() {
            // when
            List<Diagnostic> diagnostics = states("""
                    "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                          "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["E"]}],
                          "Catch": [{"ErrorEquals": ["E", "States.ALL"], "Next": "B"}]},
                    "B": {"Type": "Succeed"}""");

            // then
            assertThat(diagnostics).containsExactly(
                    error("INVALID_STATES_ALL", "/States/A/Retry/0/ErrorEquals/0",
                            "A Retrier with 'States.ALL' must be the last one; move it after the others"),
                    error("INVALID_STATES_ALL", "/States/A/Catch/0/ErrorEquals/1",
                            "'States.ALL' must be the only error name in its 'ErrorEquals'"));
        }
    }

    @Nested
    class Warnings {
        @Test
        void a_zero_retry_interval_is_a_warning_and_the_definition_builds() {
            // given
            String definition = """
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 0, "MaxAttempts": 2}],
                      "End": true}}}""";

            // when
            List<Diagnostic> diagnostics = validate(definition);

            // then
            assertThat(diagnostics).containsExactly(warning("RETRY_INTERVAL_ZERO", "/States/A/Retry/0/IntervalSeconds",
                    "'IntervalSeconds' is 0; AWS documents a positive integer, and a retry without a wait hammers the "
                            + "failing service"));
            assertThat(Definitions.parse(definition).graph().states()).isNotEmpty();
        }
    }
}
