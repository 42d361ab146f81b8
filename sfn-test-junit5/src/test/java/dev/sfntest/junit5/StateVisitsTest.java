package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.junit5.internal.InspectionPanel;
import dev.sfntest.junit5.internal.StateVisits;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.report.ExecutionPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inspection data of a report: each state's visits and the data at every step the history records. */
class StateVisitsTest {
    private static JsonNode visits(String resource, String input, TaskMock... mocks) throws Exception {
        StateMachine machine;
        try (InputStream in = StateVisitsTest.class.getClassLoader().getResourceAsStream(resource)) {
            machine = Definitions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return StateVisits.of(ExecutionPath.of(Engine.builder().taskHandler(TaskMocks.of(mocks)).build()
                .execute(machine, Json.parse(input))));
    }

    /** {@code title: value} per step of one visit, values as compact JSON or text. */
    private static List<String> steps(JsonNode visit) {
        List<String> out = new ArrayList<>();
        visit.get("steps").forEach(s -> out.add(s.get("title").asText() + ": "
                + (s.has("json") ? Json.write(s.get("json")) : s.get("text").asText())));
        return out;
    }

    @Nested
    class ATask {
        @Test
        void showsInputParametersResultAndOutput() throws Exception {
            // when
            JsonNode states = visits("machines/hello.asl.json", "{\"orderId\": \"o-1\", \"amount\": 20}",
                    TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));
            // then
            assertThat(states.fieldNames()).toIterable()
                    .containsExactly("PrepareOrder", "IsLargeOrder", "ChargeCard");
            JsonNode charge = states.get("ChargeCard").get("visits").get(0);
            assertThat(charge.get("label").asText()).isEqualTo("Visit 1 of 1");
            assertThat(steps(charge)).containsExactly(
                    "Input: {\"orderId\":\"o-1\",\"amount\":20,\"status\":\"NEW\"}",
                    "Parameters (after InputPath and Parameters or Arguments): {\"FunctionName\":"
                            + "\"arn:aws:lambda:us-east-1:123456789012:function:charge-card\",\"Payload\":"
                            + "{\"orderId\":\"o-1\",\"amount\":20,\"status\":\"NEW\"}}",
                    "Result: {\"Payload\":{\"chargeId\":\"ch-1\"}}",
                    "Output (after ResultSelector, ResultPath and OutputPath): {\"orderId\":\"o-1\",\"amount\":20,"
                            + "\"status\":\"NEW\",\"charge\":{\"chargeId\":\"ch-1\"}}");
            assertThat(states.get("ChargeCard").get("omitted").asInt()).isZero();
        }

        @Test
        void showsTheErrorAndItsCause() throws Exception {
            // when
            JsonNode states = visits("machines/hello.asl.json", "{\"orderId\": \"o-2\", \"amount\": 20}",
                    TaskMocks.forState("ChargeCard").throwsError("CardDeclined", "The card was declined"));
            // then
            assertThat(steps(states.get("ChargeCard").get("visits").get(0))).contains(
                    "Error (TaskFailed): CardDeclined\nThe card was declined");
        }
    }

    @Nested
    class MapIterationsAndRetries {
        @Test
        void labelEachVisitWithItsIterationAndAttempts() throws Exception {
            // when
            JsonNode states = visits("machines/retry.asl.json", "{\"items\": [1, 2]}", TaskMocks.forState("Work")
                    .throwsError("Busy", "busy").thenThrowsError("Broken", "broken").thenReturns("{\"done\": 1}")
                    .andSoOn());
            // then
            List<String> labels = new ArrayList<>();
            states.get("Work").get("visits").forEach(v -> labels.add(v.get("label").asText()));
            assertThat(labels).containsExactlyInAnyOrder("Visit 1 of 2 (Map Each, iteration 0), 2 attempts",
                    "Visit 2 of 2 (Map Each, iteration 1)");
            assertThat(states.get("Left").get("visits").get(0).get("label").asText())
                    .isEqualTo("Visit 1 of 1 (Parallel Fan, a branch)");
        }
    }

    @Nested
    class ScriptSafety {
        @Test
        void noPayloadCanEndTheScriptElement() {
            assertThat(InspectionPanel.scriptSafe("{\"x\":\"</script><!-- & \u2028\"}"))
                    .isEqualTo("{\"x\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}");
        }

        @Test
        void theEscapedJsonReadsBackEqual() throws Exception {
            JsonNode value = Json.parse("{\"x\":\"</script><!-- & \u2028\"}");
            assertThat(Json.parse(InspectionPanel.scriptSafe(Json.write(value)))).isEqualTo(value);
        }
    }
}
