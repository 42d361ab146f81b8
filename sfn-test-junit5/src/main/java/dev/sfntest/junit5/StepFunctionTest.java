package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.engine.VirtualClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
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
 * <p>A state machine kept in a SAM, CloudFormation or CDK template is named by its logical id:
 * {@code @StepFunctionTest(template = "sam/template.yaml", stateMachine = "OrderStateMachine",
 * substitutions = "ChargeFn.Arn=arn:aws:lambda:us-east-1:123456789012:function:charge")}.
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
@API(status = STABLE)
public @interface StepFunctionTest {
    /** The definition: a classpath resource ({@code orders/order.asl.json}) or {@code file:path}; empty for none. */
    String value() default "";

    /**
     * A SAM, CloudFormation or CDK-synthesized template holding the state machine, instead of a
     * definition: a classpath resource or {@code file:path}; a {@code DefinitionUri} in it is read
     * relative to it. What cannot be resolved offline ({@code !GetAtt ChargeFn.Arn}) becomes a
     * placeholder ({@code ${ChargeFn.Arn}}) that {@link #substitutions()} can supply; see
     * {@link dev.sfntest.asl.Templates}.
     */
    String template() default "";

    /** The logical id of the template's state machine; empty when the template has only one. */
    String stateMachine() default "";

    /** {@code Name=Value} replacements of the definition's {@code ${Name}} placeholders. */
    String[] substitutions() default {};

    /** When to write the HTML report of a test (the configuration parameter {@code sfntest.reports} overrides it). */
    ReportMode report() default ReportMode.ON_FAILURE;

    /**
     * The share (0 to 1) of states, transitions, retriers and catchers this class's tests must
     * exercise, or 0 for no threshold; when missed, the class fails after its tests.
     */
    double minimumCoverage() default 0;
}
