package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FaultSchedulesTest {
    private final StateMachine order = Workflows.load("order.asl.json");

    @Nested
    class Generation {
        @Test
        void injectsTheErrorsRetryAndCatchNameTimeoutsAndAnUnhandledOne() {
            // given / when
            Map<String, List<String>> errors = FaultSchedules.injectableErrors(order);
            // then
            assertThat(errors).containsOnlyKeys("Charge", "Ship");
            assertThat(errors.get("Charge")).containsExactly("Lambda.ServiceException", "PaymentDeclined",
                    "States.TaskFailed", "States.Timeout", "States.HeartbeatTimeout", "Injected.UnhandledError");
            assertThat(errors.get("Ship")).containsExactly("States.Timeout", "States.HeartbeatTimeout",
                    "Injected.UnhandledError");
        }

        @Test
        void withModelledErrorsAlsoInjectsTwoErrorsEachOperationDeclares() {
            // given / when
            Map<String, List<String>> errors = FaultSchedules.injectableErrorsWithModelled(order);
            // then
            assertThat(errors.get("Charge")).containsExactly("Lambda.ServiceException", "PaymentDeclined",
                    "States.TaskFailed", "Lambda.ResourceNotFoundException", "Lambda.InvalidRequestContentException",
                    "States.Timeout", "States.HeartbeatTimeout", "Injected.UnhandledError");
            assertThat(errors.get("Ship")).containsExactly("SQS.InvalidMessageContentsException",
                    "SQS.UnsupportedOperationException", "States.Timeout", "States.HeartbeatTimeout",
                    "Injected.UnhandledError");
        }

        @Test
        void schedulesWithModelledErrorsDrawThem() {
            // given
            Generator<FaultSchedule> schedules = FaultSchedules.forMachineWithModelledErrors(order,
                    Duration.ofSeconds(30));
            List<Fault> faults = new ArrayList<>();
            // when
            PropertyRunner.forAll(schedules).withSeed(3).tries(300)
                    .check(schedule -> schedule.byState().values().forEach(faults::addAll));
            // then
            assertThat(faults).extracting(Fault::error).contains("SQS.InvalidMessageContentsException",
                    "Lambda.ResourceNotFoundException");
        }

        @Test
        void aboutOneInvocationInFourFailsAndDurationsStayUnderTheMaximum() {
            // given
            Generator<FaultSchedule> schedules = FaultSchedules.forMachine(order, Duration.ofSeconds(30));
            List<Fault> faults = new ArrayList<>();
            // when
            PropertyRunner.forAll(schedules).withSeed(3).tries(500)
                    .check(schedule -> schedule.byState().values().forEach(faults::addAll));
            // then
            long failing = faults.stream().filter(f -> !f.isSuccess()).count();
            assertThat((double) failing / faults.size()).isBetween(0.15, 0.35);
            assertThat(faults).allMatch(f -> f.duration().compareTo(Duration.ofSeconds(30)) <= 0);
        }
    }

    @Nested
    class Playing {
        @Test
        void aTimeoutRunsPastTheTasksTimeoutSeconds() {
            // given
            StateMachine timed = Workflows.parse("""
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                      "TimeoutSeconds": 30, "End": true}}}
                    """);
            FaultSchedule faults = FaultSchedule.none().with("T", 0, Fault.error("States.Timeout", Duration.ZERO));
            // when
            ExecutionResult result = Engine.builder().taskHandler(faults.asTaskHandler(timed, null)).build()
                    .execute(timed, Workflows.json("{}"));
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(30));
            assertThat(result.history()).anyMatch(e -> e.type().name().equals("TaskTimedOut"));
        }

        @Test
        void successesComeFromTheWrappedHandlerAfterTheirDuration() {
            // given
            FaultSchedule faults = FaultSchedule.none().with("Charge", 0, Fault.success(Duration.ofSeconds(4)));
            // when
            ExecutionResult result = Engine.builder().taskHandler(faults.asTaskHandler(order,
                    invocation -> dev.sfntest.engine.TaskOutcome.success(Workflows.json("{\"id\": 7}")))).build()
                    .execute(order, Workflows.json("{\"amount\": 5}"));
            // then
            assertThat(result.output().at("/charge/id").asInt()).isEqualTo(7);
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(4));
        }

        @Test
        void printsOnlyItsNotableFaults() {
            // given
            FaultSchedule faults = FaultSchedule.none()
                    .with("Charge", 1, Fault.error("Lambda.ServiceException", Duration.ofMillis(1500)))
                    .with("Ship", 0, Fault.success(Duration.ofSeconds(3)));
            // when / then
            assertThat(faults).hasToString("Charge#1 Lambda.ServiceException after 1.5s, Ship#0 success after 3s");
            assertThat(FaultSchedule.none()).hasToString("none");
            assertThat(faults.errorCount()).isEqualTo(1);
        }
    }
}
