package dev.sfntest.junit5.internal;

import dev.sfntest.engine.Engine;
import dev.sfntest.junit5.Definition;
import dev.sfntest.junit5.Lenient;
import dev.sfntest.junit5.MockConfig;
import dev.sfntest.junit5.ReportMode;
import dev.sfntest.junit5.Seed;
import dev.sfntest.junit5.StartInstant;
import dev.sfntest.junit5.StepFunctionTest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test's options, from its annotations (nearest first) and the extension's defaults.
 *
 * @param definition the method's or class's definition, or {@code null}
 * @param startInstant where the clock starts
 * @param seed the seed
 * @param mockConfig the MockConfigFile test case, or {@code null}
 * @param lenient whether unused mocks are allowed
 * @param report when to write the report
 * @param minimumCoverage the class's threshold, 0 for none
 */
record TestSettings(DefinitionRef definition, Instant startInstant, long seed, MockConfigRef mockConfig,
        boolean lenient, ReportMode report, double minimumCoverage) {

    static TestSettings of(ExtensionContext context, ExtensionDefaults defaults) {
        Optional<StepFunctionTest> test = Annotations.nearestOnClass(context, StepFunctionTest.class);
        DefinitionRef definition = Annotations.nearest(context, Definition.class).map(TestSettings::ref)
                .or(() -> test.filter(t -> !t.value().isEmpty() || !t.template().isEmpty()).map(TestSettings::ref))
                .orElse(defaults.definition());
        Instant start = Annotations.nearest(context, StartInstant.class).map(s -> instant(s.value()))
                .orElse(defaults.startInstant() != null ? defaults.startInstant() : Engine.DEFAULT_START);
        long seed = Annotations.nearest(context, Seed.class).map(Seed::value)
                .orElse(defaults.seed() != null ? defaults.seed() : 0L);
        MockConfigRef mocks = Annotations.nearest(context, MockConfig.class)
                .map(m -> new MockConfigRef(m.value(), m.testCase(), m.stateMachine())).orElse(defaults.mockConfig());
        boolean lenient = Annotations.nearest(context, Lenient.class).isPresent() || defaults.lenient();
        ReportMode report = test.map(StepFunctionTest::report)
                .orElse(defaults.report() != null ? defaults.report() : ReportMode.ON_FAILURE);
        double minimum = test.map(StepFunctionTest::minimumCoverage).filter(m -> m != 0)
                .orElse(defaults.minimumCoverage());
        if (minimum < 0 || minimum > 1) {
            throw new ExtensionConfigurationException("The minimum coverage " + minimum + " must be between 0 and 1, "
                    + "for example 0.8 for 80%");
        }
        return new TestSettings(definition, start, seed, mocks, lenient, report, minimum);
    }

    static DefinitionRef ref(Definition definition) {
        return new DefinitionRef(definition.value(), List.of(definition.substitutions()), definition.stateMachine());
    }

    private static DefinitionRef ref(StepFunctionTest test) {
        if (!test.value().isEmpty() && !test.template().isEmpty()) {
            throw new ExtensionConfigurationException("@StepFunctionTest takes a definition or a template, not both: "
                    + "drop value = \"" + test.value() + "\" or template = \"" + test.template() + "\"");
        }
        return new DefinitionRef(test.template().isEmpty() ? test.value() : test.template(),
                List.of(test.substitutions()), test.stateMachine());
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@StartInstant(\"" + text + "\") is not an ISO-8601 instant; "
                    + "write one like 2025-01-01T00:00:00Z");
        }
    }
}
