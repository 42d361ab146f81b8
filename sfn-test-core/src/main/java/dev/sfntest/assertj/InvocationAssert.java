package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Verifies what a Task state received, Mockito-style: how often it ran, with which input and
 * request. {@link AbstractExecutionAssert#hasInvoked(String)} returns it; each {@code with...}
 * narrows the invocations that later checks count. A failure lists the invocations that did
 * happen: state, attempt, virtual time, input and parameters.
 *
 * <pre>{@code
 * assertThatExecution(result).hasInvoked("ChargeCard").times(2);
 * assertThatExecution(result).hasInvoked("ChargeCard")
 *         .withParametersAt("$.Payload.amount", 20)
 *         .withInputAt("$.orderId", "o-7")
 *         .once();
 * }</pre>
 */
@API(status = STABLE)
public class InvocationAssert extends AbstractAssert<InvocationAssert, List<TaskCall>> {
    private String subject = "the execution";
    private String state = "";
    private String narrowed = "";
    private List<TaskCall> all = List.of();
    private Instant start = Instant.EPOCH;
    private SoftAssertionsProvider softly;

    /** Assertions on {@code calls}, the invocations of one Task state. */
    public InvocationAssert(List<TaskCall> calls) {
        super(List.copyOf(calls), InvocationAssert.class);
    }

    final InvocationAssert describing(String subjectName, String stateName, String narrowing, List<TaskCall> every,
            Instant startInstant, SoftAssertionsProvider soft) {
        this.subject = subjectName;
        this.state = stateName;
        this.narrowed = narrowing;
        this.all = every;
        this.start = startInstant;
        this.softly = soft;
        return this;
    }

    private InvocationAssert narrow(List<TaskCall> calls, String narrowing) {
        InvocationAssert made = softly == null ? new InvocationAssert(calls)
                : softly.proxy(InvocationAssert.class, List.class, calls);
        return made.describing(subject, state, narrowed + narrowing, all, start, softly);
    }

    /** Fails unless the state ran (as narrowed) exactly {@code count} times. */
    public InvocationAssert times(int count) {
        if (actual.size() != count) {
            fail("to have invoked " + state + narrowed + " " + AbstractExecutionAssert.times(count),
                    "it did " + AbstractExecutionAssert.times(actual.size()), count, actual.size());
        }
        return this;
    }

    /** {@code times(1)}. */
    public InvocationAssert once() {
        return times(1);
    }

    /** Fails unless the state ran (as narrowed) at least {@code count} times. */
    public InvocationAssert atLeast(int count) {
        if (actual.size() < count) {
            fail("to have invoked " + state + narrowed + " at least " + AbstractExecutionAssert.times(count),
                    "it did " + AbstractExecutionAssert.times(actual.size()), count, actual.size());
        }
        return this;
    }

    /**
     * The invocations whose state input has {@code expected} (a JSON node, string, number,
     * boolean, map or list) at {@code jsonPath}; fails when there is none.
     */
    public final InvocationAssert withInputAt(String jsonPath, Object expected) {
        return matching(jsonPath, expected, "input", TaskCall::input);
    }

    /**
     * The invocations whose evaluated request (the task input after InputPath and Parameters, or
     * Arguments) has {@code expected} at {@code jsonPath}; fails when there is none.
     */
    public final InvocationAssert withParametersAt(String jsonPath, Object expected) {
        return matching(jsonPath, expected, "parameters", TaskCall::parameters);
    }

    private InvocationAssert matching(String jsonPath, Object expected, String what, Function<TaskCall, JsonNode> of) {
        JsonNode wanted = JsonMatch.value(expected);
        List<TaskCall> matching = actual.stream().filter(c -> JsonMatch.equal(wanted, JsonMatch.at(of.apply(c), jsonPath)))
                .toList();
        InvocationAssert narrower = narrow(matching, " with " + jsonPath + " = " + Json.write(wanted) + " in its " + what);
        narrower.hasSome(actual.size());
        return narrower;
    }

    /** Fails when there is no invocation left ({@code among}: how many there were before the last narrowing). */
    protected InvocationAssert hasSome(int among) {
        if (actual.isEmpty()) {
            fail("to have invoked " + state + narrowed,
                    among == 0 ? "it never did" : "none of its " + among + (among == 1 ? " invocation" : " invocations")
                            + " did", "at least 1", 0);
        }
        return this;
    }

    /** Fails because the definition has no such Task state ({@code why}: the "did you mean"). */
    protected InvocationAssert unknownState(String why) {
        failWithActualExpectedAndMessage(null, state, "%s", "Expected " + subject + " to have invoked " + state
                + "\nbut " + why + (why.endsWith("?") ? "" : "."));
        return this;
    }

    private void fail(String expectation, String happened, Object expected, Object actualValue) {
        List<TaskCall> ofState = all.stream().filter(c -> c.state().equals(state)).toList();
        String listed = ofState.isEmpty()
                ? all.isEmpty() ? "\nNo Task was invoked." : "\nTask invocations:" + TaskCalls.list(all, start)
                : "\nInvocations of " + state + ":" + TaskCalls.list(ofState, start);
        failWithActualExpectedAndMessage(actualValue, expected, "%s",
                "Expected " + subject + " " + expectation + "\nbut " + happened + "." + listed);
    }
}
