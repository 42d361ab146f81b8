package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * When the extension writes a test's HTML report (diagram with the path taken, timeline) under
 * {@code target/sfn-test-reports/}. The configuration parameter {@code sfntest.reports}
 * ({@code always}, {@code on_failure}, {@code never}) overrides the annotation for a whole run.
 *
 * <pre>{@code
 * @StepFunctionTest(value = "hello/hello.asl.json", report = ReportMode.ALWAYS)
 * class HelloTest { ... }
 * }</pre>
 */
@API(status = STABLE)
public enum ReportMode {
    /** After every test that ran an execution. */
    ALWAYS,
    /** After a test that failed. */
    ON_FAILURE,
    /** Never. */
    NEVER
}
