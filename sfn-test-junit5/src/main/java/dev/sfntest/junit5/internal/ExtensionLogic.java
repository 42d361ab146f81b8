package dev.sfntest.junit5.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.junit5.Definition;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.mock.UnusedMockException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What {@link dev.sfntest.junit5.StepFunctionExtension} does. Holds only the immutable defaults;
 * every test's state is in the test's store, shared state (definitions, coverage) in the class
 * and root stores.
 */
public final class ExtensionLogic {
    private static final Namespace NAMESPACE = Namespace.create("dev.sfntest.junit5");
    private static final Set<Class<?>> TYPES = Set.of(StateMachine.class, StepFunctionRunner.class,
            TaskMocks.class, VirtualClock.class);

    private final ExtensionDefaults defaults;

    /** The logic with {@code defaults} under the annotations. */
    public ExtensionLogic(ExtensionDefaults defaults) {
        this.defaults = defaults;
    }

    /** Checks the test's configuration and makes its environment. */
    public void beforeEach(ExtensionContext context) {
        TestSettings settings = TestSettings.of(context, defaults);
        Method method = context.getRequiredTestMethod();
        boolean parameterDefinitions = Arrays.stream(method.getParameters())
                .anyMatch(p -> p.isAnnotationPresent(Definition.class));
        if (settings.definition() == null && !parameterDefinitions) {
            throw new ExtensionConfigurationException(Messages.noDefinition(name(context)));
        }
        DefinitionCache cache = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(DefinitionCache.class, k -> new DefinitionCache(), DefinitionCache.class);
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        TestEnvironment environment = new TestEnvironment(settings, cache, loader);
        for (Parameter parameter : method.getParameters()) {
            Definition definition = parameter.getAnnotation(Definition.class);
            if (definition != null) {
                environment.runner(TestSettings.ref(definition));
            }
        }
        context.getStore(NAMESPACE).put(TestEnvironment.class, environment);
        announceWarnings(context, environment);
    }

    /**
     * Tells of the warnings about definitions loaded for the first time in this run (placeholders
     * a template or definition leaves): on standard error and as report entries of the test.
     */
    private static void announceWarnings(ExtensionContext context, TestEnvironment environment) {
        for (String warning : environment.drainWarnings()) {
            System.err.println("sfn-test: " + warning);
            context.publishReportEntry("sfn-test warning", warning);
        }
    }

    /** Checks unused mocks after a passing test, writes the report, records coverage. */
    public void afterEach(ExtensionContext context) {
        TestEnvironment environment = context.getStore(NAMESPACE).get(TestEnvironment.class, TestEnvironment.class);
        if (environment == null) {
            return;
        }
        UnusedMockException strictness = null;
        if (context.getExecutionException().isEmpty() && environment.hasMocks()) {
            try {
                environment.mocks().verifyAllUsed();
            } catch (UnusedMockException e) {
                strictness = new UnusedMockException("Strict mocks: " + e.getMessage()
                        + endings(environment.executions()), e.unused());
            }
        }
        boolean failed = context.getExecutionException().isPresent() || strictness != null;
        Reporting.afterTest(context, NAMESPACE, environment, failed);
        if (strictness != null) {
            throw strictness;
        }
    }

    /** How each execution of the test ended, one line each, or nothing when none ran. */
    private static String endings(java.util.List<TestEnvironment.Ran> executions) {
        StringBuilder out = new StringBuilder(executions.isEmpty() ? "" : "\nHow the test's executions ended:");
        for (int i = 0; i < executions.size(); i++) {
            dev.sfntest.history.ExecutionResult result = executions.get(i).result();
            out.append("\n  ").append(i + 1).append(". ").append(result.status())
                    .append(result.error() == null ? "" : " with " + result.error()).append(" after ")
                    .append(dev.sfntest.report.Timeline.pathTaken(dev.sfntest.report.ExecutionPath.of(result)));
        }
        return out.toString();
    }

    /** Writes the class's coverage and enforces its threshold. */
    public void afterAll(ExtensionContext context) {
        double minimum;
        try {
            minimum = TestSettings.of(context, defaults).minimumCoverage();
        } catch (ExtensionConfigurationException e) {
            return; // every test of the class already failed with it
        }
        Reporting.afterClass(context, NAMESPACE, minimum);
    }

    /** Whether the parameter is one of the types the extension provides. */
    public boolean supports(ParameterContext parameter) {
        return TYPES.contains(parameter.getParameter().getType());
    }

    /** The parameter's value from the test's environment. */
    public Object resolve(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        TestEnvironment environment = context.getTestMethod().isEmpty() ? null
                : context.getStore(NAMESPACE).get(TestEnvironment.class, TestEnvironment.class);
        if (environment == null) {
            throw new ParameterResolutionException(type.getSimpleName() + " can be a parameter of test methods and "
                    + "@BeforeEach or @AfterEach methods only, not of " + where(parameter));
        }
        Optional<Definition> own = parameter.findAnnotation(Definition.class);
        if (type == VirtualClock.class) {
            return environment.clock();
        } else if (type == TaskMocks.class) {
            return environment.mocks();
        }
        Runner runner = own.map(d -> environment.runner(TestSettings.ref(d)))
                .orElseGet(() -> environment.defaultRunner(name(context)));
        announceWarnings(context, environment);
        return type == StateMachine.class ? runner.stateMachine() : runner;
    }

    private static String where(ParameterContext parameter) {
        java.lang.reflect.Executable executable = parameter.getDeclaringExecutable();
        return executable instanceof java.lang.reflect.Constructor<?> constructor
                ? "the constructor of " + constructor.getDeclaringClass().getSimpleName()
                : executable.getDeclaringClass().getSimpleName() + "." + executable.getName() + "()";
    }

    static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + "()";
    }
}
