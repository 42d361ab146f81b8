package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

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
 *
 * <p><b>Matching the input.</b> {@link #whenInput(InputMatcher)} starts a block with its own
 * script, chosen by the task's input (the request after {@code InputPath} and {@code Parameters},
 * see {@link InputMatcher}); the first block whose matcher matches answers, and counts its own
 * calls: its first matching call gets its first response. So a Map's iterations, answered by
 * their item, do not depend on the order they run in. A call that no block matches, with no
 * {@link InputMatchers#otherwise()} block, stops the run with an
 * {@link dev.sfntest.engine.UnmockedTaskException} naming the state, attempt, input and the
 * matchers tried.
 *
 * <pre>{@code
 * TaskMocks.forState("Process")
 *         .whenInput(at("$.Payload.Key").isEqualTo("a.csv")).returnsPayload("{\"rows\": 3}")
 *         .whenInput(at("$.Payload.Key").isEqualTo("b.csv"))
 *                 .throwsError("Lambda.TooManyRequestsException", "slow down").thenReturnsPayload("{\"rows\": 5}");
 * }</pre>
 */
@API(status = STABLE)
public final class TaskMock {
    /** What a mock answers for: a state name or a resource ARN. */
    enum Target { STATE, RESOURCE }

    private final Target target;
    private final String key;
    private final List<ScriptBlock> blocks;
    private final boolean lenient;
    private final FieldValidationMode fieldValidation;

    private TaskMock(Target target, String key, List<ScriptBlock> blocks, boolean lenient,
            FieldValidationMode fieldValidation) {
        this.target = target;
        this.key = key;
        this.blocks = List.copyOf(blocks);
        this.lenient = lenient;
        this.fieldValidation = fieldValidation;
    }

    static TaskMock of(Target target, String key) {
        return new TaskMock(target, Objects.requireNonNull(key, "name"), List.of(ScriptBlock.unconditional()), false,
                null);
    }

    /**
     * Starts a block answering the calls whose input {@code matcher} matches, with its own script
     * (give its responses next); blocks are tried in order and the first match wins.
     *
     * <pre>{@code
     * TaskMocks.forState("Price")
     *         .whenInput(at("$.sku").isEqualTo("apple")).returns("{\"price\": 1}")
     *         .whenInput(otherwise()).throwsError("Price.Unknown", "no such sku").andSoOn();
     * }</pre>
     *
     * @throws IllegalStateException after an unconditional response, after a block with no
     *     response, or after an {@code otherwise()} block
     */
    public TaskMock whenInput(InputMatcher matcher) {
        Objects.requireNonNull(matcher, "matcher");
        ScriptBlock current = current();
        if (!current.isConditional() && !current.steps().isEmpty()) {
            throw new IllegalStateException(this + " already answers every call, so whenInput(" + matcher.description()
                    + ") cannot follow; give the whenInput(...) blocks only, the last one whenInput(otherwise())");
        }
        if (current.isConditional() && current.steps().isEmpty()) {
            throw new IllegalStateException(this + current.label() + " has no response; give it returns(...), "
                    + "throwsError(...) or answers(...) before whenInput(" + matcher.description() + ")");
        }
        if (current.isConditional() && InputMatchers.isOtherwise(current.matcher())) {
            throw new IllegalStateException(this + ": whenInput(" + matcher.description() + ") follows "
                    + "whenInput(otherwise()), which matches every input; put otherwise() last");
        }
        List<ScriptBlock> more = new ArrayList<>(current.isConditional() ? blocks : List.of());
        more.add(ScriptBlock.when(matcher));
        return new TaskMock(target, key, more, lenient, fieldValidation);
    }

    /** The first response: the task returns {@code result}. */
    public TaskMock returns(JsonNode result) {
        return first("returns(...)").append(ScriptStep.of(TaskOutcome.success(result)));
    }

    /** The first response: the task returns the JSON text {@code json} ({@code "{\"ok\": true}"}). */
    public TaskMock returns(String json) {
        return returns(parse(json));
    }

    /**
     * The first response: a Lambda function returns {@code payload}, wrapped as the Task's resource
     * returns it: for {@code arn:aws:states:::lambda:invoke} in AWS's envelope
     * ({@link LambdaResponses#invoke}: {@code StatusCode} 200, {@code ExecutedVersion},
     * {@code Payload}...), for a function ARN as it is.
     *
     * @throws InvalidMockException for a mock by resource whose resource does not call Lambda; a
     *     mock by state name fails when it answers such a Task
     */
    public TaskMock returnsPayload(JsonNode payload) {
        return first("returnsPayload(...)").append(payloadStep(payload));
    }

    /** The first response: a Lambda function returns the JSON text {@code json}, wrapped as {@link #returnsPayload(JsonNode)} does. */
    public TaskMock returnsPayload(String json) {
        return returnsPayload(parse(json));
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

    /** The next response: a Lambda function returns {@code payload}, wrapped as {@link #returnsPayload(JsonNode)} does. */
    public TaskMock thenReturnsPayload(JsonNode payload) {
        return next("thenReturnsPayload(...)").append(payloadStep(payload));
    }

    /** The next response: a Lambda function returns the JSON text {@code json}, wrapped in AWS's envelope. */
    public TaskMock thenReturnsPayload(String json) {
        return thenReturnsPayload(parse(json));
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
        return withCurrent(current().repeatingLast());
    }

    /** This mock may go unused: {@link TaskMocks#verifyAllUsed()} does not report it. */
    public TaskMock lenient() {
        return new TaskMock(target, key, blocks, true, fieldValidation);
    }

    /**
     * How this mock's results are checked against the API model of the operation the Task calls
     * (AWS TestState's {@code fieldValidationMode}); without it, the {@link TaskMocks} set's or the
     * engine's mode applies (STRICT by default).
     */
    public TaskMock fieldValidation(FieldValidationMode mode) {
        return new TaskMock(target, key, blocks, lenient, Objects.requireNonNull(mode, "mode"));
    }

    /** The same mock, its last response checked in {@code mode} (a MockConfigFile response's own mode). */
    TaskMock withResponseMode(FieldValidationMode mode) {
        return replaceLast(last("FieldValidationMode").withMode(mode));
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

    /** The scripts: one unconditional one, or the {@code whenInput} blocks in order. */
    List<ScriptBlock> blocks() {
        return blocks;
    }

    /** Whether the mock answers by {@code whenInput} blocks. */
    boolean isConditional() {
        return blocks.get(0).isConditional();
    }

    /** The responses of the unconditional script (or of the last block). */
    List<ScriptStep> steps() {
        return current().steps();
    }

    boolean repeatsLast() {
        return current().andSoOn();
    }

    boolean isLenient() {
        return lenient;
    }

    /** The number of scripted responses of the unconditional script, counting {@code times}. */
    int scriptSize() {
        return current().size();
    }

    /** The step of the unconditional script answering {@code attempt}, or {@code null} past the script. */
    ScriptStep stepFor(int attempt) {
        return current().stepFor(attempt);
    }

    private ScriptBlock current() {
        return blocks.get(blocks.size() - 1);
    }

    private TaskMock withCurrent(ScriptBlock block) {
        List<ScriptBlock> replaced = new ArrayList<>(blocks);
        replaced.set(replaced.size() - 1, block);
        return new TaskMock(target, key, replaced, lenient, fieldValidation);
    }

    private TaskMock first(String method) {
        if (!current().steps().isEmpty()) {
            throw new IllegalStateException(this + current().label() + " already has a response; chain the next one "
                    + "with then" + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        }
        return this;
    }

    private TaskMock next(String method) {
        last(method);
        if (current().andSoOn()) {
            throw new IllegalStateException(this + current().label() + " repeats its last response (andSoOn()); "
                    + method + " cannot follow it");
        }
        return this;
    }

    private ScriptStep last(String method) {
        List<ScriptStep> steps = current().steps();
        if (steps.isEmpty()) {
            throw new IllegalStateException(this + current().label() + " has no response for " + method
                    + " to follow; start with returns(...), throwsError(...) or answers(...)");
        }
        return steps.get(steps.size() - 1);
    }

    private TaskMock append(ScriptStep step) {
        return withCurrent(current().append(step));
    }

    private TaskMock replaceLast(ScriptStep step) {
        return withCurrent(current().replaceLast(step));
    }

    private ScriptStep payloadStep(JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        if (target == Target.RESOURCE && !Payloads.isLambda(key)) {
            throw new InvalidMockException(this + " answers with returnsPayload(...), which wraps a Lambda "
                    + "function's payload, but " + key + " is neither " + Payloads.INVOKE + " nor a Lambda "
                    + "function ARN; give the whole result with returns(...)");
        }
        return ScriptStep.payload(payload);
    }

    private JsonNode parse(String json) {
        return MockJson.parse(json, this + " returns");
    }
}
