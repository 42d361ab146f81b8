package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;

/** A test's state machine taken from a SAM/CloudFormation template by logical id. */
class TemplateTest {
    @TempDir
    Path reports;

    @StepFunctionTest(template = "templates/template.yaml", stateMachine = "OrderStateMachine",
            substitutions = "ChargeFnArn=arn:aws:lambda:us-east-1:123456789012:function:charge")
    static class FromTemplate {
        @Test
        @MockConfig(value = "templates/order.mocks.json", testCase = "HappyPath")
        void charges(StepFunctionRunner runner, StateMachine machine) {
            assertThatExecution(runner.run("{\"orderId\": \"o-1\"}")).succeeded()
                    .hasOutputAt("$.charge.chargeId", "ch-1");
            assertThat(machine.source().at("/States/Charge/Parameters/FunctionName").textValue())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:charge");
            assertThat(machine.source().at("/States/Charge/Resource").textValue())
                    .isEqualTo("arn:aws:states:::lambda:invoke");
        }

        @Test
        void aParameterTakesAnotherStateMachineOfTheTemplate(
                @Definition(value = "templates/template.yaml", stateMachine = "RefundStateMachine")
                StepFunctionRunner refund) {
            assertThatExecution(refund.run("{}")).succeeded().hasOutput("\"us-east-1\"");
        }
    }

    @StepFunctionTest(template = "file:src/test/resources/templates/template.yaml", stateMachine = "OrderStateMachine",
            substitutions = "ChargeFnArn=charge")
    static class FromTemplateFile {
        @Test
        void readsDefinitionUriBesideTheFile(StateMachine machine) {
            assertThat(machine.source().at("/States/Charge/Parameters/FunctionName").textValue()).isEqualTo("charge");
        }
    }

    @StepFunctionTest(template = "templates/template.yaml", stateMachine = "OrderStateMachine")
    static class PlaceholderLeft {
        @Test
        void one(StateMachine machine) {
        }

        @Test
        void two(StateMachine machine) {
        }
    }

    @StepFunctionTest(value = "templates/statemachine/order.asl.json", substitutions = "Partition=aws")
    static class DefinitionWithAPlaceholderLeft {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @StepFunctionTest(template = "templates/template.yaml", stateMachine = "OrderStateMachin")
    static class UnknownStateMachine {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @StepFunctionTest("machines/helo.asl.json")
    static class MisspeltResource {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @StepFunctionTest(template = "templates/template.yaml")
    static class NoStateMachineNamed {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @StepFunctionTest(value = "machines/hello.asl.json", template = "templates/template.yaml")
    static class DefinitionAndTemplate {
        @Test
        void runs(StateMachine machine) {
        }
    }

    @Nested
    class Loading {
        @Test
        void theStateMachineRunsWithDefinitionUriRelativeToTheTemplateAndSubstitutionsApplied() {
            // when
            var results = Kit.run(FromTemplate.class, reports);

            // then
            assertThat(Kit.failures(results)).isEmpty();
            assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
        }

        @Test
        void aTemplateFileReadsItsDefinitionUriBesideIt() {
            // when
            var results = Kit.run(FromTemplateFile.class, reports);

            // then
            assertThat(Kit.failures(results)).isEmpty();
            assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        }
    }

    @Nested
    class Warnings {
        @Test
        void aPlaceholderTheTemplateLeavesIsReportedOnceARunWithTheAnnotationsFix() {
            // when
            var results = Kit.run(PlaceholderLeft.class, reports);

            // then
            assertThat(Kit.failures(results)).isEmpty();
            assertThat(results.allEvents().reportingEntryPublished().stream()
                    .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                    .filter(pairs -> pairs.containsKey("sfn-test warning")).toList())
                    .containsExactly(Map.of("sfn-test warning", "templates/template.yaml#OrderStateMachine: WARNING "
                            + "TEMPLATE_PLACEHOLDER /Resources/OrderStateMachine/Properties/DefinitionSubstitutions/"
                            + "ChargeFnArn DefinitionSubstitutions ChargeFnArn (Fn::GetAtt ChargeFn.Arn) cannot be "
                            + "resolved offline, so the placeholder ${ChargeFnArn} stays; supply it with substitutions "
                            + "= \"ChargeFnArn=VALUE\""));
        }

        @Test
        void aPlaceholderAPlainDefinitionLeavesIsReportedToo() {
            // when
            var results = Kit.run(DefinitionWithAPlaceholderLeft.class, reports);

            // then
            assertThat(Kit.failures(results)).isEmpty();
            assertThat(results.allEvents().reportingEntryPublished().stream()
                    .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                    .filter(pairs -> pairs.containsKey("sfn-test warning")).toList())
                    .containsExactly(Map.of("sfn-test warning", "templates/statemachine/order.asl.json: WARNING "
                            + "UNSUBSTITUTED_PLACEHOLDER /States/Charge/Parameters/FunctionName Placeholder "
                            + "${ChargeFnArn} is not substituted; pass a value (DefinitionSubstitutions) or the state "
                            + "machine sees the text as written"));
        }

        @Test
        void aTemplateWhosePlaceholdersAreSuppliedGivesNoWarning() {
            // when
            var results = Kit.run(FromTemplate.class, reports);

            // then
            assertThat(results.allEvents().reportingEntryPublished().stream()
                    .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                    .filter(pairs -> pairs.containsKey("sfn-test warning")).toList()).isEmpty();
        }
    }

    @Nested
    class Misconfiguration {
        @Test
        void anUnknownLogicalIdGetsDidYouMean() {
            var results = Kit.run(UnknownStateMachine.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The template "
                    + "templates/template.yaml has no state machine 'OrderStateMachin'; did you mean "
                    + "'OrderStateMachine'? Its state machines: OrderStateMachine, RefundStateMachine");
        }

        @Test
        void aMisspeltResourceGetsDidYouMeanAmongTheResourcesBesideIt() {
            var results = Kit.run(MisspeltResource.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The definition "
                    + "'machines/helo.asl.json' is not on the classpath; did you mean 'machines/hello.asl.json'? Put "
                    + "it under src/test/resources, or write 'file:' and a path");
        }

        @Test
        void aTemplateWithSeveralStateMachinesNeedsOneNamed() {
            var results = Kit.run(NoStateMachineNamed.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: The template "
                    + "templates/template.yaml has 2 state machines: name one of OrderStateMachine, RefundStateMachine");
        }

        @Test
        void aDefinitionAndATemplateTogetherAreRefused() {
            var results = Kit.run(DefinitionAndTemplate.class, reports);
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: @StepFunctionTest "
                    + "takes a definition or a template, not both: drop value = \"machines/hello.asl.json\" or "
                    + "template = \"templates/template.yaml\"");
        }
    }
}
