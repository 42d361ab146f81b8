package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.INVOKE;
import static dev.sfntest.mock.MockFixture.chargeThenShip;
import static dev.sfntest.mock.MockFixture.chargeWithRetries;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StrictnessAndRecordingTest {

    @Nested
    class Strictness {
        @Test
        void mocksNeverCalledOrNotUsedUpAreReported() {
            // given: Charge scripts three responses but succeeds at the first; Refund never runs
            TaskMocks mocks = TaskMocks.of(
                    TaskMocks.forState("Charge").returns(json("{}")).thenThrowsError("E", null).times(2),
                    TaskMocks.forState("Refund").returns(json("{}")),
                    TaskMocks.forState("Ship").returns(json("{}")));
            // when
            run(chargeThenShip(), "{}", mocks);
            // then
            assertThatThrownBy(mocks::verifyAllUsed)
                    .isInstanceOf(UnusedMockException.class)
                    .isInstanceOf(dev.sfntest.StrictnessException.class)
                    .hasMessage("2 mocks were not used up (mark a mock lenient() if that is expected):\n"
                            + "  - TaskMock for state 'Charge': attempt 0 ran, but the script has 3 responses\n"
                            + "  - TaskMock for state 'Refund': never called")
                    .satisfies(e -> assertThat(((UnusedMockException) e).unused()).containsExactly(
                            "TaskMock for state 'Charge': attempt 0 ran, but the script has 3 responses",
                            "TaskMock for state 'Refund': never called"));
        }

        @Test
        void aPartlyUsedScriptGivesTheAttemptsThatRan() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("E", null).times(2)
                    .thenReturns(json("{}")).times(3));
            run(chargeWithRetries(), "{}", mocks);
            assertThat(mocks.unusedMocks())
                    .containsExactly("TaskMock for state 'Charge': attempts 0-2 ran, but the script has 5 responses");
        }

        @Test
        void lenientMocksAndLenientSetsAreNotReported() {
            TaskMock refund = TaskMocks.forState("Refund").returns(json("{}"));
            TaskMock charge = TaskMocks.forState("Charge").returns(json("{}")).andSoOn();
            TaskMocks oneLenient = TaskMocks.of(charge, refund.lenient());
            run(chargeWithRetries(), "{}", oneLenient);
            assertThatCode(oneLenient::verifyAllUsed).doesNotThrowAnyException();
            TaskMocks allLenient = TaskMocks.of(charge, refund).lenient();
            run(chargeWithRetries(), "{}", allLenient);
            assertThat(allLenient.unusedMocks()).isEmpty();
        }
    }

    @Nested
    class Recording {
        @Test
        void everyInvocationIsRecordedWithInputAttemptInstantAndOutcome() {
            // given: Parameters shape the input; retries wait 1 s then 2 s
            String definition = MockFixture.task("Charge", INVOKE, ", 'Parameters': {'Payload': {'amount.$': "
                    + "'$.amount'}}, 'Retry': [{'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 1}]");
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("E", "c").times(2)
                    .thenReturns(json("{}")).after(Duration.ofSeconds(4)));
            // when
            run(definition, "{'amount': 5, 'card': 'x'}", mocks);
            // then
            Invocations charges = mocks.recorded().forState("Charge");
            assertThat(charges.count()).isEqualTo(3);
            assertThat(charges.inputs()).containsOnly(json("{'Payload': {'amount': 5}}"));
            RecordedInvocation last = charges.last();
            assertThat(last.attempt()).isEqualTo(2);
            assertThat(last.resource()).isEqualTo(INVOKE);
            assertThat(last.instant()).isEqualTo(Engine.DEFAULT_START.plusSeconds(3));
            assertThat(last.outcome()).isEqualTo(TaskOutcome.success(json("{}")).after(Duration.ofSeconds(4)));
            assertThat(charges.get(0).outcome()).isEqualTo(TaskOutcome.failure("E", "c"));
        }

        @Test
        void invocationsFilterByStateAndResource() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forResource(INVOKE).returns(json("{}")).andSoOn());
            run(chargeThenShip(), "{}", mocks);
            assertThat(mocks.recorded().forResource(INVOKE).stateNames()).containsExactly("Charge", "Ship");
            assertThat(mocks.recorded().forState("Ship").count()).isEqualTo(1);
            assertThat(mocks.recorded().forState("Nope").isEmpty()).isTrue();
            assertThatThrownBy(() -> mocks.recorded().forState("Nope").last())
                    .hasMessage("There is no last invocation; none were recorded");
        }
    }
}
