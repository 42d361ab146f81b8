package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.EventDetails;
import dev.sfntest.mock.AwsErrors;
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
        void injectsTheErrorsRetryAndCatchNameAndAnUnhandledOneButNoTimeoutThatCannotFire() {
            // given / when: neither task has a TimeoutSeconds or a HeartbeatSeconds
            Map<String, List<String>> errors = FaultSchedules.injectableErrors(order);
            // then
            assertThat(errors).containsOnlyKeys("Charge", "Ship");
            assertThat(errors.get("Charge")).containsExactly("Lambda.ServiceException", "PaymentDeclined",
                    "States.TaskFailed", "Injected.UnhandledError");
            assertThat(errors.get("Ship")).containsExactly("Injected.UnhandledError");
        }

        @Test
        void injectsStatesTimeoutWhereATimeoutSecondsIsSetAndAHeartbeatTimeoutWhereAHeartbeatSecondsIs() {
            // given
            StateMachine machine = Workflows.parse("""
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                            "Next": "B"},
                      "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                            "HeartbeatSecondsPath": "$.beat", "Next": "C"},
                      "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Catch": [{"ErrorEquals": ["States.Timeout", "States.HeartbeatTimeout",
                                                       "States.BranchFailed"], "Next": "D"},
                                      {"ErrorEquals": ["States.ALL"], "Next": "D"}],
                            "End": true},
                      "D": {"Type": "Pass", "End": true}}}
                    """);
            // when
            Map<String, List<String>> errors = FaultSchedules.injectableErrors(machine);
            // then
            assertThat(errors.get("A")).containsExactly("States.Timeout", "Injected.UnhandledError");
            assertThat(errors.get("B")).containsExactly("States.HeartbeatTimeout", "Injected.UnhandledError");
            assertThat(errors.get("C")).containsExactly("Injected.UnhandledError");
        }

        @Test
        void keepsDurationsUnderTheHeartbeatSoASuccessNeverTimesOut() {
            // given
            StateMachine machine = Workflows.parse("""
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "HeartbeatSeconds": 10, "End": true}}}
                    """);
            List<Fault> faults = new ArrayList<>();
            // when
            PropertyRunner.forAll(FaultSchedules.forMachine(machine, Duration.ofMinutes(5))).seed(5).tries(200)
                    .check(schedule -> schedule.byState().values().forEach(faults::addAll));
            // then
            assertThat(faults).isNotEmpty().allMatch(f -> f.duration().compareTo(Duration.ofSeconds(9)) <= 0);
        }

        @Test
        void withModelledErrorsAlsoInjectsTwoErrorsEachOperationDeclares() {
            // given / when: neither task has a TimeoutSeconds or a HeartbeatSeconds, so no timeout
            Map<String, List<String>> errors = FaultSchedules.injectableErrorsWithModelled(order);
            // then
            assertThat(errors.get("Charge")).containsExactly("Lambda.ServiceException", "PaymentDeclined",
                    "States.TaskFailed", "Lambda.ResourceNotFoundException", "Lambda.InvalidRequestContentException",
                    "Injected.UnhandledError");
            assertThat(errors.get("Ship")).containsExactly("SQS.InvalidMessageContentsException",
                    "SQS.UnsupportedOperationException", "Injected.UnhandledError");
        }

        @Test
        void schedulesWithModelledErrorsDrawThem() {
            // given
            Generator<FaultSchedule> schedules = FaultSchedules.forMachineWithModelledErrors(order,
                    Duration.ofSeconds(30));
            List<Fault> faults = new ArrayList<>();
            // when
            PropertyRunner.forAll(schedules).seed(3).tries(300)
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
            PropertyRunner.forAll(schedules).seed(3).tries(500)
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
            assertThat(result.cause()).isNull();
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(30));
            assertThat(result.history()).anyMatch(e -> e.type().name().equals("TaskTimedOut"));
        }

        @Test
        void aHeartbeatTimeoutFallsSilentAndAwsReportsItAsStatesTimeout() {
            // given
            StateMachine silent = Workflows.parse("""
                    {"StartAt": "T", "States": {"T": {"Type": "Task",
                      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "HeartbeatSecondsPath": "$.beat",
                      "Catch": [{"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Stalled"}], "End": true},
                     "Stalled": {"Type": "Pass", "End": true}}}
                    """);
            FaultSchedule faults = FaultSchedule.none().with("T", 0, Fault.error("States.HeartbeatTimeout",
                    Duration.ZERO));
            // when
            ExecutionResult result = Engine.builder().taskHandler(faults.asTaskHandler(silent, null)).build()
                    .execute(silent, Workflows.json("{\"beat\": 8}"));
            // then
            assertThat(result.output()).isEqualTo(Workflows.json("{\"Error\": \"States.Timeout\", \"Cause\": \"\"}"));
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(8));
        }

        @Test
        void aTimeoutOfATaskThatMustHeartbeatKeepsBeatingUntilTimeoutSeconds() {
            // given a catcher of heartbeat timeouts only, which a timeout of TimeoutSeconds passes by
            StateMachine beating = Workflows.parse("""
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "TimeoutSeconds": 30, "HeartbeatSeconds": 5,
                      "Catch": [{"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Stalled"}], "End": true},
                     "Stalled": {"Type": "Pass", "End": true}}}
                    """);
            FaultSchedule faults = FaultSchedule.none().with("T", 0, Fault.error("States.Timeout", Duration.ZERO));
            // when
            ExecutionResult result = Engine.builder().taskHandler(faults.asTaskHandler(beating, null)).build()
                    .execute(beating, Workflows.json("{}"));
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(30));
        }

        @Test
        void errorsOfALambdaTaskHaveLambdasCausesAndOtherTasksAPlainOne() {
            // given Charge (a Lambda function) failing twice, then Ship (SQS) failing
            FaultSchedule faults = FaultSchedule.none()
                    .with("Charge", 0, Fault.error("Lambda.ServiceException", Duration.ZERO))
                    .with("Charge", 1, Fault.error("PaymentDeclined", Duration.ZERO));
            FaultSchedule shipFails = FaultSchedule.none().with("Ship", 0, Fault.error("Injected.UnhandledError",
                    Duration.ZERO));
            // when
            ExecutionResult declined = Engine.builder().taskHandler(faults.asTaskHandler(order, null)).build()
                    .execute(order, Workflows.json("{\"amount\": 5}"));
            ExecutionResult unshipped = Engine.builder().taskHandler(shipFails.asTaskHandler(order, null)).build()
                    .execute(order, Workflows.json("{\"amount\": 5}"));
            // then
            assertThat(declined.history()).filteredOn(e -> e.type().name().equals("LambdaFunctionFailed"))
                    .extracting(e -> ((EventDetails.Failure) e.details()).cause())
                    .satisfiesExactly(
                            cause -> assertThat(cause).isEqualTo(AwsErrors.lambdaServiceException().cause())
                                    .startsWith("Lambda encountered an unexpected error. (Service: AWSLambda; "
                                            + "Status Code: 500; Error Code: ServiceException; Request ID: "),
                            cause -> assertThat(cause).isEqualTo("{\"errorMessage\":\"injected fault\","
                                    + "\"errorType\":\"PaymentDeclined\",\"stackTrace\":[]}"));
            assertThat(unshipped.cause()).isEqualTo("injected fault");
        }

        @Test
        void aTimeoutThatCannotFireIsRefusedWithTheReason() {
            // given a schedule written by hand for a task without TimeoutSeconds
            FaultSchedule faults = FaultSchedule.none().with("Ship", 0, Fault.error("States.Timeout", Duration.ZERO));
            // when / then
            assertThatThrownBy(() -> Engine.builder().taskHandler(faults.asTaskHandler(order, null)).build()
                    .execute(order, Workflows.json("{\"amount\": 5}")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The fault States.Timeout cannot happen to the Task state 'Ship': it has no "
                            + "TimeoutSeconds or TimeoutSecondsPath (AWS's default, 99999999 s, outlasts any execution)");
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
