package dev.sfntest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Navigating histories whose events link as AWS links them: across Map iterations, from a Map's or
 * Parallel's end to its last iteration or branch, from an {@code EvaluationFailed} to the event
 * before its state.
 */
class ExecutionPathTest {

    static ExecutionPath run(String definition, String input) {
        try {
            return ExecutionPath.of(Engine.builder().build().execute(
                    Definitions.build(Json.parse(definition.replace('\'', '"'))), Json.parse(input.replace('\'', '"'))));
        } catch (Exception e) {
            throw new IllegalArgumentException(definition, e);
        }
    }

    private static final String NESTED_MAPS = "{'StartAt': 'Outer', 'States': {'Outer': {'Type': 'Map',"
            + " 'ItemProcessor': {'StartAt': 'Inner', 'States': {'Inner': {'Type': 'Map', 'ItemProcessor':"
            + " {'StartAt': 'Leaf', 'States': {'Leaf': {'Type': 'Pass', 'End': true}}}, 'Next': 'After'},"
            + " 'After': {'Type': 'Pass', 'End': true}}}, 'Next': 'Done'}, 'Done': {'Type': 'Succeed'}}}";

    @Nested
    class MapIterations {
        @Test
        void eachIterationHoldsOnlyItsOwnEventsThoughAwsLinksItToThePreviousOne() {
            ExecutionPath path = run(NESTED_MAPS, "[[1, 2], [3]]");

            ExecutionPath second = path.mapIteration("Outer", 1);

            assertThat(second.enteredStates()).containsExactly("Inner", "Leaf", "After");
            assertThat(second.events().get(0).type()).isEqualTo(HistoryEventType.MapIterationStarted);
            assertThat(second.events().get(second.events().size() - 1).type())
                    .isEqualTo(HistoryEventType.MapIterationSucceeded);
            assertThat(path.mapIteration("Outer", 0).enteredStates()).containsExactly("Inner", "Leaf", "Leaf",
                    "After");
            assertThat(path.mapIteration("Inner", 1).enteredStates()).containsExactly("Leaf");
        }

        @Test
        void theMapsOwnEndEventsBelongToTheMapAndItsExitLeadsOn() {
            ExecutionPath path = run(NESTED_MAPS, "[[1], [2]]");

            assertThat(path.transitions()).containsExactly(new ExecutionPath.Transition("Inner", "After"),
                    new ExecutionPath.Transition("Outer", "Done"));
            assertThat(path.endState()).contains("Done");
            HistoryEvent succeeded = path.events().stream()
                    .filter(e -> e.type() == HistoryEventType.MapStateSucceeded).reduce((a, b) -> b).orElseThrow();
            assertThat(path.stateOf(succeeded)).contains("Outer");
        }

        @Test
        void aRetriedMapCountsAsARetryThoughAwsRecordsNoMapStateFailedBeforeIt() {
            ExecutionPath path = run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {'StartAt':"
                    + " 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'E'}}}, 'Retry': [{'ErrorEquals': ['E'],"
                    + " 'MaxAttempts': 2}], 'End': true}}}", "[1]");

            assertThat(path.retries()).containsExactly(new ExecutionPath.Retry("M", null),
                    new ExecutionPath.Retry("M", null));
            assertThat(path.attempts("M")).isEqualTo(3);
        }

        @Test
        void aCaughtMapFailureIsACatch() {
            ExecutionPath path = run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {'StartAt':"
                    + " 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'E'}}}, 'Catch': [{'ErrorEquals': ['E'],"
                    + " 'Next': 'H'}], 'End': true}, 'H': {'Type': 'Succeed'}}}", "[1]");

            assertThat(path.caught()).containsExactly(new ExecutionPath.Catch("M", null, "H"));
            assertThat(path.retries()).isEmpty();
        }
    }

    @Nested
    class CaughtErrorsOfParallelAndMap {
        @Test
        void aCaughtParallelNamesTheErrorItsFailingBranchEndedWith() {
            ExecutionPath path = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': ["
                    + "{'StartAt': 'A', 'States': {'A': {'Type': 'Fail', 'Error': 'Branch.Broke', 'Cause': 'no'}}}],"
                    + " 'Catch': [{'ErrorEquals': ['States.ALL'], 'ResultPath': '$.failure', 'Next': 'Done'}],"
                    + " 'End': true}, 'Done': {'Type': 'Succeed'}}}", "{'previous': {'Error': 'Older', 'Cause': 'x'}}");

            assertThat(path.caught()).containsExactly(new ExecutionPath.Catch("P", "Branch.Broke", "Done"));
        }

        @Test
        void aCaughtMapNamesTheErrorOfTheIterationThatFailed() {
            ExecutionPath path = run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {"
                    + "'StartAt': 'Check', 'States': {'Check': {'Type': 'Pass', 'Parameters': {'n.$':"
                    + " 'States.StringToJson($.text)'}, 'End': true}}}, 'Catch': [{'ErrorEquals': ['States.ALL'],"
                    + " 'Next': 'Done'}], 'End': true}, 'Done': {'Type': 'Succeed'}}}",
                    "[{'text': '1'}, {'text': 'not json'}]");

            assertThat(path.caught()).extracting(ExecutionPath.Catch::error).containsExactly("States.IntrinsicFailure");
        }
    }

    @Nested
    class ParallelBranches {
        @Test
        void eachBranchHoldsItsEventsAndTheExitLeadsOn() {
            ExecutionPath path = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': ["
                    + "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'A2'}, 'A2': {'Type': 'Pass',"
                    + " 'End': true}}}, {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'End': true}}}],"
                    + " 'Next': 'Done'}, 'Done': {'Type': 'Succeed'}}}", "{}");

            assertThat(path.parallelBranch("P", "A").enteredStates()).containsExactly("A", "A2");
            assertThat(path.parallelBranch("P", "B").enteredStates()).containsExactly("B");
            assertThat(path.transitions()).contains(new ExecutionPath.Transition("P", "Done"));
            assertThat(path.endState()).contains("Done");
        }
    }

    @Nested
    class EvaluationFailures {
        @Test
        void belongToTheirStateAndEndNoTransition() {
            ExecutionPath path = run("{'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {"
                    + "'A': {'Type': 'Pass', 'Next': 'B'},"
                    + "'B': {'Type': 'Pass', 'Output': '{% $nothing %}', 'End': true}}}", "{}");

            HistoryEvent failed = path.events().stream().filter(e -> e.type() == HistoryEventType.EvaluationFailed)
                    .findFirst().orElseThrow();
            assertThat(path.stateOf(failed)).contains("B");
            assertThat(path.transitions()).containsExactly(new ExecutionPath.Transition("A", "B"));
        }
    }
}
