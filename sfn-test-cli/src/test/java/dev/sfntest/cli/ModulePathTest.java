package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.cli.PackagedJars.ForkedRun;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published jars as modules, as a user's module path has them: forked JVMs run the command with
 * {@code java --module-path ... -m dev.sfntest.cli/dev.sfntest.cli.SfnTestCli}, and the descriptors read
 * from the jars export the API packages only. Runs after {@code package} (the {@code packaged-jars}
 * execution in the pom), on the shipped jars: core's descriptor is the one the shade plugin relocated.
 */
@Tag("packaged-jars")
class ModulePathTest {
    private static final String FILTER_DEFINITION = "{\"StartAt\": \"Big\", \"States\": {\"Big\": {\"Type\": \"Pass\","
            + " \"OutputPath\": \"$.items[?(@.n > 1)]\", \"End\": true}}}";

    @TempDir
    Path dir;

    @Nested
    class TheCommand {
        @Test
        void validatesADefinitionAndReportsAnInvalidOne() throws IOException {
            PackagedJars jars = PackagedJars.fromBuild();
            Path good = Files.writeString(dir.resolve("good.asl.json"), FILTER_DEFINITION);
            Path bad = Files.writeString(dir.resolve("bad.asl.json"), "{\"StartAt\": \"Nowhere\", \"States\": {}}");

            ForkedRun valid = jars.runCli(dir, "validate", good.toString());
            ForkedRun invalid = jars.runCli(dir, "validate", bad.toString());

            assertThat(valid.out()).isEmpty();
            assertThat(valid.err()).isEmpty();
            assertThat(valid.exit()).isZero();
            assertThat(invalid.out()).startsWith(bad + ": ERROR ");
            assertThat(invalid.exit()).isEqualTo(1);
        }

        /** JSONPath filters go through the json-path copy relocated into core, which logs through a relocated SLF4J. */
        @Test
        void runsAJsonPathFilterWithoutALoggingWarning() throws IOException {
            PackagedJars jars = PackagedJars.fromBuild();
            Path definition = Files.writeString(dir.resolve("filter.asl.json"), FILTER_DEFINITION);

            ForkedRun run = jars.runCli(dir, "run", definition.toString(), "--input",
                    "{\"items\": [{\"n\": 1}, {\"n\": 2}]}");

            JsonNode printed = Json.parse(run.out());
            assertThat(printed.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(printed.path("output")).isEqualTo(Json.parse("[{\"n\": 2}]"));
            assertThat(run.err()).isEmpty();
            assertThat(run.exit()).isZero();
        }

        /** picocli reads the (opened) command classes; sfn-test-diagram lays the SVG out with ELK, Guava and EMF. */
        @Test
        void drawsAnSvgDiagramWithElk() throws IOException {
            PackagedJars jars = PackagedJars.fromBuild();
            Path definition = Files.writeString(dir.resolve("filter.asl.json"), FILTER_DEFINITION);

            ForkedRun graph = jars.runCli(dir, "graph", definition.toString(), "--format", "svg");

            assertThat(graph.out()).startsWith("<svg").contains(">Big<");
            assertThat(graph.err()).isEmpty();
            assertThat(graph.exit()).isZero();
        }
    }

    @Nested
    class TheDescriptors {
        @Test
        void coreExportsItsApiPackagesAndHidesTheRelocatedLibraries() {
            ModuleDescriptor core = PackagedJars.fromBuild().descriptor("dev.sfntest.core");

            assertThat(core.isAutomatic()).as("automatic").isFalse();
            assertThat(exported(core)).containsExactlyInAnyOrder("dev.sfntest", "dev.sfntest.asl",
                    "dev.sfntest.assertj", "dev.sfntest.cases", "dev.sfntest.data", "dev.sfntest.data.intrinsic",
                    "dev.sfntest.data.jsonata", "dev.sfntest.engine", "dev.sfntest.history", "dev.sfntest.mock",
                    "dev.sfntest.report", "dev.sfntest.service", "dev.sfntest.teststate");
            assertThat(core.opens()).isEmpty();
            assertThat(core.packages()).contains("dev.sfntest.internal.shaded.jsonpath",
                    "dev.sfntest.internal.shaded.slf4j");
            assertThat(core.uses()).containsExactly("dev.sfntest.internal.shaded.slf4j.spi.SLF4JServiceProvider");
        }

        @Test
        void everyOtherModuleExportsItsOwnPackageOnly() {
            PackagedJars jars = PackagedJars.fromBuild();

            for (String module : Set.of("junit5", "property", "diagram", "server", "cli")) {
                ModuleDescriptor descriptor = jars.descriptor("dev.sfntest." + module);
                assertThat(descriptor.isAutomatic()).as(module + " automatic").isFalse();
                assertThat(exported(descriptor)).as(module).containsExactly("dev.sfntest." + module);
            }
            assertThat(jars.descriptor("dev.sfntest.cli").opens())
                    .singleElement().hasToString("dev.sfntest.cli to [info.picocli]");
        }

        /**
         * Without the command: the JUnit modules resolve with what they require, the extension loads as JUnit
         * instantiates it, and core finds the AWS API models of sfn-test-aws-models (a resource-only automatic
         * module, resolved with the automatic module core requires).
         */
        @Test
        void theLibraryModulesResolveAndWorkInAModuleLayer() throws ReflectiveOperationException {
            PackagedJars jars = PackagedJars.fromBuild();

            ModuleLayer layer = jars.layer(Set.of("dev.sfntest.junit5", "dev.sfntest.property"));
            Object extension = layer.findLoader("dev.sfntest.junit5")
                    .loadClass("dev.sfntest.junit5.StepFunctionExtension").getConstructor().newInstance();
            Method none = layer.findLoader("dev.sfntest.property")
                    .loadClass("dev.sfntest.property.FaultSchedules").getMethod("none");
            Class<?> models = layer.findLoader("dev.sfntest.core").loadClass("dev.sfntest.service.ServiceModels");
            Object standard = models.getMethod("standard").invoke(null);

            assertThat(extension.getClass().getModule().getName()).isEqualTo("dev.sfntest.junit5");
            assertThat(none.invoke(null)).isNotNull();
            assertThat(models.getMethod("indexProblem").invoke(standard)).as("service index problem").isNull();
            assertThat((Optional<?>) models.getMethod("model", String.class).invoke(standard, "dynamodb")).isPresent();
            assertThat(layer.findModule("dev.sfntest.diagram")).as("optional diagram resolved").isEmpty();
        }
    }

    /**
     * A user's test module, compiled here against the packaged jars and run by JUnit's launcher on the
     * module path: {@code @StepFunctionTest} loads the definition from the (open) module, resolves the
     * runner parameter, answers the Task with a mock and asserts with sfn-test's and AssertJ's own
     * assertions (the module reads AssertJ, core and JUnit through {@code requires dev.sfntest.junit5}).
     */
    @Nested
    class AUsersTestModule {
        @Test
        void runsAStepFunctionTestOnTheModulePath() throws IOException {
            PackagedJars jars = PackagedJars.fromBuild();
            Path sources = dir.resolve("src");
            Path classes = dir.resolve("classes");
            write(sources.resolve("module-info.java"), """
                    open module it.orders {
                        requires dev.sfntest.junit5;
                        requires org.junit.platform.launcher;
                    }
                    """);
            write(sources.resolve("it/orders/ChargeTest.java"), """
                    package it.orders;

                    import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
                    import static org.assertj.core.api.Assertions.assertThat;

                    import dev.sfntest.history.ExecutionResult;
                    import dev.sfntest.junit5.StepFunctionRunner;
                    import dev.sfntest.junit5.StepFunctionTest;
                    import dev.sfntest.mock.TaskMocks;
                    import java.time.Duration;
                    import org.junit.jupiter.api.Test;

                    @StepFunctionTest("it/orders/charge.asl.json")
                    class ChargeTest {
                        @Test
                        void chargesAfterADay(StepFunctionRunner runner) {
                            runner.mock(TaskMocks.forState("Charge").returns("{\\\"Payload\\\": {\\\"id\\\": \\\"ch-1\\\"}}"));

                            ExecutionResult result = runner.run("{\\\"amount\\\": 250}");

                            assertThatExecution(result)
                                    .succeeded()
                                    .hasEnteredInOrder("Hold", "Charge")
                                    .hasDuration(Duration.ofDays(1));
                            assertThat(result.output().path("id").asText()).isEqualTo("ch-1");
                        }
                    }
                    """);
            write(sources.resolve("it/orders/RunTests.java"), """
                    package it.orders;

                    import org.junit.platform.engine.discovery.DiscoverySelectors;
                    import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
                    import org.junit.platform.launcher.core.LauncherFactory;
                    import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
                    import org.junit.platform.launcher.listeners.TestExecutionSummary;

                    public final class RunTests {
                        public static void main(String[] args) {
                            SummaryGeneratingListener listener = new SummaryGeneratingListener();
                            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                                    .selectors(DiscoverySelectors.selectClass(ChargeTest.class)).build(), listener);
                            TestExecutionSummary summary = listener.getSummary();
                            summary.getFailures().forEach(failure -> failure.getException().printStackTrace());
                            System.out.println(summary.getTestsSucceededCount() + " succeeded, "
                                    + summary.getTestsFailedCount() + " failed");
                        }
                    }
                    """);
            write(classes.resolve("it/orders/charge.asl.json"), """
                    {"StartAt": "Hold", "States": {
                      "Hold": {"Type": "Wait", "Seconds": 86400, "Next": "Charge"},
                      "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                                 "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                                 "ResultSelector": {"id.$": "$.Payload.id"}, "End": true}}}
                    """);

            String compiled = jars.compileModule(sources, classes);
            List<Path> modulePath = new ArrayList<>(jars.allJars());
            modulePath.add(0, classes);
            ForkedRun run = PackagedJars.run(dir, modulePath, "it.orders/it.orders.RunTests");

            assertThat(compiled).as("compiler messages").isEmpty();
            assertThat(run.out()).as(run.err()).isEqualTo("1 succeeded, 0 failed" + System.lineSeparator());
            assertThat(run.exit()).isZero();
        }

        private static void write(Path file, String text) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }

    /** The rule of docs/modules.md: every public top-level type of an exported package has an {@code @API} status. */
    @Nested
    class TheApiStatusMarkers {
        @Test
        void markEveryPublicTypeOfTheExportedPackages() throws IOException, ClassNotFoundException {
            PackagedJars jars = PackagedJars.fromBuild();
            Set<String> modules = Set.of("dev.sfntest.core", "dev.sfntest.junit5", "dev.sfntest.property",
                    "dev.sfntest.diagram", "dev.sfntest.server", "dev.sfntest.cli");
            ModuleLayer layer = jars.layer(modules);
            List<String> unmarked = new ArrayList<>();
            int marked = 0;

            for (String module : modules) {
                ModuleReference reference = jars.finder().find(module).orElseThrow();
                Set<String> exported = exported(reference.descriptor());
                try (ModuleReader reader = reference.open()) {
                    for (String entry : reader.list().filter(ModulePathTest::isTopLevelClass).toList()) {
                        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                        String pkg = name.substring(0, name.lastIndexOf('.'));
                        if (!exported.contains(pkg)
                                || !Modifier.isPublic(Class.forName(name, false, layer.findLoader(module)).getModifiers())) {
                            continue;
                        }
                        byte[] bytes = reader.read(entry).map(ModulePathTest::bytes).orElseThrow();
                        if (new String(bytes, StandardCharsets.ISO_8859_1).contains("Lorg/apiguardian/api/API;")) {
                            marked++;
                        } else {
                            unmarked.add(name);
                        }
                    }
                }
            }

            assertThat(unmarked).as("public types without @API").isEmpty();
            assertThat(marked).as("public types with @API").isGreaterThan(100);
        }
    }

    private static boolean isTopLevelClass(String entry) {
        return entry.endsWith(".class") && !entry.contains("$") && !entry.endsWith("module-info.class")
                && !entry.endsWith("package-info.class") && !entry.startsWith("META-INF/");
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Set<String> exported(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

}
