package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every misconfiguration fails the test with a message that says what to fix. */
class MisconfigurationTest {
    @TempDir
    Path reports;

    @StepFunctionTest
    static class NoDefinition {
        @Test
        void runs(StepFunctionRunner runner) {
            runner.run();
        }
    }

    @StepFunctionTest("machines/missing.asl.json")
    static class MissingResource {
        @Test
        void runs(StepFunctionRunner runner) {
            runner.run();
        }
    }

    @StepFunctionTest("file:no/such/machine.asl.json")
    static class MissingFile {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @StepFunctionTest("machines/invalid.asl.json")
    static class Invalid {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    @MockConfig(value = "machines/hello.mocks.json", testCase = "Nope")
    static class UnknownTestCase {
        @Test
        void runs(StepFunctionRunner runner) {
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    @MockConfig(value = "machines/broken.mocks.json", testCase = "HappyPath")
    static class MockConfigNotJson {
        @Test
        void runs(StepFunctionRunner runner) {
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    @StartInstant("tomorrow")
    static class BadStartInstant {
        @Test
        void runs(StepFunctionRunner runner) {
        }
    }

    @StepFunctionTest(value = "machines/hello.asl.json", minimumCoverage = 1.5)
    static class BadMinimumCoverage {
        @Test
        void runs(StepFunctionRunner runner) {
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    static class ConstructorParameter {
        ConstructorParameter(StepFunctionRunner runner) {
        }

        @Test
        void runs() {
        }
    }

    @Nested
    class Definitions {
        @Test
        void aTestWithoutADefinitionSaysWhereToPutOne() {
            // given a class with @StepFunctionTest but no definition anywhere
            // when
            var results = Kit.run(NoDefinition.class, reports);
            // then
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The test "
                    + "NoDefinition.runs() has no state machine definition: annotate the class with "
                    + "@StepFunctionTest(\"path/to/machine.asl.json\"), or the method or a parameter with "
                    + "@Definition(\"path/to/machine.asl.json\")");
        }

        @Test
        void aResourceNotOnTheClasspathSaysWhereResourcesGo() {
            var results = Kit.run(MissingResource.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The definition "
                    + "'machines/missing.asl.json' is not on the classpath: put it under src/test/resources, or "
                    + "write 'file:' and a path");
        }

        @Test
        void aMissingFileNamesTheWorkingDirectory() {
            var results = Kit.run(MissingFile.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The definition "
                    + "file 'no/such/machine.asl.json' does not exist (the working directory is "
                    + Path.of("").toAbsolutePath() + "): fix the path, or drop 'file:' for a classpath resource");
        }

        @Test
        void anInvalidDefinitionListsItsErrors() {
            var results = Kit.run(Invalid.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The definition "
                    + "'machines/invalid.asl.json' is invalid (2 errors):\n"
                    + "  ERROR MISSING_END_STATE /States The state machine has no terminal state: end one state "
                    + "with \"End\": true, or add a Succeed or Fail state\n"
                    + "  ERROR UNKNOWN_TARGET /States/A/Next 'Next' names no state of this scope: 'Nowhere'");
        }
    }

    @Nested
    class Options {
        @Test
        void anUnknownTestCaseListsTheKnownOnes() {
            var results = Kit.run(UnknownTestCase.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: "
                    + "@MockConfig(value = \"machines/hello.mocks.json\", testCase = \"Nope\"): The state machine "
                    + "'hello' in the MockConfigFile has no test case 'Nope'; it has [HappyPath, CardDeclined]");
        }

        @Test
        void aMockConfigFileThatIsNotJsonIsLocatedWithAHint() {
            var results = Kit.run(MockConfigNotJson.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: "
                    + "@MockConfig(value = \"machines/broken.mocks.json\", testCase = \"HappyPath\"): the file is not "
                    + "JSON: expected a value, found 'ch-1' at 2:75; did you mean to quote it: \"ch-1\"?");
        }

        @Test
        void aStartInstantThatIsNotAnInstantShowsOne() {
            var results = Kit.run(BadStartInstant.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: "
                    + "@StartInstant(\"tomorrow\") is not an ISO-8601 instant; write one like 2025-01-01T00:00:00Z");
        }

        @Test
        void aMinimumCoverageAboveOneIsRefused() {
            var results = Kit.run(BadMinimumCoverage.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The minimum "
                    + "coverage 1.5 must be between 0 and 1, for example 0.8 for 80%");
        }

        @Test
        void aConstructorParameterIsRefused() {
            var results = Kit.run(ConstructorParameter.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ParameterResolutionException: StepFunctionRunner "
                    + "can be a parameter of test methods and @BeforeEach or @AfterEach methods only, not of the "
                    + "constructor of ConstructorParameter");
        }
    }
}
