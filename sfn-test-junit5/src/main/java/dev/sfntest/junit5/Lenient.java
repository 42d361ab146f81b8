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
 * Turns off the strict-mock check: by default a test that passed still fails when one of its
 * mocks was not used up (never called, or called for fewer attempts than it scripts). A test
 * that failed on its own is never failed again for an unused mock.
 *
 * <pre>{@code
 * @Test
 * @Lenient   // the file's mocks cover paths this test does not take
 * @MockConfig(value = "hello/hello.mocks.json", testCase = "HappyPath")
 * void aSmallOrderIsNotHeld(StepFunctionRunner runner) {
 *     assertThatExecution(runner.run("{\"amount\": 20}")).hasNeverEntered("WaitForReview");
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = STABLE)
public @interface Lenient {
}
