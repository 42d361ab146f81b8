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
 * Mocks a test's Task states with one test case of an AWS Step Functions Local MockConfigFile,
 * as {@link dev.sfntest.mock.TaskMocks}: strict unless {@link Lenient}. On a method it overrides
 * the class's.
 *
 * <pre>{@code
 * @StepFunctionTest("hello/hello.asl.json")
 * @MockConfig(value = "hello/hello.mocks.json", testCase = "HappyPath")
 * class HelloTest {
 *     @Test
 *     void charges(StepFunctionRunner runner) {
 *         assertThatExecution(runner.run("{\"amount\": 20}")).succeeded();
 *     }
 *
 *     @Test
 *     @MockConfig(value = "hello/hello.mocks.json", testCase = "CardDeclined")
 *     void failsWhenTheCardIsDeclined(StepFunctionRunner runner) {
 *         assertThatExecution(runner.run("{\"amount\": 20}")).failed().hasError("CardDeclined");
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = STABLE)
public @interface MockConfig {
    /** The MockConfigFile: a classpath resource, or {@code file:} and a path. */
    String value();

    /** The test case's name under {@code StateMachines.<name>.TestCases}. */
    String testCase();

    /**
     * The state machine's name in the file; empty for the only one the file has, else the
     * definition's file name without its extensions ({@code hello} for {@code hello.asl.json}).
     */
    String stateMachine() default "";
}
