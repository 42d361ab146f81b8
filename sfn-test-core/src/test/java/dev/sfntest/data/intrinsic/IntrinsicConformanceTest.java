package dev.sfntest.data.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.StatesException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the AWS-recorded cases whose definition is a single Pass state with intrinsic calls in its
 * Parameters, evaluates those Parameters against the case input, and compares with what AWS returned.
 * The cases live in {@code ../shared/conformance/cases} (override with {@code -Dsfntest.shared=DIR}).
 */
class IntrinsicConformanceTest {

    @TestFactory
    Stream<DynamicTest> singlePassStatesWithIntrinsicsBehaveAsAwsRecorded() throws IOException {
        java.util.Optional<java.nio.file.Path> found = SharedCases.directory();
        if (found.isEmpty()) {
            return Stream.of(SharedCases.missing());
        }
        java.nio.file.Path cases = found.get();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(cases)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                JsonNode testCase = Json.mapper().readTree(file.toFile());
                JsonNode pass = singlePassWithIntrinsics(testCase);
                if (pass != null) {
                    tests.add(DynamicTest.dynamicTest(testCase.path("name").asText(), () -> check(testCase, pass)));
                }
            }
        }
        Assumptions.assumeFalse(tests.isEmpty(), "no single-Pass intrinsic case found in " + cases);
        return tests.stream();
    }

    private static void check(JsonNode testCase, JsonNode pass) {
        // given
        JsonNode input = testCase.path("input");
        DataContext data = DataContext.of(input, contextObject(input), Map.of());
        JsonNode expected = testCase.path("expected");
        if ("SUCCEEDED".equals(expected.path("status").asText())) {
            // when
            JsonNode output = template(pass.get("Parameters"), data);
            // then
            if (expected.has("output")) {
                assertThat(output).isEqualTo(expected.get("output"));
            }
        } else {
            // when
            StatesException failure = catchThrowableOfType(
                    () -> template(pass.get("Parameters"), data), StatesException.class);
            // then
            assertThat(failure).as("expected a failure").isNotNull();
            if (expected.has("error")) {
                assertThat(failure.error()).isEqualTo(expected.get("error").asText(null));
            }
            if (expected.has("cause")) {
                assertThat(failure.cause()).isEqualTo(expected.get("cause").asText(null));
            }
        }
    }

    /** The case's only state when it is a Pass state whose Parameters call intrinsics; else null. */
    private static JsonNode singlePassWithIntrinsics(JsonNode testCase) {
        for (JsonNode feature : testCase.path("features")) {
            if (feature.asText().equals("JSONata")) {
                return null;
            }
        }
        JsonNode states = testCase.path("definition").path("States");
        if (states.size() != 1) {
            return null;
        }
        JsonNode state = states.elements().next();
        boolean plain = "Pass".equals(state.path("Type").asText()) && state.has("Parameters")
                && !state.has("InputPath") && !state.has("ResultPath") && !state.has("OutputPath");
        return plain && callsIntrinsic(state.get("Parameters")) ? state : null;
    }

    private static boolean callsIntrinsic(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith(".$") && Intrinsic.looksLikeIntrinsic(field.getValue().asText())) {
                return true;
            }
            if (callsIntrinsic(field.getValue())) {
                return true;
            }
        }
        for (JsonNode item : node.isArray() ? node : Json.nodes().arrayNode()) {
            if (callsIntrinsic(item)) {
                return true;
            }
        }
        return false;
    }

    /** A tiny Parameters walker: {@code key.$} fields are evaluated, everything else is copied. */
    private static JsonNode template(JsonNode node, DataContext data) {
        if (node.isObject()) {
            ObjectNode result = Json.emptyObject();
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                if (key.endsWith(".$")) {
                    String text = field.getValue().asText();
                    JsonNode value = Intrinsic.looksLikeIntrinsic(text)
                            ? Intrinsic.parse(text).evaluate(data) : CompiledPath.compile(text).read(data);
                    result.set(key.substring(0, key.length() - 2), value);
                } else {
                    result.set(key, template(field.getValue(), data));
                }
            });
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = Json.nodes().arrayNode();
            node.forEach(item -> result.add(template(item, data)));
            return result;
        }
        return node;
    }

    private static JsonNode contextObject(JsonNode input) {
        ObjectNode context = Json.emptyObject();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", "arn:aws:states:us-east-1:111111111111:execution:conformance-machine:exec-1");
        execution.put("Name", "exec-1");
        execution.set("Input", input);
        ObjectNode stateMachine = context.putObject("StateMachine");
        stateMachine.put("Id", "arn:aws:states:us-east-1:111111111111:stateMachine:conformance-machine");
        stateMachine.put("Name", "conformance-machine");
        context.putObject("State").put("Name", "State_0");
        return context;
    }
}
