package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.junit5.internal.DefinitionRef;
import dev.sfntest.junit5.internal.ExtensionDefaults;
import dev.sfntest.junit5.internal.ExtensionLogic;
import dev.sfntest.junit5.internal.MockConfigRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link StepFunctionTest}; register it yourself to set
 * options in code. Annotations on the class, method or parameter still win over these settings.
 *
 * <pre>{@code
 * class HelloTest {
 *     @RegisterExtension
 *     static final StepFunctionExtension SFN = StepFunctionExtension.builder()
 *             .definition("hello/hello.asl.json")
 *             .mockConfig("hello/hello.mocks.json", "HappyPath")
 *             .startInstant(Instant.parse("2025-06-01T00:00:00Z"))
 *             .report(ReportMode.ALWAYS)
 *             .build();
 *
 *     @Test
 *     void charges(StepFunctionRunner runner) {
 *         assertThatExecution(runner.run("{\"orderId\": \"o-1\", \"amount\": 20}")).succeeded();
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable and stateless: every test's environment lives in the test's
 * {@link ExtensionContext.Store}, so {@code @Nested}, parameterized, repeated and parallel tests
 * each get their own. Use either this or {@code @StepFunctionTest} on a class, not both.
 */
@API(status = STABLE)
public final class StepFunctionExtension implements BeforeEachCallback, AfterEachCallback, AfterAllCallback,
        ParameterResolver {
    private final ExtensionLogic logic;

    /** The extension with no settings of its own (what {@code @StepFunctionTest} registers). */
    public StepFunctionExtension() {
        this(ExtensionDefaults.NONE);
    }

    private StepFunctionExtension(ExtensionDefaults defaults) {
        this.logic = new ExtensionLogic(defaults);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        logic.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logic.afterEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        logic.afterAll(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return logic.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return logic.resolve(parameter, context);
    }

    /** Builds a {@link StepFunctionExtension}. */
    public static final class Builder {
        private DefinitionRef definition;
        private Instant startInstant;
        private Long seed;
        private MockConfigRef mockConfig;
        private boolean lenient;
        private ReportMode report;
        private double minimumCoverage;

        private Builder() {
        }

        /** The definition: a classpath resource, or {@code file:} and a path; {@code Name=Value} substitutions. */
        public Builder definition(String location, String... substitutions) {
            this.definition = new DefinitionRef(Objects.requireNonNull(location, "location"), List.of(substitutions));
            return this;
        }

        /** Where each test's clock starts. */
        public Builder startInstant(Instant instant) {
            this.startInstant = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /** The seed of every execution. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** A MockConfigFile test case for every test (the state machine's name inferred). */
        public Builder mockConfig(String location, String testCase) {
            this.mockConfig = new MockConfigRef(location, testCase, "");
            return this;
        }

        /** Allows unused mocks. */
        public Builder lenient() {
            this.lenient = true;
            return this;
        }

        /** When to write each test's report. */
        public Builder report(ReportMode mode) {
            this.report = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The share (0 to 1) of the definition each test class must exercise. */
        public Builder minimumCoverage(double share) {
            this.minimumCoverage = share;
            return this;
        }

        /** The extension. */
        public StepFunctionExtension build() {
            return new StepFunctionExtension(new ExtensionDefaults(definition, startInstant, seed, mockConfig, lenient,
                    report, minimumCoverage));
        }
    }
}
