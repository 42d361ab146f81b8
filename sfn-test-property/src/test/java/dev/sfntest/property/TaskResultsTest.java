package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.MockedResults;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link Generators#taskResults}: results drawn from the operation's AWS API model. */
class TaskResultsTest {
    private static final String START = "arn:aws:states:::states:startExecution.sync:2";

    private static List<JsonNode> sample(String resource, int tries) {
        List<JsonNode> values = new ArrayList<>();
        PropertyRunner.forAll(Generators.taskResults(resource)).seed(7).tries(tries).check(values::add);
        return values;
    }

    @Nested
    class Drawn {
        @Test
        void every_result_passes_strict_and_optional_members_come_and_go() {
            // when
            List<JsonNode> results = sample(START, 200);

            // then
            assertThat(results).allSatisfy(result -> assertThat(
                    MockedResults.check(START, result, FieldValidationMode.STRICT)).isEmpty());
            assertThat(results).allMatch(result -> result.has("ExecutionArn") && result.has("Status"));
            assertThat(results).anyMatch(result -> result.has("Output"));
            assertThat(results).anyMatch(result -> !result.has("Output"));
        }

        @Test
        void a_resource_without_a_model_gives_empty_objects() {
            // when / then
            assertThat(sample("arn:aws:lambda:us-east-1:123456789012:function:f", 5))
                    .allMatch(result -> result.isObject() && result.isEmpty());
        }
    }
}
