package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.TaskTokenException;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.junit5.MockConfig;
import dev.sfntest.junit5.StartInstant;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.TaskMocks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The messages docs/troubleshooting.md quotes: each one produced here and compared exactly. */
class TroubleshootingTest {
    private static final String SMALL_ORDER = "{\"orderId\": \"o-1\", \"amount\": 20}";
    private final StateMachine hello = Definitions.load(Path.of("src/test/resources/hello/hello.asl.json"));

    @Test
    void anUnmockedTaskNamesTheStateTheInputAndTheClosestMock() {
        // snippet:trouble-unmocked
        TaskMocks mocks = TaskMocks.of(TaskMocks.forState("ChargeCrad").returns("{}"));     // a typo

        assertThatThrownBy(() -> Engine.builder().taskHandler(mocks).build().execute(hello, Json.parse(SMALL_ORDER)))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessage("""
                        The Task state 'ChargeCard' (resource arn:aws:states:::lambda:invoke, attempt 0) \
                        has no mocked response.
                          input: {"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:charge-card",\
                        "Payload":{"orderId":"o-1","amount":20,"status":"NEW"}}
                          closest mocks:
                            - TaskMock for state 'ChargeCrad': the name differs by 2 characters
                          Mock it with TaskMocks.forState("ChargeCard").returns(...)""");
        // end-snippet
    }

    @Test
    void anInvalidDefinitionListsEveryDiagnostic() {
        // snippet:trouble-invalid
        String definition = """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Notfy"},
                  "Notify": {"Type": "Pass", "Resul": {"ok": true}, "End": true}}}""";

        assertThatThrownBy(() -> Definitions.parse(definition))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("""
                        The state machine definition is invalid (3 errors):
                          ERROR UNKNOWN_TARGET /States/Charge/Next 'Next' names no state of this scope: 'Notfy'; \
                        did you mean 'Notify'?
                          ERROR UNREACHABLE_STATE /States/Notify State 'Notify' cannot be reached from 'Charge'; \
                        AWS rejects unreachable states: move to it with a 'Next', 'Default' or Catch 'Next', or remove it
                          ERROR UNKNOWN_FIELD /States/Notify/Resul Field 'Resul' is not allowed in a Pass state; \
                        did you mean 'Result'?""");
        // end-snippet
    }

    @Test
    void aParseErrorHasALineAndColumn() {
        // snippet:trouble-parse
        String definition = "{\"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\" \"End\": true}}}";

        assertThatThrownBy(() -> Definitions.parse(definition))
                .hasMessage("""
                        The state machine definition is invalid (1 error):
                          ERROR PARSE_ERROR 2:35 Invalid JSON: expected ',' between the entries of an object, \
                        found '"'""");
        // end-snippet
    }

    @Nested
    class TaskTokens {
        private final StateMachine callback = Definitions.parse("""
                {"StartAt": "Approve", "States": {"Approve": {"Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}}""");

        private Execution waiting() throws Exception {
            return Engine.builder().taskHandler(TaskMocks.of(TaskMocks.forState("Approve").holdsToken())).build()
                    .start(callback, Json.parse("{}")).runUntilWaiting();
        }

        @Test
        void tokensGetAwsErrors() throws Exception {
            Execution execution = waiting();
            String token = execution.pendingTasks().get(0).token();
            // snippet:trouble-tokens
            assertThatThrownBy(() -> execution.sendTaskSuccess("not-a-token", Json.emptyObject()))
                    .isInstanceOf(TaskTokenException.class)
                    .hasMessage("InvalidToken: Invalid token");

            execution.sendTaskFailure(token, "Rejected", "no");
            assertThatThrownBy(() -> execution.sendTaskSuccess(token, Json.emptyObject()))   // used, or timed out
                    .hasMessage("TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
            // end-snippet
        }

        @Test
        void aStalledExecutionSaysWhichStateWaits() throws Exception {
            Execution execution = waiting();
            // snippet:trouble-stalled
            assertThatThrownBy(execution::runToEnd)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("""
                            The execution cannot go on: 1 task waits for a task token or an activity worker \
                            that nothing will send:
                              state 'Approve' (arn:aws:states:::sqs:sendMessage.waitForTaskToken), token sfn-test-token-""")
                    .hasMessageEndingWith("""
                            Complete them with sendTaskSuccess/sendTaskFailure, poll activities with \
                            getActivityTask, or mock the tasks.""");
            // end-snippet
        }
    }

    @Nested
    class MisconfiguredTests {
        private String failureOf(Class<?> testClass) {
            List<Throwable> failures = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass))
                    .configurationParameter(OnlyInTestKit.PARAMETER, "true")
                    .execute().allEvents().failed().stream()
                    .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
                            .orElseThrow())
                    .toList();
            assertThat(failures).hasSize(1);
            return failures.get(0).getClass().getSimpleName() + ": " + failures.get(0).getMessage();
        }

        @Test
        void messagesNameTheProblemAndTheFix() {
            assertThat(failureOf(NoDefinition.class)).isEqualTo(NO_DEFINITION);
            assertThat(failureOf(DefinitionNotFound.class)).isEqualTo(DEFINITION_NOT_FOUND);
            assertThat(failureOf(UnknownTestCase.class)).isEqualTo(UNKNOWN_TEST_CASE);
            assertThat(failureOf(BadInstant.class)).isEqualTo(BAD_INSTANT);
            assertThat(failureOf(UnusedMocks.class)).isEqualTo(UNUSED_MOCKS);
        }
    }

    // snippet:trouble-junit
    @StepFunctionTest                                            // no definition
    @ExtendWith(OnlyInTestKit.class)
    static class NoDefinition {
        @Test
        void test(StepFunctionRunner runner) {
        }
    }

    static final String NO_DEFINITION = "ExtensionConfigurationException: The test NoDefinition.test() has no "
            + "state machine definition: annotate the class with @StepFunctionTest(\"path/to/machine.asl.json\"), "
            + "or the method or a parameter with @Definition(\"path/to/machine.asl.json\")";

    @StepFunctionTest("orders/order.asl.json")                   // not under src/test/resources
    @ExtendWith(OnlyInTestKit.class)
    static class DefinitionNotFound {
        @Test
        void test(StepFunctionRunner runner) {
        }
    }

    static final String DEFINITION_NOT_FOUND = "ExtensionConfigurationException: The definition "
            + "'orders/order.asl.json' is not on the classpath: put it under src/test/resources, or write 'file:' "
            + "and a path";

    @StepFunctionTest("hello/hello.asl.json")
    @MockConfig(value = "hello/hello.mocks.json", testCase = "HapyPath")   // a typo
    @ExtendWith(OnlyInTestKit.class)
    static class UnknownTestCase {
        @Test
        void test(StepFunctionRunner runner) {
        }
    }

    static final String UNKNOWN_TEST_CASE = "ExtensionConfigurationException: @MockConfig(value = "
            + "\"hello/hello.mocks.json\", testCase = \"HapyPath\"): The state machine 'hello' in the MockConfigFile "
            + "has no test case 'HapyPath'; it has [HappyPath, CardDeclined]";

    @StepFunctionTest("hello/hello.asl.json")
    @StartInstant("tomorrow")
    @ExtendWith(OnlyInTestKit.class)
    static class BadInstant {
        @Test
        void test(StepFunctionRunner runner) {
        }
    }

    static final String BAD_INSTANT = "ExtensionConfigurationException: @StartInstant(\"tomorrow\") is not an "
            + "ISO-8601 instant; write one like 2025-01-01T00:00:00Z";

    @StepFunctionTest("hello/hello.asl.json")
    @ExtendWith(OnlyInTestKit.class)
    static class UnusedMocks {
        @Test
        void test(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{}").thenReturns("{}"),
                    TaskMocks.forState("Notify").returns("{}"));
            runner.run("{\"orderId\": \"o-1\", \"amount\": 20}");       // passes, but...
        }
    }

    static final String UNUSED_MOCKS = """
            UnusedMockException: Strict mocks: 2 mocks were not used up (mark a mock lenient() if that is expected):
              - TaskMock for state 'ChargeCard': attempt 0 ran, but the script has 2 responses
              - TaskMock for state 'Notify': never called
            How the test's executions ended:
              1. FAILED with States.Runtime after PrepareOrder → IsLargeOrder → ChargeCard""";
    // end-snippet
}
