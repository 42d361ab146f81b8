package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@code previousEventId} links and the events AWS records around Map, Parallel and failed
 * expressions, each as a shared conformance recording shows it (named on each test).
 */
class HistoryLinksTest {

    /** Each event as {@code "id<previousEventId Type"}. */
    static List<String> links(ExecutionResult result) {
        return result.history().stream().map(e -> e.id() + "<" + e.previousEventId() + " " + e.type()).toList();
    }

    static HistoryEvent first(ExecutionResult result, HistoryEventType type) {
        return result.history().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private static String map(String fields, String iteration) {
        return "{'StartAt': 'M', 'States': {'M': {'Type': 'Map'" + fields + ", 'ItemProcessor': {'StartAt': 'I',"
                + " 'States': {" + iteration + "}}, 'End': true}}}";
    }

    /** A Map whose every iteration fails with {@code E}, with the given Retry or Catch and more states. */
    private static String failingMap(String handling, String moreStates) {
        return "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'F',"
                + " 'States': {'F': {'Type': 'Fail', 'Error': 'E'}}}, " + handling + ", 'End': true}" + moreStates
                + "}}";
    }

    @Nested
    class FirstState {
        /** Every recording, e.g. {@code base-scenarios-choice-*}. */
        @Test
        void followsEventZero() {
            ExecutionResult result = run("{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': ["
                    + "{'Variable': '$.x', 'IsPresent': true, 'Next': 'D'}], 'Default': 'D'},"
                    + " 'D': {'Type': 'Succeed'}}}", "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 ChoiceStateEntered",
                    "3<2 ChoiceStateExited", "4<3 SucceedStateEntered", "5<4 SucceedStateExited",
                    "6<5 ExecutionSucceeded");
        }
    }

    @Nested
    class InlineMap {
        /** {@code base-scenarios-map-state-legacy}: later iterations skip the previous MapIterationSucceeded. */
        @Test
        void iterationsFollowThePreviousIterationsLastStateEvent() {
            ExecutionResult result = run(map(", 'ItemsPath': '$.items'", "'I': {'Type': 'Pass', 'End': true}"),
                    "{'items': [1, 2]}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<2 MapStateStarted", "4<3 MapIterationStarted", "5<4 PassStateEntered", "6<5 PassStateExited",
                    "7<6 MapIterationSucceeded", "8<6 MapIterationStarted", "9<8 PassStateEntered",
                    "10<9 PassStateExited", "11<10 MapIterationSucceeded", "12<11 MapStateSucceeded",
                    "13<11 MapStateExited", "14<13 ExecutionSucceeded");
        }

        /** {@code base-scenarios-map-state-items-input-array-empty}. */
        @Test
        void withNoItemsSucceededAndExitedFollowMapStateStarted() {
            ExecutionResult result = run(map("", "'I': {'Type': 'Pass', 'End': true}"), "[]");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<2 MapStateStarted", "4<3 MapStateSucceeded", "5<3 MapStateExited", "6<5 ExecutionSucceeded");
        }

        /** {@code base-scenarios-map-state-retry-multiple-retriers}: no MapStateFailed before a retry. */
        @Test
        void aRetriedFailureRecordsNoMapStateFailed() {
            ExecutionResult result = run(failingMap("'Retry': [{'ErrorEquals': ['E'], 'MaxAttempts': 1,"
                    + " 'IntervalSeconds': 1}]", ""), "[1]");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<2 MapStateStarted", "4<3 MapIterationStarted", "5<4 FailStateEntered",
                    "6<5 MapIterationFailed", "7<5 MapStateStarted", "8<7 MapIterationStarted", "9<8 FailStateEntered",
                    "10<9 MapIterationFailed", "11<9 MapStateFailed", "12<11 ExecutionFailed");
        }

        /** Assumed: a caught failure leaves the state, so MapStateFailed is recorded, then MapStateExited. */
        @Test
        void aCaughtFailureRecordsMapStateFailed() {
            ExecutionResult result = run(failingMap("'Catch': [{'ErrorEquals': ['E'], 'Next': 'H'}]",
                    ", 'H': {'Type': 'Succeed'}"), "[1]");

            assertThat(links(result)).containsSubsequence("5<4 FailStateEntered", "6<5 MapIterationFailed",
                    "7<5 MapStateFailed", "8<7 MapStateExited", "9<8 SucceedStateEntered");
        }

        /** {@code base-scenarios-map-state-items-eval-jsonata-fail-boolean}. */
        @Test
        void itsOwnQueryEvaluationErrorRecordsEvaluationFailedThenMapStateFailed() {
            String definition = "{'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map',"
                    + " 'Items': '{% true %}', 'ItemProcessor': {'StartAt': 'I', 'States': {'I': {'Type': 'Pass',"
                    + " 'End': true}}}, 'End': true}}}";

            ExecutionResult result = run(definition, "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<0 EvaluationFailed", "4<3 MapStateFailed", "5<4 ExecutionFailed");
            assertThat(first(result, HistoryEventType.EvaluationFailed).details()).isEqualTo(
                    new EventDetails.EvaluationFailed("States.QueryEvaluationError", "An error occurred while executing"
                            + " the state 'M' (entered at the event id #2). The JSONata expression 'true' specified for"
                            + " the field 'Items' returned an unexpected result type. Expected 'array', but was"
                            + " 'boolean' for value: true", "Items", "M"));
        }

        /** {@code base-scenarios-max-concurrency-path-nonumber}: a States.Runtime error records no MapStateFailed. */
        @Test
        void aRuntimeErrorRecordsNoMapStateFailed() {
            ExecutionResult result = run(map(", 'MaxConcurrencyPath': '$.n', 'ItemsPath': '$.items'",
                    "'I': {'Type': 'Pass', 'End': true}"), "{'n': 'x', 'items': [1]}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<2 ExecutionFailed");
        }
    }

    @Nested
    class DistributedMap {
        private static final String DISTRIBUTED = "'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED',"
                + " 'ExecutionType': 'STANDARD'}, 'StartAt': 'I', 'States': {'I': {'Type': 'Pass', 'End': true}}}";

        /** {@code base-scenarios-map-state-nested-config-distributed} (recorded 2024-12). */
        @Test
        void mapStateExitedFollowsMapRunStarted() {
            ExecutionResult result = run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', " + DISTRIBUTED
                    + ", 'End': true}}}", "[1, 2]");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<2 MapStateStarted", "4<3 MapRunStarted", "5<4 MapRunSucceeded", "6<5 MapStateSucceeded",
                    "7<4 MapStateExited", "8<7 ExecutionSucceeded");
            assertThat(first(result, HistoryEventType.MapStateStarted).details())
                    .isEqualTo(new EventDetails.MapStateStarted(2));
        }

        /** {@code base-scenarios-map-state-tolerated-failure-percentage-path-nonumber}. */
        @Test
        void mapStateStartedComesBeforeTheToleratedFailureThresholdIsRead() {
            ExecutionResult result = run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.items',"
                    + " 'ToleratedFailurePercentagePath': '$.p', " + DISTRIBUTED + ", 'End': true}}}",
                    "{'items': [0], 'p': 'NoNumber'}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 MapStateEntered",
                    "3<2 MapStateStarted", "4<3 ExecutionFailed");
        }
    }

    @Nested
    class Parallel {
        private static final String BRANCHES = "'Branches': ["
                + "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}},"
                + "{'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'End': true}}}]";

        /** {@code base-scenarios-parallel-state-parallel-state}: Exited follows the last branch event. */
        @Test
        void succeededAndExitedFollowTheLastBranchEvent() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', " + BRANCHES
                    + ", 'End': true}}}", "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 ParallelStateEntered",
                    "3<2 ParallelStateStarted", "4<3 PassStateEntered", "5<4 PassStateExited",
                    "6<3 PassStateEntered", "7<6 PassStateExited", "8<7 ParallelStateSucceeded",
                    "9<7 ParallelStateExited", "10<9 ExecutionSucceeded");
        }

        /** The recording: ParallelStateFailed follows the failed branch's last event. */
        @Test
        void failedFollowsTheFailedBranchsLastEvent() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': ["
                    + "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}},"
                    + "{'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'E'}}}], 'End': true}}}", "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 ParallelStateEntered",
                    "3<2 ParallelStateStarted", "4<3 PassStateEntered", "5<4 PassStateExited",
                    "6<3 FailStateEntered", "7<6 ParallelStateFailed", "8<7 ExecutionFailed");
        }

        /**
         * As a Map's Items failure records EvaluationFailed then MapStateFailed
         * ({@code base-scenarios-map-state-items-eval-jsonata-fail-*}), a Parallel's Arguments failure is
         * the state's own error: recorded, then caught by its Catch.
         */
        @Test
        void itsOwnQueryEvaluationErrorIsRecordedAndCaught() {
            ExecutionResult result = run("{'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {'P': {"
                    + "'Type': 'Parallel', 'Arguments': '{% $nothing %}', " + BRANCHES + ", 'Catch': [{"
                    + "'ErrorEquals': ['States.QueryEvaluationError'], 'Next': 'H'}], 'End': true},"
                    + " 'H': {'Type': 'Succeed'}}}", "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 ParallelStateEntered",
                    "3<0 EvaluationFailed", "4<3 ParallelStateFailed", "5<4 ParallelStateExited",
                    "6<5 SucceedStateEntered", "7<6 SucceedStateExited", "8<7 ExecutionSucceeded");
            assertThat(result.output().get("Error").asText()).isEqualTo("States.QueryEvaluationError");
        }

        /** Assumed, as for Map: no ParallelStateFailed before a retry. */
        @Test
        void aRetriedFailureRecordsNoParallelStateFailed() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': ["
                    + "{'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'E'}}}],"
                    + " 'Retry': [{'ErrorEquals': ['E'], 'MaxAttempts': 1}], 'End': true}}}", "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 ParallelStateEntered",
                    "3<2 ParallelStateStarted", "4<3 FailStateEntered", "5<4 ParallelStateStarted",
                    "6<5 FailStateEntered", "7<6 ParallelStateFailed", "8<7 ExecutionFailed");
        }
    }

    @Nested
    class EvaluationFailed {
        /** {@code assign-reference-variables-undefined-reference-*}: it follows the event before the entered one. */
        @Test
        void followsTheEventBeforeTheStateWasEnteredAndNamesTheField() {
            ExecutionResult result = run("{'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {"
                    + "'A': {'Type': 'Pass', 'Next': 'B'},"
                    + "'B': {'Type': 'Pass', 'Output': {'result': '{% $doesNotExist %}'}, 'End': true}}}", "{}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 PassStateEntered",
                    "3<2 PassStateExited", "4<3 PassStateEntered", "5<3 EvaluationFailed", "6<5 ExecutionFailed");
            assertThat(first(result, HistoryEventType.EvaluationFailed).details()).isEqualTo(
                    new EventDetails.EvaluationFailed("States.QueryEvaluationError", "An error occurred while executing"
                            + " the state 'B' (entered at the event id #4). The JSONata expression '$doesNotExist'"
                            + " specified for the field 'Output/result' returned nothing (undefined).",
                            "Output/result", "B"));
        }

        /** {@code base-scenarios-wait-timestamp-jsonata-no-t}: a Wait state's follows its entered event. */
        @Test
        void inAWaitStateFollowsTheEnteredEvent() {
            ExecutionResult result = run("{'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {'W': {'Type': 'Wait',"
                    + " 'Timestamp': '{% $states.input.t %}', 'End': true}}}", "{'t': '2016-12-05 21:29:29Z'}");

            assertThat(links(result)).containsExactly("1<0 ExecutionStarted", "2<0 WaitStateEntered",
                    "3<2 EvaluationFailed", "4<3 ExecutionFailed");
            assertThat(((EventDetails.EvaluationFailed) first(result, HistoryEventType.EvaluationFailed).details())
                    .location()).isEqualTo("Timestamp");
        }
    }

    @Nested
    class ContextObject {
        /** {@code context-object-input-path}: a Pass state's {@code $$.State} has no RetryCount. */
        @Test
        void aPassStateHasNoRetryCount() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass',"
                    + " 'Parameters': {'s.$': '$$.State'}, 'End': true}}}", "{}");

            assertThat(result.output().get("s").fieldNames()).toIterable().containsExactly("EnteredTime", "Name");
        }

        /** {@code base-scenarios-lambda-service-invoke-with-retry-extended-input}: a Task state's has. */
        @Test
        void aTaskStateHasRetryCount() {
            ExecutionResult result = EngineFixture.run("{'StartAt': 'T', 'States': {'T': {'Type': 'Task',"
                    + " 'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'s.$': '$$.State'},"
                    + " 'ResultSelector': {'s.$': '$$.State.RetryCount'}, 'End': true}}}", "{}",
                    "{'T': {'0': {'Return': {}}}}");

            assertThat(result.output()).isEqualTo(json("{'s': 0}"));
        }
    }

    @Nested
    class FailPaths {
        /** {@code base-scenarios-invalid-jsonpath-invalid-jsonpath-in-errorpath}. */
        @Test
        void anErrorPathThatSelectsNothingIsWordedAsAws() {
            ExecutionResult result = Engine.builder().build().execute(Definitions.build(json("{'StartAt': 'F',"
                    + " 'States': {'F': {'Type': 'Fail', 'ErrorPath': '$.ErrorX'}}}")), json("{'a': 1}"));

            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'F' (entered at the"
                    + " event id #2). The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found"
                    + " in the input '{\"a\":1}'");
        }
    }
}
