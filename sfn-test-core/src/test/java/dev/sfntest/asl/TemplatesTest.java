package dev.sfntest.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** State machines taken from SAM, CloudFormation and CDK templates. */
class TemplatesTest {
    private static final Path TEMPLATES = Path.of("src/test/resources/templates");

    private static TemplateDefinition read(String yaml, String id, Map<String, String> substitutions) {
        return Templates.read("template.yaml", yaml, id, substitutions, path -> null);
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidTemplateException e) {
            return e.diagnostic().toString();
        }
        throw new AssertionError("no InvalidTemplateException");
    }

    @Nested
    class SamTemplateWithDefinitionUri {
        private final Path template = TEMPLATES.resolve("batch-lambda-sam/template.yaml");

        @Test
        void literal_substitutions_are_applied_and_the_rest_stay_placeholders_with_a_warning() {
            // when
            TemplateDefinition taken = Templates.read(template, "BatchJobWithLambdaStateMachine", Map.of());

            // then
            assertThat(taken.definition().at("/States/Submit Batch Job/Resource").textValue())
                    .isEqualTo("arn:aws:states:::batch:submitJob.sync");
            assertThat(taken.definition().at("/States/Generate batch job input/Resource").textValue())
                    .isEqualTo("${GenerateBatchJobArn}");
            assertThat(taken.warnings()).extracting(Diagnostic::toString).containsExactly(
                    "WARNING TEMPLATE_PLACEHOLDER /Resources/BatchJobWithLambdaStateMachine/Properties/"
                            + "DefinitionSubstitutions/GenerateBatchJobArn DefinitionSubstitutions GenerateBatchJobArn "
                            + "(Fn::GetAtt GenerateBatchJobMap.Arn) cannot be resolved offline, so the placeholder "
                            + "${GenerateBatchJobArn} stays; supply a substitution GenerateBatchJobArn=VALUE",
                    "WARNING TEMPLATE_PLACEHOLDER /Resources/BatchJobWithLambdaStateMachine/Properties/"
                            + "DefinitionSubstitutions/jobQueueArn DefinitionSubstitutions jobQueueArn "
                            + "(Ref BatchJobQueue) cannot be resolved offline, so the placeholder ${jobQueueArn} "
                            + "stays; supply a substitution jobQueueArn=VALUE",
                    "WARNING TEMPLATE_PLACEHOLDER /Resources/BatchJobWithLambdaStateMachine/Properties/"
                            + "DefinitionSubstitutions/jobDefinitionArn DefinitionSubstitutions jobDefinitionArn "
                            + "(Ref BatchJobDefinition) cannot be resolved offline, so the placeholder "
                            + "${jobDefinitionArn} stays; supply a substitution jobDefinitionArn=VALUE");
        }

        @Test
        void a_substitution_by_the_substitutions_name_or_by_the_attribute_supplies_the_value() {
            // given
            Map<String, String> substitutions = Map.of(
                    "GenerateBatchJobMap.Arn", "arn:aws:lambda:us-east-1:123456789012:function:generate",
                    "jobQueueArn", "arn:aws:batch:us-east-1:123456789012:job-queue/q",
                    "jobDefinitionArn", "arn:aws:batch:us-east-1:123456789012:job-definition/d");

            // when
            TemplateDefinition taken = Templates.read(template, null, substitutions);

            // then
            assertThat(taken.warnings()).isEmpty();
            assertThat(taken.definition().at("/States/Generate batch job input/Resource").textValue())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:generate");
            assertThat(taken.definition().at("/States/Submit Batch Job/Parameters/JobQueue").textValue())
                    .isEqualTo("arn:aws:batch:us-east-1:123456789012:job-queue/q");
            assertThat(Validator.validate(taken.definition())).isEmpty();
        }

        @Test
        void the_definition_validates_and_builds() {
            // when
            StateMachine machine = Templates.load(template, "BatchJobWithLambdaStateMachine", Map.of());

            // then
            assertThat(machine.graph().startAt()).isEqualTo("Generate batch job input");
        }
    }

    @Nested
    class Diagnostics {
        @Test
        void a_placeholder_the_template_leaves_is_reported_once_and_one_of_the_definitions_own_is_reported_too() {
            // given
            String yaml = """
                    Resources:
                      ChargeFn: {Type: AWS::Serverless::Function, Properties: {Handler: index.handler}}
                      Machine:
                        Type: AWS::StepFunctions::StateMachine
                        Properties:
                          DefinitionString: '{"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                            "Resource": "${ChargeFnArn}", "Parameters": {"Owner": "${Owner}"}, "End": true}}}'
                          DefinitionSubstitutions:
                            ChargeFnArn: !GetAtt ChargeFn.Arn
                    """;

            // when
            List<Diagnostic> diagnostics = read(yaml, "Machine", Map.of()).diagnostics();

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
                    "WARNING TEMPLATE_PLACEHOLDER /Resources/Machine/Properties/DefinitionSubstitutions/ChargeFnArn "
                            + "DefinitionSubstitutions ChargeFnArn (Fn::GetAtt ChargeFn.Arn) cannot be resolved "
                            + "offline, so the placeholder ${ChargeFnArn} stays; supply a substitution ChargeFnArn=VALUE",
                    "WARNING UNSUBSTITUTED_PLACEHOLDER /States/Charge/Parameters/Owner Placeholder ${Owner} is not "
                            + "substituted; pass a value (DefinitionSubstitutions) or the state machine sees the text "
                            + "as written");
        }
    }

    @Nested
    class CloudFormationInlineDefinitionString {
        private final Path template = TEMPLATES.resolve("call-microservice-apigw/template.yml");

        @Test
        void fn_sub_with_its_variables_pseudo_parameters_and_fn_if_are_evaluated() {
            // when
            TemplateDefinition taken = Templates.read(template, "ApiGatewayECSStateMachine", Map.of());

            // then
            assertThat(taken.definition().at("/States/Call API/Resource").textValue())
                    .isEqualTo("arn:aws:states:::apigateway:invoke");
            assertThat(taken.definition().at("/States/Call API/Parameters/ApiEndpoint").textValue())
                    .isEqualTo("${HttpApi}.execute-api.us-east-1.amazonaws.com");
            assertThat(taken.definition().at("/States/Notify Success/Parameters/TopicArn").textValue())
                    .isEqualTo("${SNSTopic}");
            assertThat(taken.warnings()).extracting(Diagnostic::toString).containsExactly(
                    "WARNING TEMPLATE_PLACEHOLDER /Resources/ApiGatewayECSStateMachine/Properties/DefinitionString/"
                            + "Fn::Sub/1/apiEndpoint/Fn::Sub/1/apiId/Ref Ref HttpApi cannot be resolved offline, so it "
                            + "is the placeholder ${HttpApi}; supply a substitution HttpApi=VALUE",
                    "WARNING TEMPLATE_PLACEHOLDER /Resources/ApiGatewayECSStateMachine/Properties/DefinitionString/"
                            + "Fn::Sub/1/snsTopicArn/Ref Ref SNSTopic cannot be resolved offline, so it is the "
                            + "placeholder ${SNSTopic}; supply a substitution SNSTopic=VALUE");
        }

        @Test
        void a_pseudo_parameter_given_as_a_substitution_overrides_its_default() {
            // when
            TemplateDefinition taken = Templates.read(template, "ApiGatewayECSStateMachine",
                    Map.of("AWS::Partition", "aws-cn", "AWS::Region", "cn-north-1", "HttpApi", "a1b2"));

            // then the partition also turns the template's IsChinaRegion condition true
            assertThat(taken.definition().at("/States/Call API/Resource").textValue())
                    .isEqualTo("arn:aws-cn:states:::apigateway:invoke");
            assertThat(taken.definition().at("/States/Call API/Parameters/ApiEndpoint").textValue())
                    .isEqualTo("a1b2.execute-api.cn-north-1.amazonaws.com.cn");
        }
    }

    @Nested
    class CdkSynthesizedTemplate {
        private final Path template = TEMPLATES.resolve("cdk/OrderStack.template.json");

        @Test
        void fn_join_is_evaluated_and_the_id_may_leave_out_cdks_hash() {
            // when
            TemplateDefinition taken = Templates.read(template, "OrderStateMachine", Map.of());

            // then
            assertThat(taken.logicalId()).isEqualTo("OrderStateMachine5A0C9B1E");
            assertThat(taken.definition().at("/States/Charge/Resource").textValue())
                    .isEqualTo("arn:aws:states:::lambda:invoke");
            assertThat(taken.definition().at("/States/Charge/Parameters/FunctionName").textValue())
                    .isEqualTo("${ChargeFn6F8E2A71.Arn}");
            assertThat(taken.definition().at("/States/Record/Parameters/TableName").textValue())
                    .isEqualTo("${OrdersTable3C2D5E8F}");
            assertThat(taken.warnings()).extracting(Diagnostic::message).containsExactly(
                    "Fn::GetAtt ChargeFn6F8E2A71.Arn cannot be resolved offline, so it is the placeholder "
                            + "${ChargeFn6F8E2A71.Arn}; supply a substitution ChargeFn6F8E2A71.Arn=VALUE",
                    "Ref OrdersTable3C2D5E8F cannot be resolved offline, so it is the placeholder "
                            + "${OrdersTable3C2D5E8F}; supply a substitution OrdersTable3C2D5E8F=VALUE");
            assertThat(taken.warnings()).extracting(Diagnostic::location).containsExactly(
                    "/Resources/OrderStateMachine5A0C9B1E/Properties/DefinitionString/Fn::Join/1/3/Fn::GetAtt",
                    "/Resources/OrderStateMachine5A0C9B1E/Properties/DefinitionString/Fn::Join/1/7/Ref");
        }

        @Test
        void the_definition_validates_and_builds() {
            // when
            StateMachine machine = Templates.load(template, null, Map.of("ChargeFn6F8E2A71.Arn", "charge"));

            // then
            assertThat(machine.graph().states()).containsOnlyKeys("Charge", "Paid?", "Declined", "Record");
        }
    }

    @Nested
    class ShortTags {
        @Test
        void short_tags_read_as_their_long_forms() {
            // given
            String yaml = """
                    Parameters:
                      Stage: {Type: String, Default: prod}
                    Resources:
                      Machine:
                        Type: AWS::Serverless::StateMachine
                        Properties:
                          Definition:
                            StartAt: Call
                            States:
                              Call:
                                Type: Task
                                Resource: !GetAtt Fn.Arn
                                Parameters:
                                  Table: !Ref Table
                                  Name: !Sub "orders-${Stage}-${AWS::AccountId}"
                                  Path: !Join ["/", [a, !Select [1, [x, y]]]]
                                End: true
                    """;

            // when
            TemplateDefinition taken = read(yaml, "Machine", Map.of());

            // then
            assertThat(taken.definition().at("/States/Call/Resource").textValue()).isEqualTo("${Fn.Arn}");
            assertThat(taken.definition().at("/States/Call/Parameters").toString())
                    .isEqualTo("{\"Table\":\"${Table}\",\"Name\":\"orders-prod-123456789012\",\"Path\":\"a/y\"}");
        }

        @Test
        void fn_sub_keeps_an_escaped_literal() {
            // given
            String yaml = """
                    Resources:
                      Machine:
                        Type: AWS::StepFunctions::StateMachine
                        Properties:
                          DefinitionString: !Sub '{"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "${!Kept}", "End": true}}}'
                    """;

            // when
            TemplateDefinition taken = read(yaml, null, Map.of());

            // then
            assertThat(taken.definition().at("/States/P/Result").textValue()).isEqualTo("${Kept}");
            assertThat(taken.warnings()).isEmpty();
        }
    }

    @Nested
    class Errors {
        private static final String TWO_MACHINES = """
                Resources:
                  OrderStateMachine: {Type: AWS::Serverless::StateMachine, Properties: {DefinitionUri: order.asl.json}}
                  RefundStateMachine: {Type: AWS::StepFunctions::StateMachine, Properties: {DefinitionS3Location: {Bucket: b, Key: k}}}
                  ChargeFn: {Type: AWS::Serverless::Function}
                """;

        @Test
        void a_missing_template_is_named() {
            assertThat(messageOf(() -> Templates.read(Path.of("no/template.yaml"), "X", Map.of())))
                    .isEqualTo("ERROR TEMPLATE_NOT_FOUND / The template no/template.yaml does not exist");
        }

        @Test
        void an_unknown_logical_id_gets_did_you_mean_and_the_list() {
            assertThat(messageOf(() -> read(TWO_MACHINES, "OrderStateMachin", Map.of())))
                    .isEqualTo("ERROR UNKNOWN_STATE_MACHINE /Resources The template template.yaml has no state machine "
                            + "'OrderStateMachin'; did you mean 'OrderStateMachine'? Its state machines: "
                            + "OrderStateMachine, RefundStateMachine");
            assertThat(messageOf(() -> read(TWO_MACHINES, "ChargeFn", Map.of())))
                    .isEqualTo("ERROR UNKNOWN_STATE_MACHINE /Resources The template template.yaml has no state machine "
                            + "'ChargeFn'. Its state machines: OrderStateMachine, RefundStateMachine");
        }

        @Test
        void several_state_machines_need_an_id() {
            assertThat(messageOf(() -> read(TWO_MACHINES, null, Map.of())))
                    .isEqualTo("ERROR UNKNOWN_STATE_MACHINE /Resources The template template.yaml has 2 state machines: "
                            + "name one of OrderStateMachine, RefundStateMachine");
        }

        @Test
        void a_definition_in_s3_or_a_missing_file_is_named() {
            assertThat(messageOf(() -> read(TWO_MACHINES, "RefundStateMachine", Map.of())))
                    .isEqualTo("ERROR DEFINITION_NOT_LOCAL /Resources/RefundStateMachine/Properties/DefinitionS3Location "
                            + "The state machine 'RefundStateMachine' keeps its definition in S3 (DefinitionS3Location "
                            + "{\"Bucket\":\"b\",\"Key\":\"k\"}); point DefinitionS3Location at a local file to test it");
            assertThat(messageOf(() -> read(TWO_MACHINES, "OrderStateMachine", Map.of())))
                    .isEqualTo("ERROR DEFINITION_FILE_NOT_FOUND /Resources/OrderStateMachine/Properties/DefinitionUri "
                            + "The DefinitionUri order.asl.json of the state machine 'OrderStateMachine' is not there: "
                            + "the path is relative to template.yaml");
        }

        @Test
        void an_unsupported_intrinsic_is_named_with_its_place() {
            // given
            String yaml = """
                    Resources:
                      M:
                        Type: AWS::StepFunctions::StateMachine
                        Properties:
                          Definition: {StartAt: P, States: {P: {Type: Pass, Result: !ImportValue Shared, End: true}}}
                    """;

            // then
            assertThat(messageOf(() -> read(yaml, "M", Map.of())))
                    .isEqualTo("ERROR UNSUPPORTED_INTRINSIC /Resources/M/Properties/Definition/States/P/Result/"
                            + "Fn::ImportValue The state machine 'M' uses Fn::ImportValue, which sfn-test cannot "
                            + "evaluate offline; write the value itself there, or Ref a parameter (its Default is used)");
        }

        @Test
        void a_condition_on_what_only_a_deployment_knows_is_named() {
            // given
            String yaml = """
                    Parameters:
                      Stage: {Type: String}
                    Conditions:
                      IsProd: !Equals [!Ref Stage, prod]
                    Resources:
                      M:
                        Type: AWS::StepFunctions::StateMachine
                        Properties:
                          Definition: {StartAt: P, States: {P: {Type: Pass, Result: !If [IsProd, a, b], End: true}}}
                    """;

            // then
            assertThat(messageOf(() -> read(yaml, "M", Map.of())))
                    .isEqualTo("ERROR UNSUPPORTED_INTRINSIC /Conditions/IsProd/Fn::Equals The condition at "
                            + "/Conditions/IsProd compares ${Stage} with prod, which only a deployment knows; give the "
                            + "parameter a Default or supply a substitution");
            assertThat(read(yaml, "M", Map.of("Stage", "prod")).definition().at("/States/P/Result").textValue())
                    .isEqualTo("a");
        }

        @Test
        void a_malformed_intrinsic_shows_what_is_expected() {
            // given
            String yaml = """
                    Resources:
                      M:
                        Type: AWS::StepFunctions::StateMachine
                        Properties:
                          DefinitionString: !Join ["", "not a list"]
                    """;

            // then
            assertThat(messageOf(() -> read(yaml, "M", Map.of())))
                    .isEqualTo("ERROR MALFORMED_INTRINSIC /Resources/M/Properties/DefinitionString/Fn::Join The state "
                            + "machine 'M' has Fn::Join with [\"\",\"not a list\"] where [delimiter, [values...]] is "
                            + "expected");
        }

        @Test
        void a_definition_string_that_is_not_json_shows_the_parse_error() {
            // given
            String yaml = """
                    Resources:
                      M:
                        Type: AWS::StepFunctions::StateMachine
                        Properties:
                          DefinitionString: '{"StartAt": '
                    """;

            // then
            assertThat(messageOf(() -> read(yaml, "M", Map.of())))
                    .startsWith("ERROR INVALID_DEFINITION_STRING /Resources/M/Properties/DefinitionString The "
                            + "DefinitionString of the state machine 'M' is not JSON once its intrinsic functions are "
                            + "resolved: Invalid JSON: ");
        }

        @Test
        void a_document_without_resources_is_not_a_template() {
            assertThat(messageOf(() -> read("StartAt: P\nStates: {P: {Type: Pass, End: true}}\n", null, Map.of())))
                    .isEqualTo("ERROR NOT_A_TEMPLATE / template.yaml is not a CloudFormation template: it has no "
                            + "Resources");
            assertThat(Templates.isTemplate("StartAt: P\nStates: {P: {Type: Pass, End: true}}\n")).isFalse();
            assertThat(Templates.stateMachines(TWO_MACHINES)).isEqualTo(List.of("OrderStateMachine", "RefundStateMachine"));
        }
    }
}
