package dev.sfntest.asl;

import static dev.sfntest.asl.Diagnostic.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.internal.Pointers;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Structural type mistakes: every field of a definition that uses every structural field, written
 * with every other JSON type, gives located diagnostics and never an exception.
 */
class ValidatorStructureTest {
    /** A JSONPath machine with every structural field of every state type. */
    static final String JSONPATH_MACHINE = """
            {"Comment": "all fields", "StartAt": "T", "TimeoutSeconds": 60, "Version": "1.0",
             "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                    "Parameters": {"a.$": "$.x", "b": [1, {"c.$": "$$.Execution.Id"}]},
                    "ResultSelector": {"r.$": "$.y"}, "ResultPath": "$.r", "InputPath": "$", "OutputPath": "$",
                    "Credentials": {"RoleArn": "arn:aws:iam::123456789012:role/r"},
                    "TimeoutSeconds": 10, "HeartbeatSeconds": 5, "Assign": {"v": 1, "w.$": "$.x"},
                    "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 1, "MaxAttempts": 2,
                               "BackoffRate": 2.0, "MaxDelaySeconds": 5, "JitterStrategy": "FULL"}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C", "ResultPath": "$.e"}],
                    "Next": "C"},
              "C": {"Type": "Choice", "Default": "P", "Choices": [
                    {"Variable": "$.x", "NumericEquals": 1, "Next": "P"},
                    {"And": [{"Variable": "$.x", "IsPresent": true}, {"Variable": "$.y", "StringEquals": "a"}],
                     "Next": "P"},
                    {"Not": {"Variable": "$.x", "IsNull": true}, "Next": "P"}]},
              "P": {"Type": "Parallel", "Next": "M", "ResultPath": null,
                    "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]},
              "M": {"Type": "Map", "ItemsPath": "$.items", "ItemSelector": {"i.$": "$$.Map.Item.Value"},
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                      "StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                                   "ReaderConfig": {"InputType": "JSON"}, "Parameters": {"Bucket": "b", "Key": "k"}},
                    "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"k.$": "$.k"}},
                    "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                     "Parameters": {"Bucket": "b", "Prefix": "p"},
                                     "WriterConfig": {"OutputType": "JSONL", "Transformation": "NONE"}},
                    "MaxConcurrency": 2, "ToleratedFailureCount": 1, "Label": "L", "Next": "W"},
              "W": {"Type": "Wait", "Seconds": 1, "Next": "W2"},
              "W2": {"Type": "Wait", "TimestampPath": "$.t", "Next": "Q"},
              "Q": {"Type": "Pass", "Result": {"x": 1}, "Next": "F"},
              "F": {"Type": "Fail", "Error": "E", "Cause": "C"}
             }}""";

    /** A JSONata machine with the JSONata forms of the same fields. */
    static final String JSONATA_MACHINE = """
            {"QueryLanguage": "JSONata", "StartAt": "T",
             "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Arguments": {"FunctionName": "f", "Payload": "{% $states.input %}"},
                    "Output": "{% $states.result %}", "Assign": {"v": "{% $states.result %}"},
                    "TimeoutSeconds": "{% 10 %}", "Credentials": {"RoleArn": "{% $states.input.role %}"},
                    "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C", "Output": "{% $states.errorOutput %}"}],
                    "Next": "C"},
              "C": {"Type": "Choice", "Default": "M",
                    "Choices": [{"Condition": "{% $states.input.x = 1 %}", "Next": "M", "Output": {"a": 1}}]},
              "M": {"Type": "Map", "Items": "{% $states.input.items %}",
                    "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
                    "MaxConcurrency": 1, "Next": "W"},
              "W": {"Type": "Wait", "Seconds": "{% 1 %}", "Next": "S"},
              "S": {"Type": "Succeed"}
             }}""";

    /** Every JSON type a field can be mistakenly written as. */
    static final List<JsonNode> WRONG_VALUES = List.of(parse("{\"x\": 1}"), parse("[1]"), parse("\"text\""),
            parse("7"), parse("true"), parse("null"), parse("{}"), parse("[]"));

    static JsonNode parse(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void the_machines_as_written_are_valid() {
        // when / then
        assertThat(Validator.validate(parse(JSONPATH_MACHINE))).isEmpty();
        assertThat(Validator.validate(parse(JSONATA_MACHINE))).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> any_field_written_with_any_json_type_gives_diagnostics_never_an_exception() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String machine : List.of(JSONPATH_MACHINE, JSONATA_MACHINE)) {
            JsonNode definition = parse(machine);
            for (String pointer : pointers(definition, "")) {
                tests.add(dynamicTest(pointer + (machine == JSONATA_MACHINE ? " (JSONata)" : ""), () -> {
                    for (JsonNode wrong : WRONG_VALUES) {
                        // given
                        JsonNode mutated = replace(definition, pointer, wrong);

                        // when / then
                        assertThatCode(() -> {
                            Validator.validate(mutated);
                            try {
                                Definitions.build(mutated);
                            } catch (InvalidDefinitionException expected) {
                                // a definition with errors does not build
                            }
                        }).as("%s written as %s", pointer, wrong).doesNotThrowAnyException();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_structural_field_of_the_wrong_type_is_an_error_at_that_field() {
        Map<String, String> structural = Map.ofEntries(
                Map.entry("/States", "object"), Map.entry("/StartAt", "string"),
                Map.entry("/States/T/Retry", "array"), Map.entry("/States/T/Retry/0", "object"),
                Map.entry("/States/T/Retry/0/ErrorEquals", "array"), Map.entry("/States/T/Catch", "array"),
                Map.entry("/States/T/Catch/0", "object"), Map.entry("/States/T/Catch/0/ErrorEquals", "array"),
                Map.entry("/States/T/Catch/0/Next", "string"), Map.entry("/States/T/Credentials", "object"),
                Map.entry("/States/T/ResultSelector", "object"), Map.entry("/States/T/Assign", "object"),
                Map.entry("/States/C/Choices", "array"), Map.entry("/States/C/Choices/0", "object"),
                Map.entry("/States/C/Choices/1/And", "array"), Map.entry("/States/C/Choices/2/Not", "object"),
                Map.entry("/States/P/Branches", "array"), Map.entry("/States/P/Branches/0", "object"),
                Map.entry("/States/P/Branches/0/States", "object"), Map.entry("/States/M/ItemProcessor", "object"),
                Map.entry("/States/M/ItemProcessor/States", "object"),
                Map.entry("/States/M/ItemProcessor/ProcessorConfig", "object"),
                Map.entry("/States/M/ItemReader", "object"), Map.entry("/States/M/ItemBatcher", "object"),
                Map.entry("/States/M/ResultWriter", "object"), Map.entry("/States/M/ItemSelector", "object"),
                Map.entry("/States/M/ResultWriter/WriterConfig", "object"),
                Map.entry("/States/M/ItemReader/ReaderConfig", "object"),
                Map.entry("/States/T", "object"));
        JsonNode definition = parse(JSONPATH_MACHINE);
        List<DynamicTest> tests = new ArrayList<>();
        structural.forEach((pointer, type) -> tests.add(dynamicTest(pointer, () -> {
            for (JsonNode wrong : WRONG_VALUES) {
                if (Json.typeName(wrong).equals(type)) {
                    continue;
                }
                // when
                List<Diagnostic> diagnostics = Validator.validate(replace(definition, pointer, wrong));

                // then
                assertThat(diagnostics).as("%s written as %s", pointer, wrong)
                        .anyMatch(d -> d.isError() && d.location().equals(pointer));
            }
        })));
        return tests.stream();
    }

    @Nested
    class Messages {
        @Test
        void catch_written_as_an_object_is_an_invalid_type() {
            // given
            JsonNode definition = replace(parse(JSONPATH_MACHINE), "/States/T/Catch",
                    parse("{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"C\"}"));

            // when
            List<Diagnostic> diagnostics = Validator.validate(definition);

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_TYPE", "/States/T/Catch",
                    "'Catch' must be an array, found {\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"C\"}"));
        }

        @Test
        void branches_written_as_an_object_is_an_invalid_type() {
            // given
            JsonNode definition = replace(parse(JSONPATH_MACHINE), "/States/P/Branches",
                    parse("{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\", \"End\": true}}}"));

            // when
            List<Diagnostic> diagnostics = Validator.validate(definition);

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_TYPE", "/States/P/Branches",
                    "'Branches' must be a non-empty array of {\"StartAt\", \"States\"} objects, found "
                            + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}"));
        }

        @Test
        void error_equals_written_as_a_string_is_an_invalid_type() {
            // given
            JsonNode definition = replace(parse(JSONPATH_MACHINE), "/States/T/Retry/0/ErrorEquals",
                    parse("\"States.ALL\""));

            // when
            List<Diagnostic> diagnostics = Validator.validate(definition);

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_TYPE", "/States/T/Retry/0/ErrorEquals",
                    "'ErrorEquals' must be a non-empty array of error names, found \"States.ALL\""));
        }

        @Test
        void a_processor_written_as_an_array_is_an_invalid_type() {
            // given
            JsonNode definition = replace(parse(JSONPATH_MACHINE), "/States/M/ItemProcessor", parse("[1]"));

            // when
            List<Diagnostic> diagnostics = Validator.validate(definition);

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_TYPE", "/States/M/ItemProcessor",
                    "The ItemProcessor of this Map state must be an object with 'StartAt' and 'States', found [1]"));
        }
    }

    /** Every pointer in the tree, the root excepted. */
    static List<String> pointers(JsonNode node, String pointer) {
        List<String> all = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + Pointers.escape(field.getKey());
                all.add(at);
                all.addAll(pointers(field.getValue(), at));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                all.add(pointer + "/" + i);
                all.addAll(pointers(node.get(i), pointer + "/" + i));
            }
        }
        return all;
    }

    /** A deep copy of the tree with the node at the pointer replaced. */
    static JsonNode replace(JsonNode tree, String pointer, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return copy;
    }
}
