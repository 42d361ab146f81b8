package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The assertions on an execution, or on one Map iteration or Parallel branch of it, for
 * subclasses that add their own ({@code class OrderAssert extends AbstractExecutionAssert<OrderAssert>}).
 * {@link ExecutionAssert} is the concrete one. Every check fails through AssertJ's
 * {@code failWithActualExpectedAndMessage}, so soft assertions collect it and IDEs show expected
 * and actual values; the message shows the path taken and the last events with their virtual
 * times. State names are checked against the definition when the result knows it.
 *
 * @param <SELF> the concrete type, returned by every check
 */
@API(status = STABLE)
public abstract class AbstractExecutionAssert<SELF extends AbstractExecutionAssert<SELF>>
        extends AbstractObjectAssert<SELF, ExecutionResult> {
    private static final int LAST_EVENTS = 8;
    private Subject subject;
    private StateNameCheck names;
    private SoftAssertionsProvider softly;

    /** Assertions on {@code actual}, a whole execution. */
    protected AbstractExecutionAssert(ExecutionResult actual, Class<?> selfType) {
        super(actual, selfType);
        if (actual != null) {
            this.subject = Subject.of(actual);
            this.names = StateNameCheck.of(actual.stateMachine());
        }
    }

    /** Narrows these assertions to a view; keeps soft assertions soft. */
    final SELF viewing(Subject view, SoftAssertionsProvider soft) {
        this.subject = view == null ? subject : view;
        this.softly = soft;
        return myself;
    }

    /** What is checked: fails (through AssertJ) when the result is {@code null}. */
    private Subject subject() {
        isNotNull();
        return subject;
    }

    private ExecutionPath path() {
        return subject().path();
    }

    /** Fails with the subject, the expectation, what happened, the path taken and the last events. */
    private SELF check(boolean ok, String expectation, String happened, Object expected, Object actualValue) {
        if (!ok) {
            Subject at = subject();
            String end = happened.endsWith("?") || happened.endsWith(")") && happened.contains("did you mean")
                    ? "" : ".";
            String message = "Expected " + at.name() + " " + expectation + "\nbut " + happened + end + "\n"
                    + "Path taken: " + Timeline.pathTaken(at.path()) + "\n"
                    + "Last events (virtual time since the start):\n"
                    + Timeline.last(at.path(), at.result().startDate(), LAST_EVENTS);
            failWithActualExpectedAndMessage(actualValue, expected, "%s", message.stripTrailing());
        }
        return myself;
    }

    private SELF check(Verdict verdict) {
        return check(verdict.ok(), verdict.expectation(), verdict.happened(), verdict.expected(), verdict.actual());
    }

    static String times(int n) {
        return PathChecks.times(n);
    }

    // ---- status, output, error

    /** Fails unless the status is SUCCEEDED (a view: the iteration or branch succeeded). */
    public SELF succeeded() {
        return hasStatus(ExecutionStatus.SUCCEEDED);
    }

    /** Fails unless the status is FAILED. */
    public SELF failed() {
        return hasStatus(ExecutionStatus.FAILED);
    }

    /** Fails unless the status is TIMED_OUT. */
    public SELF timedOut() {
        return hasStatus(ExecutionStatus.TIMED_OUT);
    }

    /** Fails unless the status is {@code status}. */
    public SELF hasStatus(ExecutionStatus status) {
        return check(ResultChecks.status(subject(), status));
    }

    /** Fails unless the output equals the JSON {@code json}. */
    public SELF hasOutput(String json) {
        return check(ResultChecks.output(subject(), json));
    }

    /** Fails unless the value at {@code jsonPath} of the output equals {@code expected} (a JSON node, string, number, boolean, map or list). */
    public SELF hasOutputAt(String jsonPath, Object expected) {
        return check(ResultChecks.outputAt(subject(), jsonPath, expected));
    }

    /** Fails unless the output holds every field of {@code json}, at any depth (arrays element by element). */
    public SELF hasOutputContaining(String json) {
        return check(ResultChecks.outputContaining(subject(), json));
    }

    /** Fails unless the error is {@code error}. */
    public SELF hasError(String error) {
        return check(ResultChecks.error(subject(), error));
    }

    /** Fails unless the cause is {@code cause}. */
    public SELF hasCause(String cause) {
        return check(ResultChecks.cause(subject(), cause));
    }

    /** Fails unless the cause contains {@code text}. */
    public SELF hasCauseContaining(String text) {
        return check(ResultChecks.causeContaining(subject(), text));
    }

    // ---- path

    /** Fails unless every one of {@code states} was entered, in any order. */
    public SELF hasEntered(String... states) {
        return check(PathChecks.entered(subject(), names, states));
    }

    /** Fails unless {@code states} were entered in this order, others possibly between them. */
    public SELF hasEnteredInOrder(String... states) {
        return check(PathChecks.enteredInOrder(subject(), names, states));
    }

    /** Fails unless exactly {@code states} were entered, in this order, nothing else. */
    public SELF hasEnteredExactly(String... states) {
        return check(PathChecks.enteredExactly(subject(), names, states));
    }

    /** Fails if any of {@code states} was entered, or is not a state of the definition. */
    public SELF hasNeverEntered(String... states) {
        return check(PathChecks.neverEntered(subject(), names, states));
    }

    // ---- retries and catches

    /** Fails unless {@code state} ran {@code attempts} times (entries plus retries). */
    public SELF hasAttempts(String state, int attempts) {
        return check(PathChecks.attempts(subject(), names, state, attempts));
    }

    /** Fails unless {@code state} was retried {@code retries} times. */
    public SELF hasRetried(String state, int retries) {
        return check(PathChecks.retried(subject(), names, state, retries));
    }

    /**
     * Fails unless a Catch of {@code state} answered {@code error}. For a Parallel or Map state
     * the error is the failing branch's or iteration's, as the Catch passed it on.
     */
    public SELF hasCaught(String state, String error) {
        return check(PathChecks.caught(subject(), names, state, error));
    }

    // ---- data

    /** Fails unless the input of {@code state}'s last visit equals the JSON {@code json}. */
    public SELF hasStateInput(String state, String json) {
        return check(PathChecks.visitValue(subject(), names, state, json, true));
    }

    /** Fails unless the output of {@code state}'s last visit equals the JSON {@code json}. */
    public SELF hasStateOutput(String state, String json) {
        return check(PathChecks.visitValue(subject(), names, state, json, false));
    }

    /** Fails unless the variable {@code name} was last assigned the JSON {@code json}. */
    public SELF hasVariable(String name, String json) {
        return check(PathChecks.variable(subject(), name, json));
    }

    // ---- time and events

    /** Fails unless the execution took exactly {@code duration} of virtual time. */
    public SELF hasDuration(Duration duration) {
        return check(ResultChecks.duration(subject(), duration));
    }

    /** Fails if the execution took more than {@code duration} of virtual time. */
    public SELF hasDurationAtMost(Duration duration) {
        return check(ResultChecks.durationAtMost(subject(), duration));
    }

    /** Fails unless the execution started at {@code instant}. */
    public SELF startedAt(Instant instant) {
        return check(ResultChecks.startedAt(subject(), instant));
    }

    /** Fails unless the execution stopped at {@code instant}. */
    public SELF endedAt(Instant instant) {
        return check(ResultChecks.endedAt(subject(), instant));
    }

    /** Fails unless {@code state} was first entered at {@code instant}. */
    public SELF enteredAt(String state, Instant instant) {
        return check(PathChecks.enteredAt(subject(), names, state, instant));
    }

    /** Fails unless events of these types happened in this order, others possibly between them. */
    public SELF hasEventsInOrder(HistoryEventType... types) {
        return check(PathChecks.eventsInOrder(subject(), types));
    }

    /** Fails unless exactly {@code count} events of {@code type} happened. */
    public SELF hasEventCount(HistoryEventType type, int count) {
        return check(ResultChecks.eventCount(subject(), type, count));
    }

    // ---- tasks

    /**
     * Fails unless the Task state {@code state} was invoked; the returned assertions verify how
     * often and with what ({@code .times(2)}, {@code .withParametersAt("$.Payload.amount", 20)}).
     */
    public final InvocationAssert hasInvoked(String state) {
        InvocationAssert calls = invocationsOf(state);
        Optional<String> unknown = names.unknownTask(state);
        return unknown.isPresent() ? calls.unknownState(unknown.get()) : calls.hasSome(0);
    }

    /** Fails if the Task state {@code state} was invoked, or is not a Task state of the definition. */
    public SELF hasNotInvoked(String state) {
        String expectation = "to have never invoked " + state;
        Optional<String> unknown = names.unknownTask(state);
        if (unknown.isPresent()) {
            return check(false, expectation, unknown.get(), 0, null);
        }
        List<TaskCall> calls = calls().stream().filter(c -> c.state().equals(state)).toList();
        return check(calls.isEmpty(), expectation, "it invoked it " + times(calls.size()) + ":"
                + TaskCalls.list(calls, subject().result().startDate()), 0, calls.size());
    }

    /** The invocations of the Task state {@code state}, in order, for AssertJ's list assertions. */
    public final ListAssert<TaskCall> invocations(String state) {
        names.unknownTask(state).ifPresent(why -> invocationsOf(state).unknownState(why));
        List<TaskCall> calls = calls().stream().filter(c -> c.state().equals(state)).toList();
        return softly == null ? new ListAssert<>(calls) : softly.proxy(ListAssert.class, List.class, calls);
    }

    private InvocationAssert invocationsOf(String state) {
        List<TaskCall> all = calls();
        List<TaskCall> ofState = all.stream().filter(c -> c.state().equals(state)).toList();
        InvocationAssert made = softly == null ? new InvocationAssert(ofState)
                : softly.proxy(InvocationAssert.class, List.class, ofState);
        return made.describing(subject().name(), state, "", all, subject().result().startDate(), softly);
    }

    private List<TaskCall> calls() {
        return TaskCalls.of(subject().result().history(), path().events());
    }

    // ---- navigation

    /** Assertions on the output ({@code null} when there is none: the execution did not succeed). */
    public final JsonNodeAssert output() {
        return JsonNodeAssert.of(subject().output(), "the output of " + subject().name(), softly);
    }

    /** Assertions on the value at {@code jsonPath} of the output ({@code null} when there is none). */
    public final JsonNodeAssert outputAt(String jsonPath) {
        return output().at(jsonPath);
    }

    /** Assertions on the variables assigned, each with its last value, by name. */
    public final MapAssert<String, JsonNode> variables() {
        Map<String, JsonNode> variables = path().variables();
        return softly == null ? new MapAssert<>(variables) : softly.proxy(MapAssert.class, Map.class, variables);
    }

    /** Assertions on the last value of the variable {@code name} ({@code null} when never assigned). */
    public final JsonNodeAssert variable(String name) {
        return JsonNodeAssert.of(path().variables().get(name), "$" + name + " of " + subject().name(), softly);
    }

    /** The assertions on iteration {@code index} (0-based) of the Map state's first run; fails when it did not run. */
    public final ExecutionAssert mapIteration(String mapState, int index) {
        String name = "iteration " + index + " of the Map state '" + mapState + "'";
        Optional<String> unknown = names.unknownMap(mapState);
        if (unknown.isPresent()) {
            return missing(name, unknown.get(), index, null);
        }
        try {
            return child(subject().view(name, path().mapIteration(mapState, index)));
        } catch (IllegalArgumentException e) {
            int ran = PathChecks.iterationsRun(subject(), mapState);
            return missing(name, "it ran " + ran + " iterations of it", index, ran);
        }
    }

    /** The assertions on the branch starting at {@code startAt} of the Parallel state's first run. */
    public final ExecutionAssert parallelBranch(String parallelState, String startAt) {
        String name = "the branch of the Parallel state '" + parallelState + "' starting at '" + startAt + "'";
        Optional<String> unknown = names.unknownBranch(parallelState, startAt);
        if (unknown.isPresent()) {
            return missing(name, unknown.get(), startAt, null);
        }
        try {
            return child(subject().view(name, path().parallelBranch(parallelState, startAt)));
        } catch (IllegalArgumentException e) {
            return missing(name, "it ran no such branch", startAt, null);
        }
    }

    private ExecutionAssert child(Subject view) {
        ExecutionAssert made = softly == null ? new ExecutionAssert(actual)
                : softly.proxy(ExecutionAssert.class, ExecutionResult.class, actual);
        return made.viewing(view, softly);
    }

    /** A view that does not exist: fails at once (soft assertions collect it), and every check on it fails. */
    private ExecutionAssert missing(String name, String happened, Object expected, Object actualValue) {
        ExecutionAssert view = child(subject());
        view.hasRun(name, happened, expected, actualValue);
        return view.viewing(Subject.missing(subject(), name), softly);
    }

    /** Fails: the view {@code name} did not run ({@code happened}). */
    protected SELF hasRun(String name, String happened, Object expected, Object actualValue) {
        return check(false, "to have run " + name, happened, expected, actualValue);
    }

    // ---- snapshots

    /**
     * Fails unless the execution (or this view of it) matches its snapshot, named after the calling
     * test method: {@code src/test/resources/__snapshots__/<test class>/<method>.json}. The snapshot
     * holds the status, output, error, cause and the history, UUIDs replaced by {@code <uuid:N>}.
     * A missing snapshot is recorded (on CI, {@code CI} set, it fails instead);
     * {@code -Dsfntest.snapshots.update=true} re-records. A difference fails with a line diff and
     * the expected and actual texts. See {@code docs/junit5.md}.
     */
    public SELF matchesSnapshot() {
        Optional<String> name = Snapshots.callerName();
        if (name.isEmpty()) {
            failWithMessage("%s", Snapshots.NO_TEST_METHOD);
            return myself;
        }
        return matchesSnapshot(name.get());
    }

    /**
     * {@link #matchesSnapshot()} with a snapshot named {@code name}, a relative path such as
     * {@code "OrderTest/declined"} ({@code .json} is added): for parameterized and repeated tests,
     * or calls outside a test method.
     */
    public SELF matchesSnapshot(String name) {
        Snapshots.fromEnvironment().verify(name, SnapshotContent.of(subject())).ifPresent(mismatch -> {
            if (mismatch.expected() == null) {
                failWithMessage("%s", mismatch.message());
            } else {
                failWithActualExpectedAndMessage(mismatch.actual(), mismatch.expected(), "%s", mismatch.message());
            }
        });
        return myself;
    }
}
