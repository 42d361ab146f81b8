package dev.sfntest.assertj;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables a deliberately failing fixture class unless EngineTestKit runs it with {@value #PARAMETER}. */
final class OnlyInTestKit implements ExecutionCondition {
    static final String PARAMETER = "sfntest.assertj.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                : ConditionEvaluationResult.disabled("a fixture of SoftExecutionAssertionsTest, run only through it");
    }
}
