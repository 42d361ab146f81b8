package dev.sfntest.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TestStatesTest {
    private static final String ROLE = "arn:aws:iam::111111111111:role/test";

    /** JSON written with single quotes. */
    private static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static TestStateRequest.Builder state(String definition) {
        return TestStateRequest.builder().definition(json(definition)).inspectionLevel(InspectionLevel.DEBUG);
    }

    @Nested
    class SimpleStates {
        @Test
        void aWaitStatePassesItsInputOnWithoutWaiting() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Wait', 'Seconds': 86400, "
                    + "'InputPath': '$.order', 'Next': 'Ship'}").input(json("{'order': {'id': 1}}")).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.SUCCEEDED);
            assertThat(response.output()).isEqualTo(json("{'id': 1}"));
            assertThat(response.nextState()).isEqualTo("Ship");
            assertThat(response.inspectionData().afterInputPath()).isEqualTo(json("{'id': 1}"));
        }

        @Test
        void aChoiceWithoutMatchOrDefaultFails() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Choice', 'Choices': [{'Variable': '$.n', "
                    + "'NumericEquals': 1, 'Next': 'One'}]}").input(json("{'n': 2}")).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.FAILED);
            assertThat(response.error()).isEqualTo("States.NoChoiceMatched");
            assertThat(response.output()).isNull();
            assertThat(response.nextState()).isNull();
        }

        @Test
        void aJsonataPassStateReportsTheVariablesAfterItsAssign() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Pass', 'QueryLanguage': 'JSONata', "
                    + "'Assign': {'total': '{% $states.input.n + $bonus %}'}, 'End': true}")
                    .input(json("{'n': 2}")).variables(json("{'bonus': 40}")).build());

            assertThat(response.inspectionData().variables()).isEqualTo(json("{'bonus': 40, 'total': 42}"));
            assertThat(response.output()).isEqualTo(json("{'n': 2}"));
        }

        @Test
        void aJsonataConditionThatIsNotABooleanFailsTheChoiceWithTheEnginesCause() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Choice', 'QueryLanguage': 'JSONata', "
                    + "'Choices': [{'Condition': '{% $states.input.n %}', 'Next': 'A'}], 'Default': 'B'}")
                    .input(json("{'n': 1}")).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.FAILED);
            assertThat(response.error()).isEqualTo("States.QueryEvaluationError");
            assertThat(response.cause()).isEqualTo("The JSONata expression specified for the field "
                    + "'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean', but was "
                    + "'number' for value: 1");
        }

        @Test
        void aFailStateReadsItsErrorAndCausePaths() {
            String fail = "{'Type': 'Fail', 'ErrorPath': '$.error', 'CausePath': '$.cause'}";

            TestStateResponse read = TestStates.run(state(fail).input(json("{'error': 'E', 'cause': 'C'}")).build());
            TestStateResponse notText = TestStates.run(state(fail).input(json("{'error': 1, 'cause': 'C'}")).build());

            assertThat(read.error()).isEqualTo("E");
            assertThat(read.cause()).isEqualTo("C");
            assertThat(notText.error()).isEqualTo("States.Runtime");
            assertThat(notText.cause()).isEqualTo("The ErrorPath '$.error' does not reference a string value: 1");
        }

        @Test
        void infoLevelReportsNoInspectionData() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Pass', 'End': true}")
                    .inspectionLevel(InspectionLevel.INFO).build());

            assertThat(response.inspectionData()).isNull();
            assertThat(response.output()).isEqualTo(json("{}"));
        }
    }

    @Nested
    class Tasks {
        private static final String TASK = "{'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', "
                + "'Parameters': {'FunctionName': 'f', 'Payload.$': '$'}, %s 'Next': 'Done'}";

        @Test
        void aMockedResultGoesThroughResultSelectorResultPathAndOutputPath() {
            TestStateResponse response = TestStates.run(state(TASK.formatted(
                    "'ResultSelector': {'id.$': '$.Payload.id'}, 'ResultPath': '$.charge', 'OutputPath': '$.charge',"))
                    .input(json("{'amount': 5}"))
                    .mock(TestStateRequest.Mock.result("{\"Payload\": {\"id\": \"ch-1\"}, \"StatusCode\": 200}"))
                    .build());

            assertThat(response.status()).isEqualTo(TestStateStatus.SUCCEEDED);
            assertThat(response.output()).isEqualTo(json("{'id': 'ch-1'}"));
            assertThat(response.nextState()).isEqualTo("Done");
            InspectionData data = response.inspectionData();
            assertThat(data.afterParameters()).isEqualTo(json("{'FunctionName': 'f', 'Payload': {'amount': 5}}"));
            assertThat(data.afterResultSelector()).isEqualTo(json("{'id': 'ch-1'}"));
            assertThat(data.afterResultPath()).isEqualTo(json("{'amount': 5, 'charge': {'id': 'ch-1'}}"));
        }

        @Test
        void aRetrierWithAttemptsLeftMakesTheErrorRetriableWithItsCappedBackoff() {
            TestStateResponse response = TestStates.run(state(TASK.formatted("'Retry': [{'ErrorEquals': ['Other']}, "
                    + "{'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 3, 'BackoffRate': 2, 'MaxAttempts': 4, "
                    + "'MaxDelaySeconds': 10}],"))
                    .mock(TestStateRequest.Mock.error("Lambda.Throttled", "slow down"))
                    .stateConfiguration(new TestStateRequest.StateConfiguration(2, null, null, null)).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.RETRIABLE);
            assertThat(response.error()).isEqualTo("Lambda.Throttled");
            assertThat(response.inspectionData().errorDetails())
                    .isEqualTo(new InspectionData.ErrorDetails(null, 1, 10));
        }

        @Test
        void anExhaustedRetrierLeavesTheErrorToTheCatchers() {
            TestStateResponse response = TestStates.run(state(TASK.formatted("'Retry': [{'ErrorEquals': ['Boom'], "
                    + "'MaxAttempts': 1}], 'Catch': [{'ErrorEquals': ['Boom'], 'ResultPath': '$.error', "
                    + "'Next': 'Recover'}],"))
                    .input(json("{'a': 1}")).mock(TestStateRequest.Mock.error("Boom", "it broke"))
                    .stateConfiguration(new TestStateRequest.StateConfiguration(1, null, null, null)).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
            assertThat(response.nextState()).isEqualTo("Recover");
            assertThat(response.output()).isEqualTo(json("{'a': 1, 'error': {'Error': 'Boom', 'Cause': 'it broke'}}"));
            assertThat(response.inspectionData().errorDetails()).isEqualTo(new InspectionData.ErrorDetails(0, 0, null));
        }

        @Test
        void aTaskHandlerAnswersATaskWithoutMock() {
            TestStateRequest request = state("{'Type': 'Task', 'Resource': "
                    + "'arn:aws:lambda:us-east-1:111111111111:function:f', 'End': true}").roleArn(ROLE).build();

            TestStateResponse response = TestStates.run(request,
                    invocation -> TaskOutcome.success(json("{'seen': '" + invocation.resource() + "'}")));

            assertThat(response.output()).isEqualTo(json("{'seen': 'arn:aws:lambda:us-east-1:111111111111:function:f'}"));
        }

        @Test
        void aTaskWithoutMockOrHandlerIsRefusedWithTheWayOut() {
            TestStateRequest request = state("{'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', "
                    + "'End': true}").roleArn(ROLE).build();

            assertThatThrownBy(() -> TestStates.run(request)).isInstanceOf(TestStateException.class)
                    .hasMessage("The Task state 'StateName' (arn:aws:states:::lambda:invoke) has no mock, and sfn-test "
                            + "calls no AWS service: set mock.result or mock.errorOutput, or pass a TaskHandler to "
                            + "TestStates.run to answer it");
        }

        @Test
        void aCallbackTaskNeedsAMock() {
            TestStateRequest request = state("{'Type': 'Task', 'Resource': "
                    + "'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'End': true}").roleArn(ROLE).build();

            assertThatThrownBy(() -> TestStates.run(request)).isInstanceOf(TestStateException.class)
                    .hasMessage("TestState API does not support Activity tasks or the .sync and .waitForTaskToken "
                            + "service integration patterns unless a mock is specified")
                    .extracting("code").isEqualTo("InvalidDefinition");
        }

        @Test
        void aMockedResultIsCheckedAgainstTheApiModelUnlessTheModeIsNone() {
            TestStateRequest.Builder request = state(TASK.formatted(""))
                    .mock(TestStateRequest.Mock.result("{\"StatusCode\": \"200\"}"));

            assertThatThrownBy(() -> TestStates.run(request.build())).isInstanceOf(TestStateException.class)
                    .hasMessage("Mock result schema validation error: Field 'StatusCode' must be a number");
            assertThat(TestStates.run(request.mock(TestStateRequest.Mock.result("{\"StatusCode\": \"200\"}")
                    .withFieldValidationMode(FieldValidationMode.NONE)).build()).status())
                    .isEqualTo(TestStateStatus.SUCCEEDED);
        }
    }

    @Nested
    class MapStates {
        private static final String MAP = "{'Type': 'Map', 'ItemsPath': '$.items', 'ItemSelector': "
                + "{'value.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index'}, %s 'ItemProcessor': "
                + "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}";

        @Test
        void aJsonPathMapReportsItsItemsAndSelectedItemsAndTakesTheMockAsItsResult() {
            TestStateResponse response = TestStates.run(state(MAP.formatted("'MaxConcurrency': 2,"))
                    .input(json("{'items': ['a', 'b']}")).mock(TestStateRequest.Mock.result("[1, 2]")).build());

            assertThat(response.output()).isEqualTo(json("[1, 2]"));
            InspectionData data = response.inspectionData();
            assertThat(data.afterItemsPath()).isEqualTo(json("['a', 'b']"));
            assertThat(data.afterItemSelector())
                    .isEqualTo(json("[{'value': 'a', 'index': 0}, {'value': 'b', 'index': 1}]"));
            assertThat(data.maxConcurrency()).isEqualTo(2);
        }

        @Test
        void jsonataItemsThatAreNotAnArrayFailTheMapAsInAnExecution() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Map', 'QueryLanguage': 'JSONata', "
                    + "'Items': '{% $states.input.list %}', 'ItemProcessor': {'StartAt': 'P', 'States': "
                    + "{'P': {'Type': 'Pass', 'End': true}}}, 'End': true}")
                    .input(json("{'list': {'a': 1}}")).mock(TestStateRequest.Mock.result("[]")).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.FAILED);
            assertThat(response.error()).isEqualTo("States.QueryEvaluationError");
            assertThat(response.cause()).isEqualTo("The JSONata expression '$states.input.list' specified for the "
                    + "field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for "
                    + "value: {\"a\":1}");
        }

        @Test
        void aMapWithAnItemReaderReadsNothingWithoutReaderDataAndCountsCsvRowsNot() {
            String reader = "{'Type': 'Map', 'ItemReader': {'Resource': 'arn:aws:states:::s3:getObject', "
                    + "'ReaderConfig': {'InputType': 'CSV', 'CSVHeaderLocation': 'FIRST_ROW'}, "
                    + "'Parameters': {'Bucket': 'b', 'Key': 'k'}}, 'ItemProcessor': {'ProcessorConfig': "
                    + "{'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'}, 'StartAt': 'P', 'States': "
                    + "{'P': {'Type': 'Pass', 'End': true}}}, 'End': true}";

            TestStateResponse withoutData = TestStates.run(state(reader).mock(TestStateRequest.Mock.result("[1]"))
                    .build());
            TestStateResponse withCsv = TestStates.run(state(reader).mock(TestStateRequest.Mock.result("[1]"))
                    .stateConfiguration(new TestStateRequest.StateConfiguration(null, null, null, "id\n1\n"))
                    .build());

            assertThat(withoutData.output()).isEqualTo(json("[1]"));
            assertThat(withoutData.inspectionData().afterItemsPath()).isNull();
            assertThat(withCsv.output()).isEqualTo(json("[1]"));
        }

        @Test
        void failedIterationsOverTheToleratedPercentageFailTheMap() {
            TestStateResponse response = TestStates.run(state(MAP.formatted("'ToleratedFailurePercentage': 40,"))
                    .input(json("{'items': ['a', 'b', 'c', 'd']}")).mock(TestStateRequest.Mock.result("[1, 2, 3, 4]"))
                    .stateConfiguration(new TestStateRequest.StateConfiguration(null, null, 2, null)).build());

            assertThat(response.status()).isEqualTo(TestStateStatus.FAILED);
            assertThat(response.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
            assertThat(response.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
        }
    }

    @Nested
    class Requests {
        @Test
        void theWireShapeRoundTrips() {
            TestStateRequest request = state("{'Type': 'Pass', 'End': true}").input(json("{'a': [1]}"))
                    .mock(TestStateRequest.Mock.result("[1]").withFieldValidationMode(FieldValidationMode.PRESENT))
                    .stateConfiguration(new TestStateRequest.StateConfiguration(1, "X", 2, "[3]"))
                    .context(json("{'Execution': {}}")).build();

            assertThat(TestStateJson.request(TestStateJson.json(request))).isEqualTo(request);
            assertThat(TestStateJson.json(request).get("input").textValue()).isEqualTo("{\"a\":[1]}");
        }

        @Test
        void theResponseWireShapeHasJsonTextAndLeavesOutAbsentMembers() {
            TestStateResponse response = TestStates.run(state("{'Type': 'Pass', 'End': true}")
                    .input(json("{'a': 1}")).build());

            assertThat(TestStateJson.json(response)).isEqualTo(json("{'status': 'SUCCEEDED', 'output': '{\\'a\\':1}', "
                    + "'inspectionData': {'input': '{\\'a\\':1}', 'afterInputPath': '{\\'a\\':1}', "
                    + "'afterParameters': '{\\'a\\':1}', 'afterResultSelector': '{\\'a\\':1}', "
                    + "'afterResultPath': '{\\'a\\':1}'}}".replace("\\'", "\\\"")));
        }

        @Test
        void aDefinitionThatIsNotJsonIsAnInvalidDefinition() {
            assertThatThrownBy(() -> TestStateRequest.builder().definition("{'Type'"))
                    .isInstanceOf(TestStateException.class).extracting("code").isEqualTo("InvalidDefinition");
        }

        @Test
        void aMissingDefinitionIsRefusedAsAwsRefusesIt() {
            assertThatThrownBy(() -> TestStateJson.request(json("{'input': '{}'}")))
                    .isInstanceOf(TestStateException.class)
                    .hasMessage("1 validation error detected: Value null at 'definition' failed to satisfy constraint: "
                            + "Member must not be null");
        }

        @Test
        void anUnknownInspectionLevelNamesTheAllowedValues() {
            assertThatThrownBy(() -> TestStateJson.request(json("{'definition': '{}', 'inspectionLevel': 'ALL'}")))
                    .hasMessage("1 validation error detected: Value 'ALL' at 'inspectionLevel' failed to satisfy "
                            + "constraint: Member must satisfy enum value set: [INFO, DEBUG, TRACE]");
        }

        @Test
        void anInvalidSingleStateIsLocatedInsideTheState() {
            assertThatThrownBy(() -> TestStates.run(state("{'Type': 'Teleport', 'End': true}").build()))
                    .isInstanceOf(TestStateException.class)
                    .hasMessage("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The field 'Type' should "
                            + "have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] at "
                            + "/Type'");
        }

        @Test
        void variablesMustBeAnObject() {
            assertThatThrownBy(() -> TestStates.run(state("{'Type': 'Pass', 'End': true}").variables(json("[1]"))
                    .build())).hasMessage("The variables must be a JSON object");
        }
    }
}
