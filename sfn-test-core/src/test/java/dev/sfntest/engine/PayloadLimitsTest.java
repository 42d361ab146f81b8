package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.mock.TaskMocks;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** AWS's 256 KiB limit on payloads, checked wherever AWS checks it, before memory runs out. */
class PayloadLimitsTest {
    private static final String KIB_100 = "x".repeat(100 * 1024);

    private static void assertDataLimitExceeded(ExecutionResult result, String cause) {
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(result.cause()).isEqualTo(cause);
    }

    @Nested
    class StateOutput {
        @Test
        void aStateOutputOverTheLimitMidWorkflowFails() {
            // given a Pass that puts three copies of a 100 KiB string in its output
            String definition = "{'StartAt': 'Big', 'States': {'Big': {'Type': 'Pass', 'Parameters': {'a.$': '$.s',"
                    + " 'b.$': '$.s', 'c.$': '$.s'}, 'Next': 'Small'}, 'Small': {'Type': 'Pass', 'Result': 1,"
                    + " 'End': true}}}";
            // when
            ExecutionResult result = run(definition, "{'s': '" + KIB_100 + "'}");
            // then
            assertDataLimitExceeded(result, "The state/task 'Big' returned a result with a size exceeding the "
                    + "maximum number of bytes service limit.");
        }

        @Test
        void anExplicitCatcherCatchesIt() {
            // given
            String definition = "{'StartAt': 'Big', 'States': {'Big': {'Type': 'Task', 'Resource':"
                    + " 'arn:aws:lambda:us-east-1:123456789012:function:f', 'ResultPath': '$.copy', 'Catch':"
                    + " [{'ErrorEquals': ['States.DataLimitExceeded'], 'ResultPath': null, 'Next': 'Caught'}],"
                    + " 'End': true}, 'Caught': {'Type': 'Pass', 'Result': 'caught', 'End': true}}}";
            Engine engine = Engine.builder().taskHandler(TaskMocks.of(TaskMocks.forState("Big")
                    .returns(json("'" + KIB_100 + KIB_100 + "'")))).build();
            // when the result fits but the input with the result placed in it does not
            ExecutionResult result = engine.execute(Definitions.build(json(definition)),
                    json("{'s': '" + KIB_100 + "'}"));
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output().asText()).isEqualTo("caught");
        }

        @Test
        void aLoopThatDoublesAStringStopsAtTheLimit() {
            // given
            String definition = "{'StartAt': 'Double', 'States': {'Double': {'Type': 'Pass', 'Parameters':"
                    + " {'s.$': 'States.Format(\\'{}{}\\', $.s, $.s)'}, 'Next': 'Again?'}, 'Again?': {'Type': 'Choice',"
                    + " 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'Done'}], 'Default': 'Double'},"
                    + " 'Done': {'Type': 'Succeed'}}}";
            // when
            ExecutionResult result = run(definition, "{'s': 'ab'}");
            // then
            assertDataLimitExceeded(result, "The result of States.Format exceeds the maximum size of 262144 bytes");
            assertThat(result.history()).hasSizeLessThan(80);
        }
    }

    @Nested
    class IntrinsicResults {
        @Test
        void nestedCallsThatDoubleAStringFailBeforeTheyAllocateMore() {
            // given forty nested doublings of a 100 KiB string: 2^40 times its size if built
            String call = "$.s";
            for (int i = 0; i < 40; i++) {
                call = "States.Format(\\'{}{}\\', " + call + ", $.s)";
            }
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {'s.$': '" + call
                    + "'}, 'End': true}}}";
            // when
            ExecutionResult result = run(definition, "{'s': '" + KIB_100 + "'}");
            // then
            assertDataLimitExceeded(result, "The result of States.Format exceeds the maximum size of 262144 bytes");
        }

        @Test
        void anArrayOfManyCopiesIsBoundedToo() {
            // given
            String definition = "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {'s.$':"
                    + " 'States.JsonToString(States.Array($.s, $.s, $.s))'}, 'End': true}}}";
            // when
            ExecutionResult result = run(definition, "{'s': '" + KIB_100 + "'}");
            // then
            assertDataLimitExceeded(result, "The result of States.Array exceeds the maximum size of 262144 bytes");
        }
    }

    @Nested
    class MapIterationInput {
        @Test
        void anItemSelectorOverTheLimitFailsTheMap() {
            // given an ItemSelector that copies a 100 KiB string three times into each iteration's input
            String definition = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.items',"
                    + " 'ItemSelector': {'a.$': '$.s', 'b.$': '$.s', 'c.$': '$.s'}, 'ItemProcessor': {'StartAt': 'P',"
                    + " 'States': {'P': {'Type': 'Pass', 'Result': 1, 'End': true}}}, 'End': true}}}";
            // when
            ExecutionResult result = run(definition, "{'items': [1], 's': '" + KIB_100 + "'}");
            // then
            assertDataLimitExceeded(result, "The state/task 'M' has an input with a size exceeding the maximum "
                    + "number of bytes service limit.");
        }
    }

    @Nested
    class TaskInput {
        @Test
        void parametersOverTheLimitFailTheTaskBeforeItIsScheduled() {
            // given
            String definition = "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource':"
                    + " 'arn:aws:lambda:us-east-1:123456789012:function:f', 'Parameters': {'a.$': '$.s', 'b.$': '$.s',"
                    + " 'c.$': '$.s'}, 'End': true}}}";
            Engine engine = Engine.builder().taskHandler(TaskMocks.of(TaskMocks.forState("T").returns("{}")))
                    .build();
            // when
            ExecutionResult result = engine.execute(Definitions.build(json(definition)),
                    json("{'s': '" + KIB_100 + "'}"));
            // then
            assertDataLimitExceeded(result, "The state/task 'T' has an input with a size exceeding the maximum "
                    + "number of bytes service limit.");
            assertThat(result.history()).noneMatch(e -> e.type() == dev.sfntest.history.HistoryEventType.TaskScheduled);
        }
    }
}
