package dev.sfntest.mock;

import static dev.sfntest.mock.InputMatchers.at;
import static dev.sfntest.mock.InputMatchers.matching;
import static dev.sfntest.mock.InputMatchers.otherwise;
import static dev.sfntest.mock.MockFixture.INVOKE;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InputMatchingTest {
    /** A Map over the input's items; each iteration calls Process with {"Key": item}, retried once on any error. */
    private static final String MAP = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, "
            + "'ItemProcessor': {'StartAt': 'Process', 'States': {'Process': {'Type': 'Task', 'Resource': '" + INVOKE
            + "', 'Parameters': {'FunctionName': 'process', 'Payload': {'Key.$': '$'}}, 'ResultSelector': "
            + "{'rows.$': '$.Payload.rows'}, 'Retry': [{'ErrorEquals': ['States.ALL'], 'MaxAttempts': 1, "
            + "'IntervalSeconds': 1}], 'End': true}}}}}}";

    private static TaskMock byKey() {
        return TaskMocks.forState("Process")
                .whenInput(at("$.Payload.Key").isEqualTo("a.csv")).returnsPayload("{'rows': 1}".replace('\'', '"'))
                .whenInput(at("$.Payload.Key").isEqualTo("b.csv")).throwsError("Lambda.Unknown", "flaky")
                        .thenReturnsPayload(json("{'rows': 2}")).after(Duration.ofSeconds(5))
                .whenInput(at("$.Payload.Key").isEqualTo("c.csv")).returnsPayload(json("{'rows': 3}"))
                        .after(Duration.ofSeconds(2));
    }

    private static ExecutionResult runSeeded(long seed, TaskMocks mocks) {
        return Engine.builder().seed(seed).taskHandler(mocks).build()
                .execute(Definitions.build(json(MAP)), json("['b.csv', 'c.csv', 'a.csv']"));
    }

    @Nested
    class InAMap {
        @Test
        void eachIterationIsAnsweredByItsKeyWhateverTheInterleaving() {
            for (long seed = 0; seed < 8; seed++) {
                // given: a fresh set of mocks; b.csv fails once, then succeeds on its retry
                TaskMocks mocks = TaskMocks.of(byKey());
                // when
                ExecutionResult result = runSeeded(seed, mocks);
                // then
                assertThat(result.output()).as("seed %d", seed)
                        .isEqualTo(json("[{'rows': 2}, {'rows': 3}, {'rows': 1}]"));
                assertThat(mocks.recorded().forState("Process").count()).isEqualTo(4);
                assertThat(mocks.unusedMocks()).isEmpty();
            }
        }

        @Test
        void anItemNoBlockMatchesStopsTheRunNamingTheMatchersTried() {
            TaskMocks mocks = TaskMocks.of(byKey());
            assertThatThrownBy(() -> Engine.builder().taskHandler(mocks).build()
                    .execute(Definitions.build(json(MAP)), json("['d.csv']")))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessage("The Task state 'Process' (resource arn:aws:states:::lambda:invoke, attempt 0) has no "
                            + "mocked response.\n"
                            + "  input: {\"FunctionName\":\"process\",\"Payload\":{\"Key\":\"d.csv\"}}\n"
                            + "  no block of TaskMock for state 'Process' matches the input (first match wins); it "
                            + "tried:\n"
                            + "    - whenInput($.Payload.Key is \"a.csv\")\n"
                            + "    - whenInput($.Payload.Key is \"b.csv\")\n"
                            + "    - whenInput($.Payload.Key is \"c.csv\")\n"
                            + "  Add a block for this input, or end with whenInput(otherwise())")
                    .satisfies(e -> {
                        assertThat(((UnmockedTaskException) e).stateName()).isEqualTo("Process");
                        assertThat(((UnmockedTaskException) e).attempt()).isZero();
                    });
        }

        @Test
        void aBlockCountsItsOwnCallsAndReportsTheCallPastItsScript() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Process")
                    .whenInput(at("$.Payload.Key").isEqualTo("a.csv")).returnsPayload(json("{'rows': 1}")));
            assertThatThrownBy(() -> Engine.builder().taskHandler(mocks).build()
                    .execute(Definitions.build(json(MAP)), json("['a.csv', 'a.csv']")))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessage("The Task state 'Process' (resource arn:aws:states:::lambda:invoke, attempt 1) has no "
                            + "mocked response.\n"
                            + "  input: {\"FunctionName\":\"process\",\"Payload\":{\"Key\":\"a.csv\"}}\n"
                            + "  closest mocks:\n"
                            + "    - the script for 'Process' when $.Payload.Key is \"a.csv\" has 1 response; matching "
                            + "call 1 (attempt 1) is past it — add .andSoOn() or another response");
        }

        @Test
        void eachExecutionCountsItsBlocksAfresh() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Process")
                    .whenInput(otherwise()).returnsPayload(json("{'rows': 7}")));
            Engine engine = Engine.builder().taskHandler(mocks).build();
            engine.execute(Definitions.build(json(MAP)), json("['x']"));
            ExecutionResult second = Engine.builder().taskHandler(mocks).executionName("second").build()
                    .execute(Definitions.build(json(MAP)), json("['y']"));
            assertThat(second.output()).isEqualTo(json("[{'rows': 7}]"));
        }
    }

    @Nested
    class Blocks {
        private final String task = MockFixture.task("Price", "arn:aws:states:::sqs:sendMessage", "");

        @Test
        void theFirstMatchingBlockWins() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Price")
                    .whenInput(at("$.sku").exists()).returns("'any sku'".replace('\'', '"'))
                    .whenInput(at("$.sku").isEqualTo("apple")).returns(json("'apple'")));
            assertThat(run(task, "{'sku': 'apple'}", mocks).output()).isEqualTo(json("'any sku'"));
            assertThat(mocks.unusedMocks()).containsExactly(
                    "TaskMock for state 'Price' when $.sku is \"apple\": never called");
        }

        @Test
        void otherwiseAnswersWhatNoEarlierBlockMatched() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Price")
                    .whenInput(at("$.sku").isEqualTo("apple")).returns(json("1"))
                    .whenInput(otherwise()).returns(json("0")).andSoOn());
            assertThat(run(task, "{'sku': 'pear'}", mocks).output()).isEqualTo(json("0"));
        }

        @Test
        void aResourceMockMatchesByInputToo() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forResource("arn:aws:states:::sqs:sendMessage")
                    .whenInput(matching(input -> input.path("n").asInt() > 2)).returns(json("'big'"))
                    .whenInput(otherwise()).returns(json("'small'")));
            assertThat(run(task, "{'n': 3}", mocks).output()).isEqualTo(json("'big'"));
        }

        @Test
        void aBlockPartlyUsedIsReportedWithItsMatchingCalls() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Price")
                    .whenInput(otherwise()).returns(json("1")).thenReturns(json("2")));
            run(task, "{}", mocks);
            assertThat(mocks.unusedMocks()).containsExactly(
                    "TaskMock for state 'Price' when otherwise: matching call 0 ran, but the script has 2 responses");
        }

        @Test
        void whenInputCannotFollowAnUnconditionalScript() {
            assertThatThrownBy(() -> TaskMocks.forState("Price").returns(json("1")).whenInput(otherwise()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("TaskMock for state 'Price' already answers every call, so whenInput(otherwise) cannot "
                            + "follow; give the whenInput(...) blocks only, the last one whenInput(otherwise())");
        }

        @Test
        void aBlockNeedsAResponseBeforeTheNextBlock() {
            assertThatThrownBy(() -> TaskMocks.forState("Price").whenInput(at("$.a").exists())
                    .whenInput(otherwise()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("TaskMock for state 'Price' when $.a exists has no response; give it returns(...), "
                            + "throwsError(...) or answers(...) before whenInput(otherwise)");
        }

        @Test
        void nothingFollowsOtherwise() {
            assertThatThrownBy(() -> TaskMocks.forState("Price").whenInput(otherwise()).returns(json("1"))
                    .whenInput(at("$.a").exists()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("TaskMock for state 'Price': whenInput($.a exists) follows whenInput(otherwise()), "
                            + "which matches every input; put otherwise() last");
        }

        @Test
        void aBlockWithoutResponseIsRefusedWhenTheMocksAreMade() {
            TaskMock open = TaskMocks.forState("Price").whenInput(at("$.a").exists());
            assertThatThrownBy(() -> TaskMocks.of(open))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for state 'Price' when $.a exists has no response; give it returns(...), "
                            + "throwsError(...) or answers(...)");
        }

        @Test
        void aMockByInputCannotBeExportedToAMockConfigFile() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Price").whenInput(otherwise()).returns(json("1")));
            assertThatThrownBy(mocks::toMockedResponses)
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for state 'Price' cannot be exported to a MockConfigFile: it answers by "
                            + "input (whenInput(...)), which a MockConfigFile cannot express");
        }
    }

    @Nested
    class FieldValidation {
        @Test
        void aBlocksResponseIsCheckedInItsMocksMode() {
            String definition = MockFixture.task("Get", "arn:aws:states:::dynamodb:getItem",
                    ", 'Parameters': {'TableName': 't', 'Key': {'id': {'S': '1'}}}");
            TaskMocks loose = TaskMocks.of(TaskMocks.forState("Get").fieldValidation(FieldValidationMode.NONE)
                    .whenInput(otherwise()).returns(json("{'Item': {'id': 1}}")));
            assertThat(MockFixture.runChecked(definition, "{}", loose).succeeded()).isTrue();
        }
    }
}
