package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Runaway values and loops end the execution with a clear cause before they exhaust the stack or the heap. */
class HardLimitsTest {
    private static final String WRAPPING_LOOP = "{'StartAt': 'Wrap', 'States': {"
            + "'Wrap': {'Type': 'Pass', 'Parameters': {'inner.$': '$', 'n.$': 'States.MathAdd($.n, 1)'}, 'Next': 'More'},"
            + "'More': {'Type': 'Choice', 'Choices': [{'Variable': '$.n', 'NumericLessThan': 5000, 'Next': 'Wrap'}],"
            + " 'Default': 'Done'}, 'Done': {'Type': 'Succeed'}}}";

    @Nested
    class DeepValues {
        @Test
        void aLoopThatWrapsItsInputEndsWhenTheOutputPassesAThousandLevels() {
            ExecutionResult result = Engine.builder().type(StateMachineType.EXPRESS).build()
                    .execute(Definitions.build(json(WRAPPING_LOOP)), json("{'n': 0}"));

            assertThat(result.status().name()).isEqualTo("FAILED");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("The output of the state 'Wrap' nests deeper than 1000 levels, the most "
                    + "sfn-test handles");
        }
    }

    @Nested
    class ExpressHistory {
        @Test
        void aRunawayExpressLoopStopsAtAMillionHistoryEvents() {
            String loop = "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'B'}, 'B': {'Type': 'Choice',"
                    + " 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'C'}], 'Default': 'A'},"
                    + " 'C': {'Type': 'Succeed'}}}";

            ExecutionResult result = Engine.builder().type(StateMachineType.EXPRESS).build()
                    .execute(Definitions.build(json(loop)), json("{}"));

            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("The execution passed 1000000 history events, the most sfn-test keeps "
                    + "for an EXPRESS execution; is a loop missing its exit?");
            assertThat(result.history().size()).isLessThanOrEqualTo(1_000_004);
        }
    }

    @Nested
    class UnmockedActivities {
        @Test
        void anActivityNothingAnswersWithoutATimeoutIsAnUnmockedTaskWhenRunToTheEnd() {
            String activity = "{'StartAt': 'Transcode', 'States': {'Transcode': {'Type': 'Task', 'Resource': "
                    + "'arn:aws:states:us-east-1:123456789012:activity:transcode', 'End': true}}}";

            assertThatThrownBy(() -> run(activity, "{}"))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessage("The Task state 'Transcode' (activity arn:aws:states:us-east-1:123456789012:activity:"
                            + "transcode) has no mocked response, and no activity worker polls it.\n"
                            + "  Mock it by state name, for example {\"Transcode\": {\"0\": {\"Return\": {}}}}, or act as "
                            + "the worker on Engine.start(...) with getActivityTask.");
        }
    }

    @Nested
    class Placeholders {
        @Test
        void aStartAtLeftAsAPlaceholderFailsTheExecutionInsteadOfCrashing() {
            ExecutionResult result = run("{'StartAt': '${First}', 'States': {'A': {'Type': 'Pass', 'End': true}}}", "{}");

            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("The state machine has no state named '${First}'; it is a placeholder "
                    + "left unsubstituted: pass its value as a substitution");
        }

        @Test
        void aTypeTestLeftAsAPlaceholderFailsTheExecutionInsteadOfCrashing() {
            ExecutionResult result = run("{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': [{'Variable': "
                    + "'$.a', 'IsNumeric': '${Flag}', 'Next': 'D'}], 'Default': 'D'}, 'D': {'Type': 'Succeed'}}}",
                    "{'a': 1}");

            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).contains("IsNumeric takes true or false, not \"${Flag}\" (a placeholder left "
                    + "unsubstituted: pass its value as a substitution)");
        }
    }
}
