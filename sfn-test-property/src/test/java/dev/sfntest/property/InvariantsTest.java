package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvariantsTest {
    private final StateMachine order = Workflows.load("order.asl.json");

    private GeneratedExecution run(StateMachine machine, String input, FaultSchedule faults) {
        Engine engine = Engine.builder().taskHandler(faults.asTaskHandler(machine, null)).build();
        JsonNode json = Workflows.json(input);
        return new GeneratedExecution(machine, json, faults, 0, engine.execute(machine, json), engine);
    }

    private static GeneratedExecution withHistory(GeneratedExecution execution, UnaryOperator<HistoryEvent> change) {
        ExecutionResult result = execution.result();
        List<HistoryEvent> history = result.history().stream().map(change).toList();
        return new GeneratedExecution(execution.machine(), execution.input(), execution.faults(), execution.engineSeed(),
                new ExecutionResult(result.status(), result.output(), result.error(), result.cause(),
                        result.startDate(), result.stopDate(), history), execution.engine());
    }

    private static FaultSchedule fault(String state, int invocation, String error) {
        return FaultSchedule.none().with(state, invocation, Fault.error(error, Duration.ZERO));
    }

    @Nested
    class TerminatesWithinLimits {
        @Test
        void aTimedOutExecutionBreaksIt() {
            // given
            StateMachine slow = Workflows.parse("""
                    {"TimeoutSeconds": 10, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}}
                    """);
            // when
            String violation = Invariants.terminatesWithinLimits().violation(run(slow, "{}", FaultSchedule.none()));
            // then
            assertThat(violation).isEqualTo("the execution timed out after 10s");
        }

        @Test
        void aFailedExecutionKeepsIt() {
            // given
            GeneratedExecution rejected = run(order, "{\"amount\": -1}", FaultSchedule.none());
            // when / then
            assertThat(Invariants.terminatesWithinLimits().violation(rejected)).isNull();
        }
    }

    @Nested
    class FailsOnlyWith {
        @Test
        void anErrorOutsideTheSetBreaksIt() {
            // given
            GeneratedExecution rejected = run(order, "{\"amount\": -1}", FaultSchedule.none());
            // when
            Invariant invariant = Invariants.failsOnlyWith("States.Timeout");
            // then
            assertThat(invariant.name()).isEqualTo("fails only with [States.Timeout]");
            assertThat(invariant.violation(rejected)).isEqualTo("the execution failed with OrderRejected (cause: "
                    + "The amount is negative), which is not among [States.Timeout]");
        }

        @Test
        void withNoErrorsItMeansSucceeds() {
            // given
            GeneratedExecution rejected = run(order, "{\"amount\": -1}", FaultSchedule.none());
            // when
            Invariant invariant = Invariants.failsOnlyWith();
            // then
            assertThat(invariant.name()).isEqualTo("succeeds");
            assertThat(invariant.violation(rejected)).isEqualTo("the execution failed with OrderRejected (cause: "
                    + "The amount is negative)");
        }

        @Test
        void anAllowedErrorKeepsIt() {
            // given
            GeneratedExecution rejected = run(order, "{\"amount\": -1}", FaultSchedule.none());
            // when / then
            assertThat(Invariants.failsOnlyWith("OrderRejected").violation(rejected)).isNull();
        }
    }

    @Nested
    class RetriesFollowPolicy {
        @Test
        void theEngineKeepsTheBackoffOfTwoThenFourSeconds() {
            // given
            FaultSchedule faults = fault("Charge", 0, "Lambda.ServiceException")
                    .with("Charge", 1, Fault.error("Lambda.ServiceException", Duration.ZERO))
                    .with("Charge", 2, Fault.error("Lambda.ServiceException", Duration.ZERO));
            // when
            GeneratedExecution execution = run(order, "{\"amount\": 5}", faults);
            // then
            assertThat(execution.path()).containsExactly("CheckAmount", "Charge", "RetryLater");
            assertThat(Invariants.retriesFollowPolicy().violation(execution)).isNull();
        }

        @Test
        void aRetryScheduledASecondLateBreaksIt() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", fault("Charge", 0, "Lambda.ServiceException"));
            long failedAt = execution.result().history().stream()
                    .filter(e -> e.type().name().equals("LambdaFunctionFailed")).findFirst().orElseThrow().id();
            // when
            GeneratedExecution late = withHistory(execution, event -> event.previousEventId() == failedAt
                    ? new HistoryEvent(event.id(), event.previousEventId(), event.timestamp().plusSeconds(1),
                            event.type(), event.details())
                    : event);
            // then
            assertThat(Invariants.retriesFollowPolicy().violation(late)).isEqualTo("Charge waited 3s before retry 1 "
                    + "of Retry[0]; its policy (IntervalSeconds 2, BackoffRate 2.0) gives 2s");
        }
    }

    @Nested
    class CatchersRouteErrors {
        @Test
        void theEngineRoutesADeclineToNotifyDeclined() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", fault("Charge", 0, "PaymentDeclined"));
            // when / then
            assertThat(Invariants.catchersRouteErrors().violation(execution)).isNull();
        }

        @Test
        void anErrorThatReachesAnotherStateBreaksIt() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", fault("Charge", 0, "PaymentDeclined"));
            // when
            GeneratedExecution misrouted = withHistory(execution, event -> event.details() instanceof EventDetails.StateEntered s
                    && s.name().equals("NotifyDeclined")
                    ? new HistoryEvent(event.id(), event.previousEventId(), event.timestamp(), event.type(),
                            new EventDetails.StateEntered("RetryLater", s.input()))
                    : event);
            // then
            assertThat(Invariants.catchersRouteErrors().violation(misrouted)).isEqualTo("PaymentDeclined raised by "
                    + "Charge went to RetryLater instead of NotifyDeclined (Catch[0])");
        }

        @Test
        void anErrorOutputMissingAtTheResultPathBreaksIt() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", fault("Charge", 0, "PaymentDeclined"));
            // when
            GeneratedExecution lost = withHistory(execution, event -> event.details() instanceof EventDetails.StateEntered s
                    && s.name().equals("NotifyDeclined")
                    ? new HistoryEvent(event.id(), event.previousEventId(), event.timestamp(), event.type(),
                            new EventDetails.StateEntered("NotifyDeclined", Workflows.json("{\"amount\": 5}")))
                    : event);
            // then
            assertThat(Invariants.catchersRouteErrors().violation(lost)).isEqualTo("NotifyDeclined did not receive "
                    + "{\"Error\": \"PaymentDeclined\", ...} at $.error from Charge (Catch[0]); its input was "
                    + "{\"amount\":5}");
        }

        @Test
        void anUnhandledErrorThatIsNotCaughtKeepsIt() {
            // given
            StateMachine noCatch = Workflows.parse("""
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                      "Catch": [{"ErrorEquals": ["Known"], "Next": "Done"}], "End": true},
                      "Done": {"Type": "Succeed"}}}
                    """);
            // when
            GeneratedExecution execution = run(noCatch, "{}", fault("T", 0, FaultSchedules.UNHANDLED_ERROR));
            // then
            assertThat(execution.result().error()).isEqualTo("Injected.UnhandledError");
            assertThat(Invariants.catchersRouteErrors().violation(execution)).isNull();
        }
    }

    @Nested
    class OutputSatisfies {
        @Test
        void anOutputFailingThePredicateBreaksIt() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", FaultSchedule.none());
            // when
            Invariant invariant = Invariants.outputSatisfies("has a status", output -> output.has("status"));
            // then
            assertThat(invariant.name()).isEqualTo("output has a status");
            assertThat(invariant.violation(execution)).isEqualTo("the output was {\"amount\":5,\"charge\":{\"amount\":5}}");
        }
    }

    @Nested
    class OutputMatchesSchema {
        @Test
        void anOutputOutsideTheSchemaBreaksItAtItsPointer() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", FaultSchedule.none());
            // when
            Invariant invariant = Invariants.outputMatchesSchema(Workflows.json("""
                    {"type": "object", "required": ["amount", "charge"],
                     "properties": {"charge": {"properties": {"amount": {"type": "integer", "minimum": 10}}}}}
                    """));
            // then
            assertThat(invariant.name()).isEqualTo("output matches the schema");
            assertThat(invariant.violation(execution)).isEqualTo("/charge/amount must be at least 10 but was 5");
        }

        @Test
        void aMissingRequiredFieldBreaksIt() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", FaultSchedule.none());
            // when
            String violation = Invariants.outputMatchesSchema(Workflows.json("{\"required\": [\"status\"]}"))
                    .violation(execution);
            // then
            assertThat(violation).isEqualTo("the value must have the field \"status\"");
        }

        @Test
        void everyValueTheSchemaGeneratorMakesMatchesItsSchema() {
            // given
            JsonNode schema = Workflows.json("""
                    {"type": "object", "required": ["id", "lines"],
                     "properties": {"id": {"type": "string", "minLength": 1, "maxLength": 4},
                       "score": {"type": "number", "minimum": -5, "maximum": 5},
                       "kind": {"oneOf": [{"const": "a"}, {"type": "integer", "exclusiveMinimum": 3}]},
                       "lines": {"type": "array", "maxItems": 3, "items": {"type": ["integer", "null"]}}}}
                    """);
            // when / then
            PropertyRunner.forAll(Generators.fromSchema(schema)).seed(4).tries(300)
                    .check(value -> assertThat(dev.sfntest.property.internal.SchemaCheck.violation(schema, value))
                            .isNull());
        }
    }

    @Nested
    class Deterministic {
        @Test
        void aHandlerWithMemoryBreaksIt() {
            // given
            AtomicInteger calls = new AtomicInteger();
            StateMachine one = Workflows.parse("""
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                      "End": true}}}
                    """);
            Engine engine = Engine.builder().taskHandler(invocation -> TaskOutcome.success(
                    Workflows.json("{\"call\": " + calls.incrementAndGet() + "}"))).build();
            GeneratedExecution execution = new GeneratedExecution(one, Workflows.json("{}"), FaultSchedule.none(), 0,
                    engine.execute(one, Workflows.json("{}")), engine);
            // when
            String violation = Invariants.deterministic().violation(execution);
            // then
            assertThat(violation).isEqualTo("a second run differs at event 5: {\"timestamp\":\"2025-01-01T00:00:00Z\","
                    + "\"type\":\"TaskSucceeded\",\"id\":5,\"previousEventId\":4,\"taskSucceededEventDetails\":"
                    + "{\"resourceType\":\"sqs\",\"resource\":\"sendMessage\",\"output\":\"{\\\"call\\\":1}\","
                    + "\"outputDetails\":{\"truncated\":false}}} then {\"timestamp\":\"2025-01-01T00:00:00Z\","
                    + "\"type\":\"TaskSucceeded\",\"id\":5,\"previousEventId\":4,\"taskSucceededEventDetails\":"
                    + "{\"resourceType\":\"sqs\",\"resource\":\"sendMessage\",\"output\":\"{\\\"call\\\":2}\","
                    + "\"outputDetails\":{\"truncated\":false}}}");
        }
    }

    @Nested
    class UserInvariants {
        @Test
        void aFalsePredicateBreaksIt() {
            // given
            GeneratedExecution execution = run(order, "{\"amount\": 5}", FaultSchedule.none());
            // when
            Invariant invariant = Invariants.that("never ships", e -> !e.path().contains("Ship"));
            // then
            assertThat(invariant.name()).isEqualTo("never ships");
            assertThat(invariant.violation(execution)).isEqualTo("the predicate is false");
        }
    }
}
