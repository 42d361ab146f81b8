package dev.sfntest.junit5.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The {@link StepFunctionRunner} of one test and definition. */
final class Runner implements StepFunctionRunner {
    private final TestEnvironment environment;
    private final DefinitionRef ref;
    private final StateMachine machine;
    private final List<ExecutionResult> executions = new ArrayList<>();
    private final List<Execution> started = new ArrayList<>();
    private UnaryOperator<Engine.Builder> settings = UnaryOperator.identity();

    Runner(TestEnvironment environment, DefinitionRef ref, StateMachine machine) {
        this.environment = environment;
        this.ref = ref;
        this.machine = machine;
    }

    @Override
    public ExecutionResult run(String inputJson) {
        try {
            return run(Json.parse(inputJson));
        } catch (InvalidJsonException e) {
            throw new IllegalArgumentException("The input is not JSON: " + e.getMessage() + "\n  " + inputJson);
        }
    }

    @Override
    public ExecutionResult run(JsonNode input) {
        List<ExecutionResult> stopped = new ArrayList<>();
        ExecutionResult result;
        try {
            result = engine().execute(machine, input, stopped::add);
        } catch (RuntimeException e) {
            if (stopped.isEmpty()) {
                throw e;
            }
            record(stopped.get(0));
            throw StoppedRun.explain(e, stopped.get(0));
        }
        record(result);
        return result;
    }

    private Engine engine() {
        Engine.Builder builder = Engine.builder()
                .taskHandler(environment.mocks())
                .clock(environment.clock())
                .seed(environment.settings().seed())
                .stateMachineName(ref.baseName());
        return settings.apply(builder).build();
    }

    private void record(ExecutionResult result) {
        executions.add(result);
        environment.ran(ref, machine, result);
    }

    @Override
    public StepFunctionRunner configure(UnaryOperator<Engine.Builder> more) {
        UnaryOperator<Engine.Builder> before = settings;
        settings = builder -> more.apply(before.apply(builder));
        return this;
    }

    @Override
    public Execution start(String inputJson) {
        Execution execution;
        try {
            execution = engine().start(machine, Json.parse(inputJson));
        } catch (InvalidJsonException e) {
            throw new IllegalArgumentException("The input is not JSON: " + e.getMessage() + "\n  " + inputJson);
        }
        started.add(execution);
        return execution;
    }

    /** Records the driven executions that have ended since the last look. */
    void harvest() {
        for (java.util.Iterator<Execution> it = started.iterator(); it.hasNext(); ) {
            Execution execution = it.next();
            if (execution.isDone()) {
                record(execution.result());
                it.remove();
            }
        }
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
        harvest();
        return List.copyOf(executions);
    }

    @Override
    public ExecutionResult lastExecution() {
        harvest();
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
