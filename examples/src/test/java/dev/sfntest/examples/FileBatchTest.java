package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static dev.sfntest.mock.InputMatchers.at;
import static dev.sfntest.mock.InputMatchers.otherwise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Map calls one Lambda function per uploaded file, three at a time. Each file's answer is
 * scripted by its key with {@code whenInput(...)}, so the test does not depend on the order the
 * iterations run in; {@code returnsPayload(...)} gives what the function returns, wrapped in the
 * {@code lambda:invoke} envelope as AWS wraps it.
 */
@StepFunctionTest("file-batch/file-batch.asl.json")
class FileBatchTest {
    private static final String INPUT = "{\"keys\": [\"a.csv\", \"b.csv\", \"c.csv\"]}";

    // snippet:mocks-when-input
    static final TaskMock FILES = TaskMocks.forState("ProcessFile")          // input: {"FunctionName", "Payload"}
            .whenInput(at("$.Payload.Key").isEqualTo("a.csv"))
                    .returnsPayload("{\"key\": \"a.csv\", \"rows\": 120}")          // wrapped as lambda:invoke returns it
            .whenInput(at("$.Payload.Key").isEqualTo("b.csv"))               // its own script: throttled, then fine
                    .throwsError("Lambda.TooManyRequestsException", "Rate exceeded")
                    .thenReturnsPayload("{\"key\": \"b.csv\", \"rows\": 80}")
            .whenInput(otherwise())                                          // any other file is corrupt
                    .throwsError("Lambda.Unknown", "corrupt file").andSoOn();
    // end-snippet

    @Test
    void eachFileIsAnsweredByItsKey(StepFunctionRunner runner) {
        runner.mock(FILES);

        ExecutionResult result = runner.run(INPUT);

        assertThatExecution(result).succeeded()
                .hasOutput("[{\"key\": \"a.csv\", \"rows\": 120}, {\"key\": \"b.csv\", \"rows\": 80}, "
                        + "{\"key\": \"c.csv\", \"rows\": 0, \"skipped\": true}]")
                .hasDuration(Duration.ofSeconds(2));                             // b.csv's one back-off
        assertThat(runner.mocks().recorded().forState("ProcessFile").count()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theAnswersDoNotDependOnTheOrderTheIterationsRunIn(long seed, StateMachine machine) throws Exception {
        ExecutionResult result = Engine.builder().seed(seed).taskHandler(TaskMocks.of(FILES)).build()
                .execute(machine, Json.parse("{\"keys\": [\"c.csv\", \"b.csv\", \"a.csv\"]}"));

        assertThatExecution(result).succeeded()
                .hasOutputAt("$[1].rows", 80)
                .hasOutputAt("$[2].rows", 120);
    }
}
