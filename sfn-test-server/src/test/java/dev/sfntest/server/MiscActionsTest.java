package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionSeverity;

class MiscActionsTest {
    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Nested
    class Tags {
        @Test
        void tags_untags_and_lists() {
            String arn = fixture.create("Tagged", StateMachineActionsTest.PASS);

            fixture.sfn.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("a").build(),
                    Tag.builder().key("env").value("test").build()));
            fixture.sfn.untagResource(b -> b.resourceArn(arn).tagKeys("env"));

            assertThat(fixture.sfn.listTagsForResource(b -> b.resourceArn(arn)).tags())
                    .containsExactly(Tag.builder().key("team").value("a").build());
            failure(() -> fixture.sfn.listTagsForResource(b -> b.resourceArn(PREFIX + "stateMachine:None")),
                    "ResourceNotFound", "Resource not found: '" + PREFIX + "stateMachine:None'");
        }
    }

    @Nested
    class Validate {
        @Test
        void reports_our_diagnostics_in_aws_shape() {
            ValidateStateMachineDefinitionResponse response = fixture.sfn.validateStateMachineDefinition(b -> b
                    .definition("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}}}"));

            assertThat(response.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
            assertThat(response.truncated()).isFalse();
            assertThat(response.diagnostics()).extracting(ValidateStateMachineDefinitionDiagnostic::code)
                    .containsExactly("MISSING_END_STATE", "UNKNOWN_TARGET");
            ValidateStateMachineDefinitionDiagnostic diagnostic = response.diagnostics().get(1);
            assertThat(diagnostic.severity()).isEqualTo(ValidateStateMachineDefinitionSeverity.ERROR);
            assertThat(diagnostic.code()).isEqualTo("UNKNOWN_TARGET");
            assertThat(diagnostic.location()).isEqualTo("/States/A/Next");
            assertThat(diagnostic.message()).isEqualTo("'Next' names no state of this scope: 'B'");
        }

        @Test
        void passes_a_valid_definition_and_locates_a_parse_error() {
            assertThat(fixture.sfn.validateStateMachineDefinition(b -> b.definition(StateMachineActionsTest.PASS))
                    .result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
            ValidateStateMachineDefinitionDiagnostic parse = fixture.sfn.validateStateMachineDefinition(b -> b
                    .definition("{\"StartAt\": ")).diagnostics().get(0);
            assertThat(parse.code()).isEqualTo("PARSE_ERROR");
            assertThat(parse.location()).isEqualTo("1:13");
        }
    }

    @Nested
    class MapRuns {
        static final String DISTRIBUTED = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "Label": "Each",
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Double", "States": {"Double": {"Type": "Pass", "End": true}}},
                  "End": true}}}""";

        @Test
        void lists_and_describes_the_map_runs_of_an_execution() {
            String arn = fixture.start(fixture.create("Distributed", DISTRIBUTED), "d", "[1, 2, 3]");
            fixture.awaitEnd(arn);

            MapRunListItem run = fixture.sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().get(0);
            DescribeMapRunResponse described = fixture.sfn.describeMapRun(b -> b.mapRunArn(run.mapRunArn()));

            assertThat(run.mapRunArn()).startsWith(PREFIX + "mapRun:Distributed/Each:");
            assertThat(run.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:Distributed/Each");
            assertThat(described.status()).isEqualTo(MapRunStatus.SUCCEEDED);
            assertThat(described.itemCounts().total()).isEqualTo(3);
            assertThat(described.itemCounts().succeeded()).isEqualTo(3);
            failure(() -> fixture.sfn.describeMapRun(b -> b.mapRunArn(PREFIX + "mapRun:X/Y:z")), "ResourceNotFound",
                    "Resource not found: '" + PREFIX + "mapRun:X/Y:z'");
        }
    }
}
