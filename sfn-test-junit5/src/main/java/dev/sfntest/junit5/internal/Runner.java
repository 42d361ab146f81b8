package dev.sfntest.junit5.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.VirtualClock;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.util.ArrayList;
import java.util.List;

/** The {@link StepFunctionRunner} of one test and definition. */
final class Runner implements StepFunctionRunner {
    private final TestEnvironment environment;
    private final DefinitionRef ref;
    private final StateMachine machine;
    private final List<ExecutionResult> executions = new ArrayList<>();

    Runner(TestEnvironment environment, DefinitionRef ref, StateMachine machine) {
        this.environment = environment;
        this.ref = ref;
        this.machine = machine;
    }

    @Override
    public ExecutionResult run(String inputJson) {
        try {
            return run(Json.parse(inputJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The input is not JSON: " + e.getOriginalMessage() + "\n  " + inputJson);
        }
    }

    @Override
    public ExecutionResult run(JsonNode input) {
        Engine engine = Engine.builder()
                .taskHandler(environment.mocks())
                .startInstant(environment.clock().instant())
                .seed(environment.settings().seed())
                .stateMachineName(ref.baseName())
                .build();
        ExecutionResult result = engine.execute(machine, input);
        environment.clock().moveTo(result.stopDate());
        executions.add(result);
        environment.ran(ref, machine, result);
        return result;
    }

    @Override
    public ExecutionResult run() {
        return run(Json.emptyObject());
    }

    @Override
    public StepFunctionRunner mock(TaskMock... mocks) {
        environment.add(mocks);
        return this;
    }

    @Override
    public TaskMocks mocks() {
        return environment.mocks();
    }

    @Override
    public StateMachine stateMachine() {
        return machine;
    }

    @Override
    public VirtualClock clock() {
        return environment.clock();
    }

    @Override
    public List<ExecutionResult> executions() {
        return List.copyOf(executions);
    }

    @Override
    public ExecutionResult lastExecution() {
        if (executions.isEmpty()) {
            throw new IllegalStateException("Nothing ran yet: call run(...) first");
        }
        return executions.get(executions.size() - 1);
    }

    @Override
    public String toString() {
        return "StepFunctionRunner[" + ref + "]";
    }
}
