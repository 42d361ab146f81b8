package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.events;
import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static dev.sfntest.history.HistoryEventType.MapIterationAborted;
import static dev.sfntest.history.HistoryEventType.MapIterationStarted;
import static dev.sfntest.history.HistoryEventType.MapIterationSucceeded;
import static dev.sfntest.history.HistoryEventType.MapStateStarted;
import static dev.sfntest.history.HistoryEventType.ParallelStateFailed;
import static dev.sfntest.history.HistoryEventType.WaitStateAborted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParallelAndMapTest {

    @Nested
    class Parallel {
        private static final String TWO_BRANCHES = "{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel',"
                + " 'Branches': ["
                + "{'StartAt': 'Slow', 'States': {'Slow': {'Type': 'Wait', 'Seconds': 10, 'Next': 'A'},"
                + "  'A': {'Type': 'Pass', 'Result': 'a', 'End': true}}},"
                + "{'StartAt': 'Fast', 'States': {'Fast': {'Type': 'Pass', 'Result': 'b', 'End': true}}}],"
                + " 'End': true}}}";

        @Test
        void resultsComeInBranchOrderAndBranchesRunConcurrently() {
            ExecutionResult result = run(TWO_BRANCHES, "{}");
            assertThat(result.output()).isEqualTo(json("['a', 'b']"));
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
        }

        @Test
        void aFailingBranchAbortsItsSiblingsAndCanBeCaught() {
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': ["
                    + "{'StartAt': 'Slow', 'States': {'Slow': {'Type': 'Wait', 'Seconds': 10, 'End': true}}},"
                    + "{'StartAt': 'Boom', 'States': {'Boom': {'Type': 'Fail', 'Error': 'Broken', 'Cause': 'c'}}}],"
                    + " 'Catch': [{'ErrorEquals': ['Broken'], 'Next': 'H'}], 'End': true},"
                    + " 'H': {'Type': 'Pass', 'End': true}}}";
            ExecutionResult result = run(definition, "{'x': 1}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("{'Error': 'Broken', 'Cause': 'c'}"));
            assertThat(result.duration()).isZero();
            assertThat(events(result, WaitStateAborted)).hasSize(1);
            assertThat(events(result, ParallelStateFailed)).hasSize(1);
        }
    }

    @Nested
    class Map {
        private static String map(String fields, String iteration) {
            return "{'StartAt': 'M', 'States': {'M': {'Type': 'Map'" + fields + ", 'ItemProcessor': {'StartAt': 'I',"
                    + " 'States': {" + iteration + "}}, 'End': true}}}";
        }

        @Test
        void resultsComeInItemOrderWithItemSelectorAndContext() {
            String definition = map(", 'ItemsPath': '$.items', 'ItemSelector': {'v.$': '$$.Map.Item.Value',"
                    + " 'i.$': '$$.Map.Item.Index', 'tag.$': '$.tag'}", "'I': {'Type': 'Pass', 'End': true}");
            ExecutionResult result = run(definition, "{'items': ['x', 'y'], 'tag': 't'}");
            assertThat(result.output()).isEqualTo(json("[{'v': 'x', 'i': 0, 'tag': 't'}, {'v': 'y', 'i': 1, 'tag': 't'}]"));
            assertThat(((EventDetails.MapStateStarted) events(result, MapStateStarted).get(0).details()).length())
                    .isEqualTo(2);
            assertThat(events(result, MapIterationSucceeded)).hasSize(2);
        }

        @Test
        void maxConcurrencyBoundsIterationsInFlight() {
            String definition = map(", 'MaxConcurrency': 2", "'I': {'Type': 'Wait', 'Seconds': 60, 'End': true}");
            ExecutionResult result = run(definition, "[1, 2, 3, 4, 5]");
            assertThat(result.duration()).isEqualTo(Duration.ofMinutes(3));
            ExecutionResult unbounded = run(map("", "'I': {'Type': 'Wait', 'Seconds': 60, 'End': true}"),
                    "[1, 2, 3, 4, 5]");
            assertThat(unbounded.duration()).isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void inlineMapRunsAtMostFortyIterationsAtOnce() {
            String definition = map(", 'MaxConcurrency': 0", "'I': {'Type': 'Wait', 'Seconds': 1, 'End': true}");
            StringBuilder items = new StringBuilder("[0");
            for (int i = 1; i < 41; i++) {
                items.append(", ").append(i);
            }
            ExecutionResult result = run(definition, items.append(']').toString());
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(2));
        }

        @Test
        void aFailingIterationFailsTheMapAndAbortsTheOthers() {
            String definition = map("", "'I': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericEquals': 2,"
                    + " 'Next': 'Bad'}], 'Default': 'Slow'}, 'Bad': {'Type': 'Fail', 'Error': 'Two'},"
                    + " 'Slow': {'Type': 'Wait', 'Seconds': 5, 'End': true}");
            ExecutionResult result = run(definition, "[1, 2, 3]");
            assertThat(result.error()).isEqualTo("Two");
            // iteration 0 waits, iteration 1 fails, iteration 2 (not started at that instant) never starts
            assertThat(events(result, MapIterationStarted)).hasSize(2);
            assertThat(events(result, MapIterationAborted)).hasSize(1);
            assertThat(result.duration()).isZero();
        }

        @Test
        void toleratedFailuresLetTheMapSucceedUntilTheThresholdPasses() {
            String iteration = "'I': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericGreaterThan': 1,"
                    + " 'Next': 'Bad'}], 'Default': 'Ok'}, 'Bad': {'Type': 'Fail', 'Error': 'E'},"
                    + " 'Ok': {'Type': 'Pass', 'End': true}";
            ExecutionResult tolerated = run(map(", 'ToleratedFailureCount': 2", iteration), "[1, 2, 3]");
            assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(tolerated.output()).isEqualTo(json("[1, {'Error': 'E'}, {'Error': 'E'}]"));
            ExecutionResult exceeded = run(map(", 'ToleratedFailureCount': 1", iteration), "[1, 2, 3]");
            assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        }

        @Test
        void itemsThatAreNotAnArrayAreARuntimeError() {
            ExecutionResult result = run(map(", 'ItemsPath': '$.items'", "'I': {'Type': 'Pass', 'End': true}"),
                    "{'items': 3}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the "
                    + "event id #2). Map state input must be an array, but the ItemsPath '$.items' selects 3");
        }
    }
}
