package dev.sfntest.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the class's tests against a state machine on a virtual clock: each test gets a fresh
 * {@link StepFunctionRunner} (its own clock, mocks and executions) and may take the
 * {@link dev.sfntest.asl.StateMachine}, the {@link dev.sfntest.mock.TaskMocks} and the
 * {@link VirtualClock} as parameters.
 *
 * <pre>{@code
 * @StepFunctionTest("hello/hello.asl.json")
 * class HelloTest {
 *     @Test
 *     @MockConfig(value = "hello/hello.mocks.json", testCase = "HappyPath")
 *     void aLargeOrderWaitsADayThenIsCharged(StepFunctionRunner runner) {
 *         ExecutionResult result = runner.run("{\"orderId\": \"order-42\", \"amount\": 250}");
 *
 *         assertThatExecution(result).succeeded()
 *                 .hasEnteredInOrder("PrepareOrder", "WaitForReview", "ChargeCard")
 *                 .hasOutputAt("$.charge.chargeId", "ch-1001")
 *                 .hasDuration(Duration.ofDays(1));
 *     }
 * }
 * }</pre>
 *
 * <p>The definition is a classpath resource, or a file when it starts with {@code file:}; a
 * {@link Definition} on the method or a parameter overrides it. Options: {@link StartInstant},
 * {@link Seed}, {@link MockConfig}, {@link Lenient}. Inherited by subclasses and {@code @Nested}
 * classes. For settings in code, register a {@link StepFunctionExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StepFunctionExtension.class)
public @interface StepFunctionTest {
    /** The definition: a classpath resource ({@code orders/order.asl.json}) or {@code file:path}; empty for none. */
    String value() default "";

    /** When to write the HTML report of a test (the configuration parameter {@code sfntest.reports} overrides it). */
    ReportMode report() default ReportMode.ON_FAILURE;

    /**
     * The share (0 to 1) of states, transitions, retriers and catchers this class's tests must
     * exercise, or 0 for no threshold; when missed, the class fails after its tests.
     */
    double minimumCoverage() default 0;
}
