package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.service.FieldValidationMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the Task states of one execution as Step Functions Local would without real services:
 * the test case's mocks first (the {@link TaskMocks} that JUnit tests and {@code sfn-test run} use,
 * so unused mocks and near misses are known); then a {@code .waitForTaskToken} task waits for
 * SendTaskSuccess/SendTaskFailure, an activity waits for a worker's GetActivityTask, a Lambda task
 * goes to the Lambda endpoint when one is set ({@code LAMBDA_ENDPOINT}), and any other Task fails
 * with {@code States.Runtime} and a cause that says how to mock it (sfn-test calls no AWS service).
 */
final class ServerTaskHandler implements TaskHandler {
    static final String UNMOCKED = "States.Runtime";

    private final TaskMocks mocks;
    private final String machineName;
    private final String testCase;
    private final FieldValidationMode validation;
    private final LambdaEndpoint lambda;
    private final List<String> nearMisses = new ArrayList<>();

    /**
     * @param mocks the test case's mocks, or {@code null}
     * @param machineName the state machine's name in the MockConfigFile
     * @param testCase the test case's name, or {@code null}
     * @param lambda where unmocked Lambda tasks go, or {@code null}
     */
    ServerTaskHandler(TaskMocks mocks, String machineName, String testCase, FieldValidationMode validation,
            LambdaEndpoint lambda) {
        this.mocks = mocks;
        this.machineName = machineName;
        this.testCase = testCase;
        this.validation = validation;
        this.lambda = lambda;
    }

    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        String nearMiss = null;
        if (mocks != null) {
            try {
                return mocks.handle(invocation);
            } catch (UnmockedTaskException e) {
                // reported only when nothing else answers the Task
                nearMiss = (e.stateName() == null ? e : e.withHint(hint(e))).getMessage();
            }
        }
        String resource = invocation.resource();
        if (resource.startsWith("arn:aws:states:") && resource.contains(":activity:")) {
            return null; // the engine waits for a worker
        }
        if (resource.endsWith(".waitForTaskToken")) {
            return TaskOutcome.pending();
        }
        if (lambda != null && LambdaEndpoint.handles(resource)) {
            return lambda.invoke(invocation);
        }
        if (nearMiss != null) {
            synchronized (nearMisses) {
                nearMisses.add(nearMiss);
            }
        }
        return TaskOutcome.failure(UNMOCKED, "The Task state '" + invocation.stateName() + "' (resource " + resource
                + ", attempt " + invocation.attempt() + ") has no mocked response"
                + (testCase == null ? " (the execution was started without a test case: start it with "
                        + "stateMachineArn#TestCaseName and a MockConfigFile)"
                        : " in the test case '" + testCase + "' of the MockConfigFile")
                + ", and the sfn-test server calls no AWS service.");
    }

    /** Where the state goes in the MockConfigFile, rather than the Java shape. */
    private String hint(UnmockedTaskException e) {
        String response = quoted(e.stateName() + "Response");
        return "Mock it in the MockConfigFile: map the state to a response in the test case, and define the "
                + "response, for example\n  {\"StateMachines\": {" + quoted(machineName) + ": {\"TestCases\": {"
                + quoted(testCase) + ": {" + quoted(e.stateName()) + ": " + response + "}}}}, \"MockedResponses\": {"
                + response + ": {\"" + e.attempt() + "\": {\"Return\": {}}}}}";
    }

    private static String quoted(String text) {
        return Json.write(TextNode.valueOf(text));
    }

    @Override
    public FieldValidationMode fieldValidationMode(TaskInvocation invocation) {
        FieldValidationMode mocked = mocks == null ? null : mocks.fieldValidationMode(invocation);
        return mocked != null ? mocked : validation;
    }

    /** What the test case's mocks did, or {@code null} for an execution started without a test case. */
    MockReport report() {
        if (mocks == null) {
            return null;
        }
        synchronized (nearMisses) {
            return new MockReport(testCase, mocks.unusedMocks(), List.copyOf(nearMisses), mocks.warnings());
        }
    }
}
