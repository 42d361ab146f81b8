package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The status line of a failed status assertion shows the error, and the cause only when there is one. */
class StatusMessageTest {
    @Nested
    class AnAbsentCause {
        @Test
        void isNotPrintedAsNull() throws Exception {
            // given an execution that failed with an error and no cause
            ExecutionResult result = Engine.builder().build().execute(Definitions.parse("""
                    {"StartAt": "Reject", "States": {"Reject": {"Type": "Fail", "Error": "OrderRejected"}}}
                    """), Json.parse("{}"));

            // when
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).succeeded());

            // then
            assertThat(error.getMessage().lines().limit(2)).containsExactly(
                    "Expected the execution to have status SUCCEEDED",
                    "but it was FAILED with OrderRejected.");
        }
    }
}
