package dev.sfntest.server.internal;

import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.mock.MockedResponses;
import dev.sfntest.service.FieldValidationMode;

/**
 * Answers the Task states of one execution as Step Functions Local would without real services:
 * the test case's mocked responses first; then a {@code .waitForTaskToken} task waits for
 * SendTaskSuccess/SendTaskFailure, an activity waits for a worker's GetActivityTask, a Lambda task
 * goes to the Lambda endpoint when one is set ({@code LAMBDA_ENDPOINT}), and any other Task fails
 * with {@code States.Runtime} and a cause that says how to mock it (sfn-test calls no AWS service).
 */
final class ServerTaskHandler implements TaskHandler {
    static final String UNMOCKED = "States.Runtime";

    private final MockedResponses mocks;
    private final String testCase;
    private final FieldValidationMode validation;
    private final LambdaEndpoint lambda;

    /**
     * @param mocks the test case's mocks, or {@code null}
     * @param testCase the test case's name, or {@code null}
     * @param lambda where unmocked Lambda tasks go, or {@code null}
     */
    ServerTaskHandler(MockedResponses mocks, String testCase, FieldValidationMode validation, LambdaEndpoint lambda) {
        this.mocks = mocks;
        this.testCase = testCase;
        this.validation = validation;
        this.lambda = lambda;
    }

    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        TaskOutcome mocked = mocks == null ? null : mocks.handle(invocation);
        if (mocked != null) {
            return mocked;
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
        return TaskOutcome.failure(UNMOCKED, "The Task state '" + invocation.stateName() + "' (resource " + resource
                + ", attempt " + invocation.attempt() + ") has no mocked response"
                + (testCase == null ? " (the execution was started without a test case: start it with "
                        + "stateMachineArn#TestCaseName and a MockConfigFile)"
                        : " in the test case '" + testCase + "' of the MockConfigFile")
                + ", and the sfn-test server calls no AWS service.");
    }

    @Override
    public FieldValidationMode fieldValidationMode(TaskInvocation invocation) {
        return validation;
    }
}
