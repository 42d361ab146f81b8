package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskErrors;
import dev.sfntest.service.TaskResources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.apiguardian.api.API;

/**
 * Makes {@link TaskMock}s and answers Task states with them: the task handler of a test. It
 * records every invocation, reports an unmocked Task with the closest mocks, and checks that no
 * mock went unused.
 *
 * <pre>{@code
 * TaskMocks mocks = TaskMocks.of(
 *         TaskMocks.forState("Charge")
 *                 .throwsError("Lambda.TooManyRequestsException", "Rate exceeded").times(2)
 *                 .thenReturns(LambdaResponses.invoke(Json.parse("{\"charged\": true}"))),
 *         TaskMocks.forResource("arn:aws:states:::sns:publish").returns(ServiceResponses.snsPublish()).andSoOn());
 * ExecutionResult result = Engine.builder().taskHandler(mocks).build().execute(machine, input);
 * assertThat(mocks.recorded().forState("Charge").count()).isEqualTo(3);
 * mocks.verifyAllUsed();
 * }</pre>
 *
 * <p>A state-name mock wins over a resource mock; states nested in Parallel and Map are mocked by
 * their own names. A Task that no mock answers (and no {@link #orElse fallback}) stops the run
 * with an {@link UnmockedTaskException}. Configure once, then run: a {@code TaskMocks} holds the
 * recordings of the executions it answered, so use a new one per test.
 */
@API(status = STABLE)
public final class TaskMocks implements TaskHandler {
    private final List<TaskMock> mocks;
    private final Map<String, TaskMock> byState = new LinkedHashMap<>();
    private final Map<String, TaskMock> byResource = new LinkedHashMap<>();
    private final TaskHandler fallback;
    private final boolean strict;
    private final FieldValidationMode fieldValidation;
    private final List<RecordedInvocation> recorded = Collections.synchronizedList(new ArrayList<>());
    private final Usage usage;
    private final Set<String> warnings = Collections.synchronizedSet(new LinkedHashSet<>());
    /** The mode of each invocation a {@code whenInput} block answered, until the engine has checked it. */
    private final Map<TaskInvocation, Optional<FieldValidationMode>> modes =
            Collections.synchronizedMap(new WeakHashMap<>());

    private TaskMocks(List<TaskMock> mocks, TaskHandler fallback, boolean strict, FieldValidationMode fieldValidation) {
        this.mocks = List.copyOf(mocks);
        this.fallback = fallback;
        this.strict = strict;
        this.fieldValidation = fieldValidation;
        this.usage = new Usage(this.mocks);
        for (TaskMock mock : this.mocks) {
            for (ScriptBlock block : mock.blocks()) {
                if (block.steps().isEmpty()) {
                    throw new InvalidMockException(mock + block.label() + " has no response; give it returns(...), "
                            + "throwsError(...) or answers(...)");
                }
            }
            Map<String, TaskMock> index = mock.target() == TaskMock.Target.STATE ? byState : byResource;
            if (index.putIfAbsent(mock.key(), mock) != null) {
                throw new InvalidMockException("There are two mocks for " + mock.subject()
                        + "; chain their responses into one with then...(...)");
            }
        }
    }

    /** A mock for the Task state named {@code stateName}, at any depth. Add its responses next. */
    public static TaskMock forState(String stateName) {
        return TaskMock.of(TaskMock.Target.STATE, stateName);
    }

    /** A mock for every Task state whose {@code Resource} is {@code resource}, counting attempts per state. */
    public static TaskMock forResource(String resource) {
        return TaskMock.of(TaskMock.Target.RESOURCE, resource);
    }

    /**
     * The handler answering with {@code mocks}.
     *
     * @throws InvalidMockException when two mocks have the same state or resource, or one has no response
     */
    public static TaskMocks of(TaskMock... mocks) {
        return of(Arrays.asList(mocks));
    }

    /** The handler answering with {@code mocks}. */
    public static TaskMocks of(List<TaskMock> mocks) {
        return new TaskMocks(mocks, null, true, null);
    }

    /** The scripts of a {@link MockedResponses} (a MockConfigFile test case) as mocks by state name. */
    public static TaskMocks from(MockedResponses responses) {
        return of(MockConfigExport.toMocks(responses));
    }

    /** The same mocks, asking {@code handler} for the Tasks they do not answer (a Mockito mock, an HTTP client). */
    public TaskMocks orElse(TaskHandler handler) {
        return new TaskMocks(mocks, Objects.requireNonNull(handler, "handler"), strict, fieldValidation);
    }

    /** The same mocks, with {@link #verifyAllUsed()} reporting nothing. */
    public TaskMocks lenient() {
        return new TaskMocks(mocks, fallback, false, fieldValidation);
    }

    /**
     * The same mocks, with their results checked against the API models in {@code mode} unless a
     * mock sets its own (AWS TestState's {@code fieldValidationMode}; the engine's applies otherwise).
     */
    public TaskMocks fieldValidation(FieldValidationMode mode) {
        return new TaskMocks(mocks, fallback, strict, Objects.requireNonNull(mode, "mode"));
    }

    /**
     * The answering response's mode (from a MockConfigFile), else its mock's, else this set's;
     * {@code null} leaves it to the engine. A result from the fallback is checked as the fallback says.
     */
    @Override
    public FieldValidationMode fieldValidationMode(TaskInvocation invocation) {
        TaskMock chosen = byState.getOrDefault(invocation.stateName(), byResource.get(invocation.resource()));
        Optional<FieldValidationMode> answered = chosen != null && chosen.isConditional() ? modes.get(invocation)
                : null;
        if (answered != null) {
            return answered.orElse(null);
        }
        if (chosen != null && !chosen.isConditional() && chosen.stepFor(invocation.attempt()) != null) {
            return modeOf(chosen, chosen.stepFor(invocation.attempt()));
        }
        return fallback == null ? fieldValidation : fallback.fieldValidationMode(invocation);
    }

    private FieldValidationMode modeOf(TaskMock mock, ScriptStep step) {
        return step.mode() != null ? step.mode() : mock.fieldValidationMode() != null ? mock.fieldValidationMode()
                : fieldValidation;
    }

    /**
     * Answers from the state's mock, else the resource's mock, else the fallback. A mock with
     * {@code whenInput} blocks answers from the first block matching the input, at that block's
     * own count of calls in the execution.
     *
     * @throws UnmockedTaskException naming the state, resource, attempt and input, and the closest
     *     mocks (or the matchers tried)
     * @throws InvalidMockException when a {@code returnsPayload} response answers a Task that does
     *     not call Lambda
     */
    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        TaskMock chosen = byState.getOrDefault(invocation.stateName(), byResource.get(invocation.resource()));
        Choice choice = chosen == null ? null : choose(chosen, invocation);
        TaskOutcome outcome = null;
        if (choice != null && choice.step() != null) {
            outcome = choice.step().respond(invocation, chosen + choice.block().label());
        }
        if (outcome != null) {
            usage.answered(chosen, choice.index(), choice.call());
            if (chosen.isConditional()) { // the block's call count moved on: remember the step's mode
                modes.put(invocation, Optional.ofNullable(modeOf(chosen, choice.step())));
            }
            warnAboutErrorName(chosen, invocation, outcome);
        } else if (fallback != null) {
            outcome = fallback.handle(invocation);
        }
        recorded.add(new RecordedInvocation(invocation.stateName(), invocation.resource(), invocation.input(),
                invocation.attempt(), invocation.instant(), outcome));
        if (outcome == null) {
            throw new UnmockedTaskException(NearMisses.report(invocation, chosen, choice, mocks),
                    invocation.stateName(), invocation.attempt());
        }
        return outcome;
    }

    /** The block of {@code mock} answering {@code invocation} and its step, or a choice of no block. */
    private Choice choose(TaskMock mock, TaskInvocation invocation) {
        if (!mock.isConditional()) {
            ScriptBlock only = mock.blocks().get(0);
            return new Choice(only, 0, invocation.attempt(), only.stepFor(invocation.attempt()));
        }
        List<ScriptBlock> blocks = mock.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            ScriptBlock block = blocks.get(i);
            if (block.matcher().matches(invocation.input())) {
                String execution = invocation.context() == null ? ""
                        : invocation.context().path("Execution").path("Id").asText();
                int call = usage.nextBlockCall(execution, invocation.stateName(), i);
                return new Choice(block, i, call, block.stepFor(call));
            }
        }
        return new Choice(null, -1, -1, null);
    }

    /**
     * The script consulted for one call: its block ({@code null} when no block matched), the
     * block's index, the call's number in it, and the step answering it ({@code null} past the script).
     */
    record Choice(ScriptBlock block, int index, int call, ScriptStep step) {
    }

    private void warnAboutErrorName(TaskMock chosen, TaskInvocation invocation, TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Failure failure && invocation.resource() != null) {
            TaskErrors.check(TaskResources.resolve(invocation.resource()).resource(), failure.error(),
                    ServiceModels.standard()).ifPresent(why -> warnings.add(chosen + " throws an error its Task "
                    + "'" + invocation.stateName() + "' can never raise: " + why));
        }
    }

    /**
     * One line per mocked error that the Task it answers can never raise, as its operation's API
     * model names errors (a near miss of a declared name, or another service's error), with a
     * did-you-mean; such a mock tests a path AWS never takes.
     */
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    /** Every invocation so far, in call order. */
    public Invocations recorded() {
        synchronized (recorded) {
            return new Invocations(recorded);
        }
    }

    /** One line per mock not used up: never called, or called for fewer attempts than it scripts. */
    public List<String> unusedMocks() {
        return strict ? usage.unused() : List.of();
    }

    /**
     * Fails when a mock was not used up, unless it or this set is lenient. Call it after a test
     * that otherwise passed: a strictness failure must not hide the real one.
     *
     * @throws UnusedMockException listing each mock not used up
     */
    public void verifyAllUsed() {
        List<String> unused = unusedMocks();
        if (!unused.isEmpty()) {
            throw new UnusedMockException(unused.size() + (unused.size() == 1 ? " mock was" : " mocks were")
                    + " not used up (mark a mock lenient() if that is expected):\n  - "
                    + String.join("\n  - ", unused), unused);
        }
    }

    /** The mocks, in the order given. */
    public List<TaskMock> mocks() {
        return mocks;
    }

    /** The mocks as per-state scripts ({@code {"Charge": {"0-1": {"Throw": ...}, "2": {"Return": ...}}}}). */
    public JsonNode toMockedResponses() {
        return MockConfigExport.mockedResponses(mocks);
    }

    /**
     * The mocks as a whole MockConfigFile with one state machine and one test case; each state's
     * script is a named response of the same name.
     *
     * @throws InvalidMockException when a mock cannot be written: it is by resource, answers with a
     *     function, takes a virtual duration or repeats its last response
     */
    public JsonNode toMockConfigFile(String stateMachine, String testCase) {
        return MockConfigExport.configFile(mocks, stateMachine, testCase);
    }
}
