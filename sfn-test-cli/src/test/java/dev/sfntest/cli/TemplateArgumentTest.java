package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}, {@code validate} and {@code graph} take a state machine from a SAM/CloudFormation template. */
class TemplateArgumentTest {
    static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              ChargeFn: {Type: AWS::Serverless::Function, Properties: {Handler: index.handler}}
              OrderStateMachine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: statemachine/order.asl.json
                  DefinitionSubstitutions:
                    ChargeFnArn: !GetAtt ChargeFn.Arn
              RefundStateMachine:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString: !Sub '{"StartAt": "Refund", "States": {"Refund": {"Type": "Pass", "Result": "${AWS::Region}", "End": true}}}'
            """;
    static final String ORDER = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "${ChargeFnArn}", "ResultPath": "$.charge", "End": true}}}
            """;
    static final String MOCKS = """
            {"StateMachines": {"OrderStateMachine": {"TestCases": {"HappyPath": {"Charge": "Charged"}}}},
             "MockedResponses": {"Charged": {"0": {"Return": {"id": "ch-1"}}}}}
            """;

    @TempDir
    Path dir;
    Path template;

    @BeforeEach
    void writeTemplate() {
        template = Cli.write(dir, "template.yaml", TEMPLATE);
        Cli.write(dir, "statemachine/order.asl.json", ORDER);
    }

    @Nested
    class Run {
        @Test
        void runsTheStateMachineNamedAfterTheHash() {
            // when
            Cli.Result result = Cli.run("run", template + "#RefundStateMachine");

            // then
            assertThat(result.out())
                    .isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":\"us-east-1\",\"error\":null,\"cause\":null}\n");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isZero();
        }

        @Test
        void aMockConfigNamesTheStateMachineByItsLogicalIdAndSubstitutionsSupplyThePlaceholders() {
            // given
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            // when
            Cli.Result result = Cli.run("run", template + "#OrderStateMachine", "--mock-config", mocks,
                    "--test-case", "HappyPath", "--substitute", "ChargeFnArn=arn:aws:lambda:us-east-1:1:function:c");

            // then
            assertThat(result.out()).isEqualTo(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"charge\":{\"id\":\"ch-1\"}},\"error\":null,\"cause\":null}\n");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isZero();
        }

        @Test
        void anUnsuppliedPlaceholderIsAWarningOnStandardError() {
            // given
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            // when
            Cli.Result result = Cli.run("run", template + "#OrderStateMachine", "--mock-config", mocks,
                    "--test-case", "HappyPath");

            // then
            assertThat(result.errLines()).containsExactly(template + "#OrderStateMachine: WARNING TEMPLATE_PLACEHOLDER "
                    + "/Resources/OrderStateMachine/Properties/DefinitionSubstitutions/ChargeFnArn DefinitionSubstitutions "
                    + "ChargeFnArn (Fn::GetAtt ChargeFn.Arn) cannot be resolved offline, so the placeholder ${ChargeFnArn} "
                    + "stays; supply a substitution ChargeFnArn=VALUE");
            assertThat(result.exit()).isZero();
        }

        @Test
        void anUnknownLogicalIdIsAUsageErrorWithDidYouMean() {
            // when
            Cli.Result result = Cli.run("run", template + "#OrderStateMachin");

            // then
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).containsExactly(template + "#OrderStateMachin: ERROR UNKNOWN_STATE_MACHINE "
                    + "/Resources The template " + template + " has no state machine 'OrderStateMachin'; did you mean "
                    + "'OrderStateMachine'? Its state machines: OrderStateMachine, RefundStateMachine");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void aTemplateWithSeveralStateMachinesNeedsTheHash() {
            // when
            Cli.Result result = Cli.run("run", template);

            // then
            assertThat(result.errLines()).containsExactly(template + ": ERROR UNKNOWN_STATE_MACHINE /Resources The "
                    + "template " + template + " has 2 state machines: name one of OrderStateMachine, RefundStateMachine");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void aMissingTemplateIsNamed() {
            // when
            Cli.Result result = Cli.run("run", dir.resolve("nowhere.yaml") + "#OrderStateMachine");

            // then
            assertThat(result.errLines()).containsExactly(dir.resolve("nowhere.yaml") + "#OrderStateMachine: ERROR "
                    + "TEMPLATE_NOT_FOUND / The template " + dir.resolve("nowhere.yaml") + " does not exist");
            assertThat(result.exit()).isEqualTo(2);
        }
    }

    @Nested
    class Validate {
        @Test
        void validatesEveryStateMachineOfATemplateLabelledByLogicalIdReportingEachPlaceholderOnce() {
            // when
            Cli.Result result = Cli.run("validate", template);

            // then
            assertThat(result.outLines()).containsExactly(
                    template + "#OrderStateMachine: WARNING TEMPLATE_PLACEHOLDER /Resources/OrderStateMachine/Properties/"
                            + "DefinitionSubstitutions/ChargeFnArn DefinitionSubstitutions ChargeFnArn (Fn::GetAtt "
                            + "ChargeFn.Arn) cannot be resolved offline, so the placeholder ${ChargeFnArn} stays; supply "
                            + "a substitution ChargeFnArn=VALUE");
            assertThat(result.exit()).isZero();
            assertThat(Cli.runLean("validate", template)).isEqualTo(result);
        }
    }

    @Nested
    class Graph {
        @Test
        void drawsTheStateMachineOfATemplate() {
            // when
            Cli.Result result = Cli.run("graph", template + "#RefundStateMachine");

            // then
            assertThat(result.outLines()).contains("    s0(\"Refund\")");
            assertThat(result.exit()).isZero();
        }
    }
}
