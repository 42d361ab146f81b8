package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.INVOKE;
import static dev.sfntest.mock.MockFixture.chargeThenShip;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskMocksMatchingTest {

    @Nested
    class ByNameOrResource {
        @Test
        void aResourceMockAnswersEveryStateCallingThatResource() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forResource(INVOKE).answers(
                    invocation -> TaskOutcome.success(json("'" + invocation.stateName() + "'"))));
            ExecutionResult result = run(chargeThenShip(), "{}", mocks);
            assertThat(result.output()).isEqualTo(json("'Ship'"));
            assertThat(mocks.recorded().stateNames()).containsExactly("Charge", "Ship");
        }

        @Test
        void aStateMockWinsOverAResourceMock() {
            TaskMocks mocks = TaskMocks.of(
                    TaskMocks.forResource(INVOKE).returns(json("'by resource'")).andSoOn(),
                    TaskMocks.forState("Ship").returns(json("'by state'")));
            ExecutionResult result = run(chargeThenShip(), "{}", mocks);
            assertThat(result.output()).isEqualTo(json("'by state'"));
        }

        @Test
        void statesNestedInParallelBranchesAreMockedByTheirNames() {
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': ["
                    + "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': '" + INVOKE + "', 'End': true}}},"
                    + "{'StartAt': 'B', 'States': {'B': {'Type': 'Task', 'Resource': '" + INVOKE + "', 'End': true}}}"
                    + "]}}}";
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("A").returns(json("1")),
                    TaskMocks.forState("B").returns(json("2")));
            assertThat(run(definition, "{}", mocks).output()).isEqualTo(json("[1, 2]"));
        }
    }

    @Nested
    class AttemptCounter {
        @Test
        void mapIterationsShareOneCounterPerState() {
            // given: three items; the script answers attempt 0, 1 and 2 differently
            String definition = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, 'ItemProcessor': "
                    + "{'StartAt': 'Price', 'States': {'Price': {'Type': 'Task', 'Resource': '" + INVOKE
                    + "', 'End': true}}}}}}";
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Price").returns(json("10")).thenReturns(json("20"))
                    .thenReturns(json("30")));
            // when
            ExecutionResult result = run(definition, "['a', 'b', 'c']", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("[10, 20, 30]"));
            assertThat(mocks.recorded().list()).extracting(RecordedInvocation::attempt).containsExactly(0, 1, 2);
        }

        @Test
        void aLoopAdvancesTheCounterOnEveryVisit() {
            // given: Poll until it reports done; the third poll does
            String definition = "{'StartAt': 'Poll', 'States': {'Poll': {'Type': 'Task', 'Resource': '" + INVOKE
                    + "', 'Next': 'Done?'}, 'Done?': {'Type': 'Choice', 'Choices': [{'Variable': '$.done', "
                    + "'BooleanEquals': true, 'Next': 'End'}], 'Default': 'Wait'}, 'Wait': {'Type': 'Wait', "
                    + "'Seconds': 60, 'Next': 'Poll'}, 'End': {'Type': 'Succeed'}}}";
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Poll").returns(json("{'done': false}")).times(2)
                    .thenReturns(json("{'done': true}")));
            // when
            ExecutionResult result = run(definition, "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("{'done': true}"));
            assertThat(mocks.recorded().list()).extracting(i -> i.instant().getEpochSecond()
                    - result.startDate().getEpochSecond()).containsExactly(0L, 60L, 120L);
        }

        @Test
        void aResourceMockCountsAttemptsPerState() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forResource(INVOKE).returns(json("'first'"))
                    .thenReturns(json("'second'")));
            ExecutionResult result = run(chargeThenShip(), "{}", mocks);
            assertThat(result.output()).isEqualTo(json("'first'"));
            assertThat(mocks.recorded().list()).extracting(RecordedInvocation::attempt).containsExactly(0, 0);
        }
    }
}
