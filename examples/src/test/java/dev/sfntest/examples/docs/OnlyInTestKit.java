package dev.sfntest.examples.docs;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables a deliberately broken test class unless EngineTestKit runs it with the configuration
 * parameter {@value #PARAMETER}: {@code mvn -Dtest=Troubleshooting*} must not run it on its own.
 */
final class OnlyInTestKit implements ExecutionCondition {
    static final String PARAMETER = "sfntest.docs.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                : ConditionEvaluationResult.disabled("a fixture of TroubleshootingTest, run only through it");
    }
}
