package dev.sfntest.assertj;

import dev.sfntest.history.ExecutionResult;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fixture run only by {@code SoftExecutionAssertionsTest} through EngineTestKit: both checks
 * fail. Its name is outside the build's test patterns, so the build never runs (or skips) it.
 */
@ExtendWith({OnlyInTestKit.class, SoftAssertionsExtension.class})
class InjectedSoftlyFixture {
    @InjectSoftAssertions
    SoftExecutionAssertions softly;

    @Test
    void collectsThroughTheExtension() {
        ExecutionResult result = Orders.happy();
        softly.assertThatExecution(result).failed();
        softly.assertThatExecution(result).hasNeverEntered("Done");
    }
}
