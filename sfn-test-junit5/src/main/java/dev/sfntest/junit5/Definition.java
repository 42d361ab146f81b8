package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The state machine definition of a test class, a test method or one parameter, overriding the
 * one of {@link StepFunctionTest}: a classpath resource, or a file when it starts with
 * {@code file:}; or a SAM, CloudFormation or CDK template and the {@link #stateMachine()} in it
 * (see {@link dev.sfntest.asl.Templates}). Parsed once per run and shared (definitions are immutable).
 *
 * <pre>{@code
 * @StepFunctionTest
 * class TwoMachinesTest {
 *     @Test
 *     void theOrderMachineCallsTheRefundMachinesContract(
 *             @Definition("orders/order.asl.json") StepFunctionRunner orders,
 *             @Definition(value = "file:infra/refund.asl.yaml", substitutions = "RefundFn=arn:aws:lambda:...")
 *             StateMachine refund) {
 *         assertThat(orders.run("{}")).succeeded();
 *         assertThat(refund.graph().startAt()).isEqualTo("Refund");
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = STABLE)
public @interface Definition {
    /** A classpath resource, or {@code file:} and a path relative to the working directory. */
    String value();

    /** {@code Name=Value} replacements of the definition's {@code ${Name}} placeholders. */
    String[] substitutions() default {};

    /**
     * When {@link #value()} is a SAM, CloudFormation or CDK template: the logical id of its state
     * machine (empty for the template's only one).
     */
    String stateMachine() default "";
}
