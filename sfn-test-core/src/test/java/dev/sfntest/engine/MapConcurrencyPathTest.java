package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** A MaxConcurrencyPath that reads a negative number fails the Map, as a negative ToleratedFailureCountPath does. */
class MapConcurrencyPathTest {
    private static final String MAP = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.items',"
            + " 'MaxConcurrencyPath': '$.limit', 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass',"
            + " 'End': true}}}, 'End': true}}}";

    @Test
    void aNegativeValueIsARuntimeError() {
        // when
        ExecutionResult result = run(MAP, "{'items': [1, 2], 'limit': -1}");
        // then
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the event id "
                + "#2). MaxConcurrency cannot be negative.");
    }

    @Test
    void zeroStillMeansNoLimit() {
        assertThat(run(MAP, "{'items': [1, 2], 'limit': 0}").output()).hasSize(2);
    }
}
