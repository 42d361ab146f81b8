/**
 * sfn-test on JUnit Jupiter: {@code @StepFunctionTest}, its extension and parameters, reports.
 *
 * <p>sfn-test-diagram is optional ({@code requires static}): the reports draw SVG when it is on the path
 * and resolved, a Mermaid flowchart otherwise.
 */
@SuppressWarnings("module") // the name ends in a digit, as the artifact's and the Automatic-Module-Name did
module dev.sfntest.junit5 {
    requires transitive dev.sfntest.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires static transitive org.apiguardian.api;
    requires static dev.sfntest.diagram;

    exports dev.sfntest.junit5;
}
