package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.MockedResults;
import dev.sfntest.teststate.TestStateException;
import dev.sfntest.teststate.TestStateRequest;

/** The rules AWS checks a TestState request against before it runs the state, with AWS's messages. */
final class RequestRules {
    private RequestRules() {
    }

    /** The rules on the request alone, checked before the definition is. */
    static void checkRequest(TestStateRequest request) {
        TestStateRequest.Mock mock = request.mock();
        if (mock != null && mock.result() != null && mock.errorOutput() != null) {
            throw TestStateException.validation(
                    "A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (mock != null && request.revealSecrets()) {
            throw TestStateException.validation("TestState does not support RevealSecrets when a mock is specified.");
        }
        TestStateRequest.StateConfiguration configuration = request.stateConfiguration();
        if (mock == null && configuration != null && configuration.mapIterationFailureCount() != null) {
            throw TestStateException.validation(
                    "TestState does not support MapIterationFailureCount when a mock is not specified.");
        }
    }

    /** The rules on the tested state and its mock; returns the parsed mock. */
    static MockedOutcome checkState(TestStateRequest request, State state) {
        TestStateRequest.Mock mock = request.mock();
        boolean mocked = mock != null;
        boolean composite = state instanceof MapState || state instanceof ParallelState;
        if (mocked && !composite && !(state instanceof TaskState)) {
            throw TestStateException.validation("State type '" + state.type()
                    + "' is not supported when a mock is specified");
        }
        if (!mocked && composite) {
            throw TestStateException.invalidDefinition("TestState API does not support Map or Parallel states. "
                    + "Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
        }
        if (!mocked && state instanceof TaskState task && needsMock(task.resource())) {
            throw TestStateException.invalidDefinition("TestState API does not support Activity tasks or the .sync "
                    + "and .waitForTaskToken service integration patterns unless a mock is specified");
        }
        if (!mocked && state instanceof TaskState && request.roleArn() == null) {
            throw TestStateException.validation("RoleArn must be specified when testing a Task state");
        }
        if (!mocked) {
            return MockedOutcome.NONE;
        }
        if (mock.errorOutput() != null) {
            return new MockedOutcome(null, mock.errorOutput().error(), mock.errorOutput().cause(), true);
        }
        JsonNode result = parse(mock.result());
        if (state instanceof ParallelState || state instanceof MapState map && map.resultWriter() == null) {
            if (!result.isArray()) {
                throw TestStateException.validation("Mocked result must be an array.");
            }
        } else if (state instanceof MapState && !result.isObject()) {
            throw TestStateException.validation("Mocked result must be a JSON object.");
        }
        return new MockedOutcome(result, null, null, false);
    }

    /** Activities and the integration patterns that wait: AWS runs them under TestState only with a mock. */
    private static boolean needsMock(String resource) {
        return resource != null && (resource.contains(":activity:") || resource.endsWith(".sync")
                || resource.endsWith(".sync:2") || resource.endsWith(".waitForTaskToken"));
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            throw TestStateException.validation(
                    "A test mock should have only one of the following fields: [result, errorOutput].");
        }
        try {
            return Json.parse(text);
        } catch (InvalidJsonException e) {
            throw TestStateException.validation("Mocked result must be valid JSON");
        }
    }

    /** A Task's mocked result checked against its operation's API model, as AWS checks it. */
    static void checkMockedResult(TestStateRequest request, State state, MockedOutcome mock) {
        if (!(state instanceof TaskState task) || mock.value() == null) {
            return;
        }
        FieldValidationMode mode = request.mock().fieldValidationMode() == null ? FieldValidationMode.STRICT
                : request.mock().fieldValidationMode();
        MockedResults.checkModel(task.resource(), mock.value(), mode).ifPresent(mismatch -> {
            throw TestStateException.validation(mismatch.testStateMessage());
        });
    }

    /**
     * {@code stateConfiguration.mapItemReaderData} parsed when the Map's ItemReader reads JSON
     * (CSV, JSONL and manifests are not JSON and are not parsed), or {@code null}.
     */
    static JsonNode readerData(TestStateRequest request, MapState map) {
        TestStateRequest.StateConfiguration configuration = request.stateConfiguration();
        if (configuration == null || configuration.mapItemReaderData() == null || map.itemReader() == null) {
            return null;
        }
        String inputType = map.itemReader().value().source().path("ReaderConfig").path("InputType").asText("JSON");
        if (!"JSON".equals(inputType)) {
            return null;
        }
        try {
            return Json.parse(configuration.mapItemReaderData());
        } catch (InvalidJsonException e) {
            throw TestStateException.validation("Map item reader data must be valid JSON");
        }
    }
}
