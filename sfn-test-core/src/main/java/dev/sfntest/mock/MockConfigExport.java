package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskOutcome;
import java.util.ArrayList;
import java.util.List;

/** Between {@link TaskMock}s and AWS Step Functions Local's {@code MockedResponses} shape, both ways. */
final class MockConfigExport {
    private MockConfigExport() {
    }

    static List<TaskMock> toMocks(MockedResponses responses) {
        List<TaskMock> mocks = new ArrayList<>();
        for (String state : responses.stateNames()) {
            TaskMock mock = TaskMocks.forState(state);
            MockResponse previous = null;
            long count = 0;
            for (ResponseRuns.Run run : responses.runs(state)) {
                if (!run.response().equals(previous)) {
                    mock = previous == null ? mock.respondsWith(run.response().outcome())
                            : mock.thenRespondsWith(run.response().outcome());
                    if (run.response() instanceof MockResponse.Return returned
                            && returned.fieldValidationMode() != null) {
                        mock = mock.withResponseMode(returned.fieldValidationMode());
                    }
                    previous = run.response();
                    count = 0;
                }
                count += run.count();
                if (count > 1) {
                    mock = mock.times((int) Math.min(count, Integer.MAX_VALUE));
                }
            }
            mocks.add(mock);
        }
        return mocks;
    }

    static ObjectNode configFile(List<TaskMock> mocks, String stateMachine, String testCase) {
        ObjectNode file = Json.emptyObject();
        ObjectNode cases = file.putObject("StateMachines").putObject(stateMachine).putObject("TestCases");
        ObjectNode selected = cases.putObject(testCase);
        ObjectNode responses = file.putObject("MockedResponses");
        mockedResponses(mocks).properties().forEach(entry -> {
            selected.put(entry.getKey(), entry.getKey());
            responses.set(entry.getKey(), entry.getValue());
        });
        return file;
    }

    static ObjectNode mockedResponses(List<TaskMock> mocks) {
        ObjectNode byState = Json.emptyObject();
        for (TaskMock mock : mocks) {
            if (mock.target() != TaskMock.Target.STATE) {
                throw cannot(mock, "a MockConfigFile mocks states by name only");
            }
            if (mock.isConditional()) {
                throw cannot(mock, "it answers by input (whenInput(...)), which a MockConfigFile cannot express");
            }
            if (mock.repeatsLast()) {
                throw cannot(mock, "it repeats its last response (andSoOn()), which a MockConfigFile cannot express");
            }
            ObjectNode script = byState.putObject(mock.key());
            int from = 0;
            for (int i = 0; i < mock.steps().size(); i++) {
                ScriptStep step = mock.steps().get(i);
                int to = from + step.times() - 1;
                script.set(from == to ? String.valueOf(from) : from + "-" + to, response(mock, step, i));
                from = to + 1;
            }
        }
        return byState;
    }

    private static JsonNode response(TaskMock mock, ScriptStep step, int index) {
        if (step.payload() != null) {
            throw cannot(mock, "response " + index + " is a Lambda payload (returnsPayload(...)), whose shape depends "
                    + "on the Task's resource; write returns(LambdaResponses.invoke(...)) instead");
        }
        if (step.fixed() == null) {
            throw cannot(mock, "response " + index + " answers with a function; only returns(...) and "
                    + "throwsError(...) can be written as Return and Throw");
        }
        if (step.after() != null || !step.fixed().duration().isZero()) {
            throw cannot(mock, "response " + index + " takes virtual time, which a MockConfigFile cannot express");
        }
        ObjectNode response = Json.emptyObject();
        if (step.fixed() instanceof TaskOutcome.Success success) {
            response.set("Return", success.result());
            if (step.mode() != null) {
                response.put("FieldValidationMode", step.mode().name());
            }
        } else {
            TaskOutcome.Failure failure = (TaskOutcome.Failure) step.fixed();
            ObjectNode error = response.putObject("Throw");
            error.put("Error", failure.error());
            if (failure.cause() != null) {
                error.put("Cause", failure.cause());
            }
        }
        return response;
    }

    private static InvalidMockException cannot(TaskMock mock, String reason) {
        return new InvalidMockException(mock + " cannot be exported to a MockConfigFile: " + reason);
    }
}
