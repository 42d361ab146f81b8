package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The scripted responses of one Task state (by name) or of every state calling one resource (by
 * ARN), one per invocation: attempt 0 gets the first response, attempt 1 the next, and so on. The
 * attempt is {@link TaskInvocation#attempt()}: one counter per state per execution, advanced by
 * retries, loops and Map iterations alike (as AWS Step Functions Local counts).
 *
 * <pre>{@code
 * TaskMock charge = TaskMocks.forState("Charge")
 *         .throwsError(AwsErrors.lambdaTooManyRequests()).times(2)
 *         .thenReturns(LambdaResponses.invoke(Json.parse("{\"charged\": true}")))
 *         .after(Duration.ofSeconds(3));
 * TaskMock queue = TaskMocks.forResource("arn:aws:states:::sqs:sendMessage")
 *         .returns(ServiceResponses.sqsSendMessage("hello")).andSoOn();
 * Engine engine = Engine.builder().taskHandler(TaskMocks.of(charge, queue)).build();
 * }</pre>
 *
 * <p>A {@code TaskMock} is immutable: every method returns a new one, so a base mock can be shared
 * between tests and extended in each. The first response is {@code returns}, {@code throwsError},
 * {@code answers} or {@code respondsWith}; the next ones are their {@code then...} forms;
 * {@code times} and {@code after} change the response just written. An attempt past the script is
 * unmocked unless the script ends with {@link #andSoOn()}. A mock for a state name wins over a mock
 * for the state's resource.
 */
public final class TaskMock {
    /** What a mock answers for: a state name or a resource ARN. */
    enum Target { STATE, RESOURCE }

    private final Target target;
    private final String key;
    private final List<ScriptStep> steps;
    private final boolean andSoOn;
    private final boolean lenient;
    private final FieldValidationMode fieldValidation;

    private TaskMock(Target target, String key, List<ScriptStep> steps, boolean andSoOn, boolean lenient,
            FieldValidationMode fieldValidation) {
        this.target = target;
        this.key = key;
        this.steps = List.copyOf(steps);
        this.andSoOn = andSoOn;
        this.lenient = lenient;
        this.fieldValidation = fieldValidation;
    }

    static TaskMock of(Target target, String key) {
        return new TaskMock(target, Objects.requireNonNull(key, "name"), List.of(), false, false, null);
    }

    /** The first response: the task returns {@code result}. */
    public TaskMock returns(JsonNode result) {
        return first("returns(...)").append(ScriptStep.of(TaskOutcome.success(result)));
    }

    /** The first response: the task returns the JSON text {@code json} ({@code "{\"ok\": true}"}). */
    public TaskMock returns(String json) {
        return returns(parse(json));
    }

    /** The first response: the task raises {@code error} with {@code cause} ({@code null} for none). */
    public TaskMock throwsError(String error, String cause) {
        return respondsWith(TaskOutcome.failure(Objects.requireNonNull(error, "error"), cause));
    }

    /** The first response: the task raises an error, for example {@link AwsErrors#lambdaServiceException()}. */
    public TaskMock throwsError(TaskOutcome.Failure failure) {
        return respondsWith(failure);
    }

    /** The first response: any outcome, with its own virtual duration. */
    public TaskMock respondsWith(TaskOutcome outcome) {
        return first("respondsWith(...)").append(ScriptStep.of(Objects.requireNonNull(outcome, "outcome")));
    }

    /**
     * The first response: the task keeps running until the test completes its task token
     * ({@code execution.sendTaskSuccess(token, output)}), as a {@code .waitForTaskToken} callback does.
     */
    public TaskMock holdsToken() {
        return respondsWith(TaskOutcome.pending());
    }

    /** The next response: the task keeps running until the test completes its task token. */
    public TaskMock thenHoldsToken() {
        return thenRespondsWith(TaskOutcome.pending());
    }

    /** The first response: computed from the invocation (input after Parameters, attempt, instant...). */
    public TaskMock answers(Function<TaskInvocation, TaskOutcome> answer) {
        return first("answers(...)").append(ScriptStep.answering(Objects.requireNonNull(answer, "answer")));
    }

    /** The next response: the task returns {@code result}. */
    public TaskMock thenReturns(JsonNode result) {
        return next("thenReturns(...)").append(ScriptStep.of(TaskOutcome.success(result)));
    }

    /** The next response: the task returns the JSON text {@code json}. */
    public TaskMock thenReturns(String json) {
        return thenReturns(parse(json));
    }

    /** The next response: the task raises {@code error} with {@code cause}. */
    public TaskMock thenThrowsError(String error, String cause) {
        return thenRespondsWith(TaskOutcome.failure(Objects.requireNonNull(error, "error"), cause));
    }

    /** The next response: the task raises an error, for example {@link AwsErrors#statesTaskFailed(String)}. */
    public TaskMock thenThrowsError(TaskOutcome.Failure failure) {
        return thenRespondsWith(failure);
    }

    /** The next response: any outcome. */
    public TaskMock thenRespondsWith(TaskOutcome outcome) {
        return next("thenRespondsWith(...)").append(ScriptStep.of(Objects.requireNonNull(outcome, "outcome")));
    }

    /** The next response: computed from the invocation. */
    public TaskMock thenAnswers(Function<TaskInvocation, TaskOutcome> answer) {
        return next("thenAnswers(...)").append(ScriptStep.answering(Objects.requireNonNull(answer, "answer")));
    }

    /** The response just written answers {@code count} attempts in a row. */
    public TaskMock times(int count) {
        ScriptStep last = last("times(" + count + ")");
        if (count < 1) {
            throw new IllegalArgumentException(this + ": times(" + count + ") must be at least 1");
        }
        return replaceLast(last.times(count));
    }

    /** The response just written takes {@code duration} of virtual time (a Task timeout may cut it). */
    public TaskMock after(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(this + ": after(" + duration + ") must not be negative");
        }
        return replaceLast(last("after(" + duration + ")").after(duration));
    }

    /**
     * The response just written sends heartbeats at these offsets from the task's start (for
     * {@code HeartbeatSeconds}); a gap longer than HeartbeatSeconds times the task out.
     */
    public TaskMock withHeartbeats(Duration... offsets) {
        ScriptStep last = last("withHeartbeats(...)");
        return replaceLast(last.withHeartbeats(List.of(offsets)));
    }

    /** The last response answers every attempt past the script, instead of leaving them unmocked. */
    public TaskMock andSoOn() {
        last("andSoOn()");
        return new TaskMock(target, key, steps, true, lenient, fieldValidation);
    }

    /** This mock may go unused: {@link TaskMocks#verifyAllUsed()} does not report it. */
    public TaskMock lenient() {
        return new TaskMock(target, key, steps, andSoOn, true, fieldValidation);
    }

    /**
     * How this mock's results are checked against the API model of the operation the Task calls
     * (AWS TestState's {@code fieldValidationMode}); without it, the {@link TaskMocks} set's or the
     * engine's mode applies (STRICT by default).
     */
    public TaskMock fieldValidation(FieldValidationMode mode) {
        return new TaskMock(target, key, steps, andSoOn, lenient, Objects.requireNonNull(mode, "mode"));
    }

    FieldValidationMode fieldValidationMode() {
        return fieldValidation;
    }

    /** {@code TaskMock for state 'Charge'} or {@code TaskMock for resource 'arn:...'}. */
    @Override
    public String toString() {
        return "TaskMock for " + subject();
    }

    /** {@code state 'Charge'} or {@code resource 'arn:...'}. */
    String subject() {
        return (target == Target.STATE ? "state" : "resource") + " '" + key + "'";
    }

    Target target() {
        return target;
    }

    String key() {
        return key;
    }

    List<ScriptStep> steps() {
        return steps;
    }

    boolean repeatsLast() {
        return andSoOn;
    }

    boolean isLenient() {
        return lenient;
    }

    /** The number of scripted responses, counting {@code times}. */
    int scriptSize() {
        return steps.stream().mapToInt(ScriptStep::times).sum();
    }

    /** The step answering {@code attempt}, or {@code null} past the script. */
    ScriptStep stepFor(int attempt) {
        int remaining = attempt;
        for (ScriptStep step : steps) {
            if (remaining < step.times()) {
                return step;
            }
            remaining -= step.times();
        }
        return andSoOn && !steps.isEmpty() ? steps.get(steps.size() - 1) : null;
    }

    private TaskMock first(String method) {
        if (!steps.isEmpty()) {
            throw new IllegalStateException(this + " already has a response; chain the next one with "
                    + "then" + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        }
        return this;
    }

    private TaskMock next(String method) {
        last(method);
        if (andSoOn) {
            throw new IllegalStateException(this + " repeats its last response (andSoOn()); " + method
                    + " cannot follow it");
        }
        return this;
    }

    private ScriptStep last(String method) {
        if (steps.isEmpty()) {
            throw new IllegalStateException(this + " has no response for " + method
                    + " to follow; start with returns(...), throwsError(...) or answers(...)");
        }
        return steps.get(steps.size() - 1);
    }

    private TaskMock append(ScriptStep step) {
        List<ScriptStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new TaskMock(target, key, longer, andSoOn, lenient, fieldValidation);
    }

    private TaskMock replaceLast(ScriptStep step) {
        List<ScriptStep> replaced = new ArrayList<>(steps);
        replaced.set(replaced.size() - 1, step);
        return new TaskMock(target, key, replaced, andSoOn, lenient, fieldValidation);
    }

    private JsonNode parse(String json) {
        try {
            return Json.parse(Objects.requireNonNull(json, "json"));
        } catch (InvalidJsonException e) {
            boolean bareWord = e.hint().startsWith("did you mean to quote it");
            throw new InvalidMockException(this + " returns text that is not JSON: " + e.getMessage()
                    + (bareWord && json.strip().indexOf(' ') < 0 && !json.contains("{")
                            ? " (in Java: \"\\\"" + json.strip() + "\\\"\")" : ""));
        }
    }
}
