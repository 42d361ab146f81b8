package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.engine;
import static dev.sfntest.engine.EngineFixture.events;
import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static dev.sfntest.engine.EngineFixture.types;
import static dev.sfntest.history.HistoryEventType.ChoiceStateEntered;
import static dev.sfntest.history.HistoryEventType.ChoiceStateExited;
import static dev.sfntest.history.HistoryEventType.ExecutionFailed;
import static dev.sfntest.history.HistoryEventType.ExecutionStarted;
import static dev.sfntest.history.HistoryEventType.ExecutionSucceeded;
import static dev.sfntest.history.HistoryEventType.FailStateEntered;
import static dev.sfntest.history.HistoryEventType.PassStateEntered;
import static dev.sfntest.history.HistoryEventType.PassStateExited;
import static dev.sfntest.history.HistoryEventType.SucceedStateEntered;
import static dev.sfntest.history.HistoryEventType.SucceedStateExited;
import static dev.sfntest.history.HistoryEventType.WaitStateEntered;
import static dev.sfntest.history.HistoryEventType.WaitStateExited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryJson;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Nested
    class PassStates {
        @Test
        void resultIsPlacedAtResultPathAndFilteredByOutputPath() {
            // given
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Result': {'x': 1},"
                    + " 'ResultPath': '$.r', 'OutputPath': '$.r', 'End': true}}}";
            // when
            ExecutionResult result = run(definition, "{'a': 1}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("{'x': 1}"));
        }

        @Test
        void falsyResultsAreResultsAndResultPathDollarReplacesAnyInput() {
            assertThat(run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Result': 0, 'End': true}}}",
                    "{'a': 1}").output()).isEqualTo(json("0"));
            assertThat(run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Result': {'r': 1},"
                    + " 'ResultPath': '$', 'End': true}}}", "[1, 2]").output()).isEqualTo(json("{'r': 1}"));
        }

        @Test
        void nullPathsDiscard() {
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'InputPath': null,"
                    + " 'ResultPath': null, 'End': true}}}";
            assertThat(run(definition, "{'a': 1}").output()).isEqualTo(json("{'a': 1}"));
            assertThat(run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'OutputPath': null, 'End': true}}}",
                    "{'a': 1}").output()).isEqualTo(json("{}"));
        }

        @Test
        void parametersReadInputContextAndIntrinsics() {
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {"
                    + "'id.$': '$.id', 'state.$': '$$.State.Name', 'next.$': 'States.MathAdd($.id, 1)',"
                    + " 'fixed': [1, {'k.$': '$.id'}]}, 'End': true}}}";
            assertThat(run(definition, "{'id': 41}").output())
                    .isEqualTo(json("{'id': 41, 'state': 'P', 'next': 42, 'fixed': [1, {'k': 41}]}"));
        }

        /** The first state's entered event follows event 0, as every AWS recording has it. */
        @Test
        void historyHasAwsEventTypesIdsAndPayloads() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}",
                    "{'a': 1}");
            assertThat(types(result)).containsExactly(ExecutionStarted, PassStateEntered, PassStateExited,
                    ExecutionSucceeded);
            assertThat(HistoryJson.events(result.history()).get(1).toString()).isEqualTo(
                    "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"type\":\"PassStateEntered\",\"id\":2,"
                    + "\"previousEventId\":0,\"stateEnteredEventDetails\":{\"name\":\"P\",\"input\":\"{\\\"a\\\":1}\","
                    + "\"inputDetails\":{\"truncated\":false}}}");
        }
    }

    @Nested
    class ChoiceStates {
        private static final String DEFINITION = "{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': ["
                + "{'Variable': '$.n', 'NumericGreaterThan': 10, 'Next': 'Big'}]},"
                + " 'Big': {'Type': 'Succeed'}}}";

        @Test
        void followsTheFirstMatchingRule() {
            ExecutionResult result = run(DEFINITION, "{'n': 11}");
            assertThat(types(result)).containsExactly(ExecutionStarted, ChoiceStateEntered, ChoiceStateExited,
                    SucceedStateEntered, SucceedStateExited, ExecutionSucceeded);
        }

        @Test
        void failsWithNoChoiceMatchedWithoutDefault() {
            ExecutionResult result = run(DEFINITION, "{'n': 1}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.NoChoiceMatched");
            assertThat(result.cause()).isEqualTo(
                    "No choice rule of the state 'C' matched its input, and it has no Default");
        }

        @Test
        void aMissingVariableIsARuntimeErrorNamingTheStateAndEvent() {
            ExecutionResult result = run(DEFINITION, "{}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).startsWith(
                    "An error occurred while executing the state 'C' (entered at the event id #2). ");
        }
    }

    @Nested
    class WaitStates {
        @Test
        void aYearOfWaitingCostsNoWallTime() {
            String definition = "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 31536000, 'End': true}}}";
            ExecutionResult result = run(definition, "{}");
            assertThat(result.duration()).isEqualTo(Duration.ofDays(365));
            assertThat(types(result)).containsExactly(ExecutionStarted, WaitStateEntered, WaitStateExited,
                    ExecutionSucceeded);
            assertThat(result.history().get(3).timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }

        @Test
        void waitsUntilATimestampFromTheInput() {
            String definition = "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'TimestampPath': '$.at',"
                    + " 'End': true}}}";
            ExecutionResult result = run(definition, "{'at': '2025-01-02T03:00:00+01:00'}");
            assertThat(result.stopDate()).isEqualTo(Instant.parse("2025-01-02T02:00:00Z"));
        }

        @Test
        void aTimestampInThePastDoesNotWait() {
            String definition = "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Timestamp': '2020-01-01T00:00:00Z',"
                    + " 'End': true}}}";
            assertThat(run(definition, "{}").duration()).isZero();
        }

        @Test
        void aNonIntegerSecondsPathIsARuntimeError() {
            String definition = "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'SecondsPath': '$.s', 'End': true}}}";
            ExecutionResult result = run(definition, "{'s': 'soon'}");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'W' (entered at the "
                    + "event id #2). The SecondsPath parameter cannot be parsed as a long value: $.s == soon");
        }

        @Test
        void theExecutionTimeoutEndsALongWaitAsTimedOut() {
            String definition = "{'TimeoutSeconds': 60, 'StartAt': 'W', 'States': {'W': {'Type': 'Wait',"
                    + " 'Seconds': 3600, 'End': true}}}";
            ExecutionResult result = run(definition, "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(result.error()).isNull();
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(60));
        }
    }

    @Nested
    class FailStates {
        @Test
        void failsWithErrorAndCause() {
            ExecutionResult result = run("{'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'E',"
                    + " 'Cause': 'C'}}}", "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("E");
            assertThat(result.cause()).isEqualTo("C");
            assertThat(types(result)).containsExactly(ExecutionStarted, FailStateEntered, ExecutionFailed);
        }

        @Test
        void errorAndCauseMayBeAbsentOrComeFromPaths() {
            ExecutionResult empty = run("{'StartAt': 'F', 'States': {'F': {'Type': 'Fail'}}}", "{}");
            assertThat(empty.error()).isNull();
            assertThat(empty.cause()).isNull();
            ExecutionResult fromPaths = run("{'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'ErrorPath': '$.e',"
                    + " 'CausePath': 'States.Format(\\'bad {}\\', $.id)'}}}", "{'e': 'Oops', 'id': 7}");
            assertThat(fromPaths.error()).isEqualTo("Oops");
            assertThat(fromPaths.cause()).isEqualTo("bad 7");
        }
    }

    @Nested
    class Limits {
        private static final String ENDLESS = "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'B'},"
                + " 'B': {'Type': 'Choice', 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'Done'}],"
                + " 'Default': 'A'}, 'Done': {'Type': 'Succeed'}}}";

        @Test
        void aStandardExecutionStopsAtTwentyFiveThousandEvents() {
            ExecutionResult result = run(ENDLESS, "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("The execution reached the maximum number of history events (25000).");
            assertThat(result.history()).hasSize(25_000);
        }

        @Test
        void anExpressExecutionStopsAtTheTransitionCap() {
            ExecutionResult result = Engine.builder().type(StateMachineType.EXPRESS).maxStateTransitions(1000).build()
                    .execute(Definitions.build(json(ENDLESS)), json("{}"));
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.cause()).isEqualTo("The execution passed the cap of 1000 state transitions "
                    + "(Engine.Builder.maxStateTransitions); is a loop missing its exit?");
        }

        @Test
        void aLoopOfWaitsStopsAtTheVirtualDurationCap() {
            String definition = "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 3600, 'Next': 'C'},"
                    + " 'C': {'Type': 'Choice', 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'Done'}],"
                    + " 'Default': 'W'}, 'Done': {'Type': 'Succeed'}}}";
            ExecutionResult result = Engine.builder().type(StateMachineType.EXPRESS)
                    .maxVirtualDuration(Duration.ofDays(1)).build()
                    .execute(Definitions.build(json(definition)), json("{}"));
            assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(result.duration()).isEqualTo(Duration.ofDays(1));
            assertThat(result.cause()).isEqualTo("The execution passed the cap of PT24H of virtual time "
                    + "(Engine.Builder.maxVirtualDuration)");
        }

        @Test
        void anOversizedTaskResultIsDataLimitExceeded() {
            String definition = "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::"
                    + "lambda:invoke', 'End': true}}}";
            String big = "x".repeat(300 * 1024);
            ExecutionResult result = engine("{'T': {'0': {'Return': {'Payload': '" + big + "'}}}}").build()
                    .execute(Definitions.build(json(definition)), json("{}"));
            assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
            assertThat(result.cause()).isEqualTo("The state/task 'lambda' returned a result with a size exceeding "
                    + "the maximum number of bytes service limit.");
        }
    }

    @Nested
    class Determinism {
        @Test
        void sameInputsAndSeedGiveTheSameHistoryByteForByte() {
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {"
                    + "'id.$': 'States.UUID()', 'exec.$': '$$.Execution.Name'}, 'Next': 'W'},"
                    + " 'W': {'Type': 'Wait', 'Seconds': 5, 'End': true}}}";
            Engine engine = Engine.builder().seed(42).build();
            var machine = Definitions.build(json(definition));
            String first = HistoryJson.events(engine.execute(machine, json("{}")).history()).toString();
            String second = HistoryJson.events(engine.execute(machine, json("{}")).history()).toString();
            String otherSeed = HistoryJson.events(Engine.builder().seed(43).build().execute(machine, json("{}"))
                    .history()).toString();
            assertThat(first).isEqualTo(second).isNotEqualTo(otherSeed);
        }
    }
}
