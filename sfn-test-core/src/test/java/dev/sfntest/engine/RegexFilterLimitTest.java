package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import org.junit.jupiter.api.Test;

/** A JSONPath {@code =~} filter that backtracks catastrophically fails the state instead of hanging. */
class RegexFilterLimitTest {
    @Test
    void aCatastrophicFilterInParametersIsARuntimeErrorNamingThePath() {
        // given
        String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {'m.$':"
                + " '$.items[?(@.s =~ /(.*a){20}b/)]'}, 'End': true}}}";
        // when
        ExecutionResult result = run(definition, "{'items': [{'s': '" + "a".repeat(40) + "!'}]}");
        // then
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the event id "
                + "#2). The regular expression filter of the path '$.items[?(@.s =~ /(.*a){20}b/)]' read more than "
                + "10000000 characters (catastrophic backtracking?); simplify the pattern");
    }
}
