package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.mock.TaskMocks;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unused mocks fail a passing test, unless lenient; they never hide a real failure. */
class StrictnessTest {
    @TempDir
    Path reports;

    @StepFunctionTest("machines/hello.asl.json")
    static class UnusedMock {
        @Test
        void passesOnItsOwn(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"c\"}}"),
                    TaskMocks.forState("Refund").returns("{}"));
            assertThatExecution(runner.run("{\"orderId\": \"o\", \"amount\": 1}")).succeeded();
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    static class UnusedMockAndARealFailure {
        @Test
        void failsOnItsOwn(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"c\"}}"),
                    TaskMocks.forState("Refund").returns("{}"));
            assertThatExecution(runner.run("{\"orderId\": \"o\", \"amount\": 1}")).failed();
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    @Lenient
    static class LenientClass {
        @Test
        void passesOnItsOwn(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"c\"}}"),
                    TaskMocks.forState("Refund").returns("{}"));
            assertThatExecution(runner.run("{\"orderId\": \"o\", \"amount\": 1}")).succeeded();
        }
    }

    @Nested
    class Strict {
        @Test
        void anUnusedMockFailsAPassingTest() {
            // when
            var results = Kit.run(UnusedMock.class, reports);
            // then
            assertThat(Kit.failures(results)).containsExactly("UnusedMockException: Strict mocks: 1 mock was not "
                    + "used up (mark a mock lenient() if that is expected):\n"
                    + "  - TaskMock for state 'Refund': never called\n"
                    + "How the test's executions ended:\n"
                    + "  1. SUCCEEDED after PrepareOrder → IsLargeOrder → ChargeCard");
        }

        @Test
        void aRealFailureIsReportedAlone() {
            var results = Kit.run(UnusedMockAndARealFailure.class, reports);
            assertThat(Kit.failures(results)).singleElement().asString()
                    .startsWith("AssertionFailedError: Expected the execution to have status FAILED\n"
                            + "but it was SUCCEEDED.");
        }
    }

    @Nested
    class WhenLenient {
        @Test
        void allowsUnusedMocks() {
            var results = Kit.run(LenientClass.class, reports);
            assertThat(Kit.failures(results)).isEmpty();
            assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        }
    }
}
