package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.chargeThenShip;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** TaskHandler is a functional interface, so Mockito mocks it like any other. */
class MockitoExampleTest {

    /**
     * A matcher on the state name. From the second {@code when(handler.handle(...))} on, Mockito
     * calls the earlier matchers with the {@code null} that {@code argThat} returns, hence the check;
     * in {@code verify} a plain {@code argThat(i -> i.stateName().equals("Charge"))} is enough.
     */
    private static TaskInvocation state(String name) {
        return argThat(i -> i != null && i.stateName().equals(name));
    }

    @Nested
    class WhenAndVerify {
        @Test
        void aMockitoMockAnswersTasksAndVerifiesTheirInputs() {
            // given
            TaskHandler handler = mock(TaskHandler.class);
            when(handler.handle(state("Charge")))
                    .thenReturn(TaskOutcome.success(json("{'charged': true}")));
            when(handler.handle(state("Ship")))
                    .thenReturn(TaskOutcome.success(json("{'shipped': true}")));
            // when
            ExecutionResult result = run(chargeThenShip(), "{'orderId': 42}", handler);
            // then
            assertThat(result.output()).isEqualTo(json("{'shipped': true}"));
            verify(handler).handle(argThat(i -> i.stateName().equals("Charge") && i.attempt() == 0
                    && i.input().equals(json("{'orderId': 42}"))));
            ArgumentCaptor<TaskInvocation> calls = ArgumentCaptor.forClass(TaskInvocation.class);
            verify(handler, times(2)).handle(calls.capture());
            assertThat(calls.getAllValues()).extracting(TaskInvocation::stateName).containsExactly("Charge", "Ship");
        }

        @Test
        void aMockitoMockIsTheFallbackOfTaskMocks() {
            // given: Charge is scripted; Mockito answers the rest
            TaskHandler rest = mock(TaskHandler.class);
            when(rest.handle(any())).thenReturn(TaskOutcome.success(json("'from mockito'")));
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returns(json("{}"))).orElse(rest);
            // when
            ExecutionResult result = run(chargeThenShip(), "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("'from mockito'"));
            verify(rest).handle(state("Ship"));
        }
    }
}
