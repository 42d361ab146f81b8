package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** The {@code States.*} errors the engine raises itself, and what Retry and Catch may do with them. */
class ErrorNamesTest {

    private static String caughtPass(String fields) {
        return "{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': [{'StartAt': 'X', 'States': {"
                + "'X': {'Type': 'Pass'" + fields + ", 'End': true}}}], 'Catch': [{'ErrorEquals': ['States.ALL'],"
                + " 'Next': 'H'}], 'End': true}, 'H': {'Type': 'Pass', 'End': true}}}";
    }

    @Test
    void resultPathMatchFailureQuotesThePathAndTheInputAndCanBeCaught() {
        ExecutionResult result = run(caughtPass(", 'Result': 1, 'ResultPath': '$.a.b'"), "{'a': 'text'}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().get("Error").textValue()).isEqualTo("States.ResultPathMatchFailure");
        assertThat(result.output().get("Cause").textValue())
                .isEqualTo("Unable to apply ReferencePath $.a.b to input {\"a\":\"text\"}");
    }

    @Test
    void intrinsicFailureCanBeCaught() {
        ExecutionResult result = run(caughtPass(", 'Parameters': {'v.$': 'States.ArrayGetItem($.list, 5)'}"),
                "{'list': [1]}");
        assertThat(result.output().get("Error").textValue()).isEqualTo("States.IntrinsicFailure");
    }

    @Test
    void statesAllCatchesTaskErrorsButNeverStatesRuntime() {
        ExecutionResult result = run(caughtPass(", 'InputPath': '$.missing'"), "{}");
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
    }

    @Test
    void anOversizedExecutionInputIsDataLimitExceeded() {
        String big = "x".repeat(257 * 1024);
        ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}",
                "{'blob': '" + big + "'}");
        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(result.cause()).isEqualTo("The execution input exceeds the maximum size of 262144 bytes");
    }
}
