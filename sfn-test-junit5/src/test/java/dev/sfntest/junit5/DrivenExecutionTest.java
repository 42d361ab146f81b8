package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.data.Json;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.InMemoryS3;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@StepFunctionTest("machines/approval.asl.json")
class DrivenExecutionTest {

    @Test
    void aStartedExecutionIsDrivenByTheTestAndCountsOnceItEnds(StepFunctionRunner runner) throws Exception {
        // given
        runner.mock(TaskMocks.forState("AskForApproval").holdsToken());
        Execution execution = runner.start("{}").runUntilWaiting();
        assertThat(runner.executions()).isEmpty();
        // when
        execution.advance(Duration.ofHours(3));
        execution.sendTaskSuccess(execution.pendingTasks().get(0).token(), Json.parse("{\"approved\": true}"));
        execution.runToEnd();
        // then
        assertThatExecution(runner.lastExecution()).succeeded().hasDuration(Duration.ofHours(3));
        assertThat(runner.clock().instant()).isEqualTo(runner.lastExecution().stopDate());
    }

    @Test
    void executionsStartedSideBySideShareTheTestsClock(StepFunctionRunner runner, VirtualClock clock) {
        // given
        runner.mock(TaskMocks.forState("AskForApproval").holdsToken());
        Execution first = runner.start("{}").runUntilWaiting();
        clock.advance(Duration.ofHours(12));
        Execution second = runner.start("{}").runUntilWaiting();
        // when
        clock.advance(Duration.ofHours(13));
        // then
        assertThatExecution(first.result()).failed().hasError("States.Timeout").hasDuration(Duration.ofDays(1));
        assertThat(second.isDone()).isFalse();
        assertThat(second.now()).isEqualTo(clock.instant());
        assertThat(runner.executions()).containsExactly(first.result());
    }

    @Test
    void configureAddsEngineSettingsToEveryExecutionOfTheTest(StepFunctionRunner runner) {
        // given
        InMemoryS3 s3 = new InMemoryS3();
        runner.mock(TaskMocks.forState("AskForApproval").holdsToken())
                .configure(engine -> engine.s3(s3).maxVirtualDuration(Duration.ofHours(1)));
        // when
        Execution execution = runner.start("{}").runUntilWaiting().advance(Duration.ofHours(2));
        // then
        assertThat(execution.isDone()).isTrue();
        assertThatExecution(execution.result()).hasStatus(dev.sfntest.history.ExecutionStatus.TIMED_OUT);
    }
}
