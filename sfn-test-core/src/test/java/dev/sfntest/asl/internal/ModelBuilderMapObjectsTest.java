package dev.sfntest.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The model builder compiles the distributed Map's objects ({@code ItemReader}, {@code ItemBatcher},
 * {@code ResultWriter}) and a Task's {@code Credentials} once, into typed values.
 */
class ModelBuilderMapObjectsTest {
    private static final String PROCESSOR = "\"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\","
            + " \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Succeed\"}}}";

    private static MapState map(String language, String fields) {
        return (MapState) Definitions.parse("{\"QueryLanguage\": \"" + language + "\", \"StartAt\": \"A\", \"States\": "
                + "{\"A\": {\"Type\": \"Map\", " + fields + ", " + PROCESSOR + ", \"End\": true}}}").graph().state("A");
    }

    private static JsonNode evaluate(dev.sfntest.data.Template template, String input) {
        return template.evaluate(DataContext.ofInput(Json.parse(input)));
    }

    @Nested
    class JsonPath {
        private final MapState map = map("JSONPath", """
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "ReaderConfig": {"InputType": "JSON", "MaxItemsPath": "$.limits['max']"},
                  "Parameters": {"Bucket": "in", "Key.$": "$.key"}},
                "ItemBatcher": {"MaxItemsPerBatchPath": "$.per", "MaxInputBytesPerBatchPath": "$['bytes']",
                  "BatchInput": {"run.$": "$.run"}},
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": {"Bucket": "out", "Prefix.$": "States.Format('runs/{}', $.run)"}},
                "MaxConcurrencyPath": "$.per\"""");

        @Test
        void the_item_reader_holds_its_compiled_parameters_and_max_items_path() {
            // when
            MapState.ItemReader reader = map.itemReader();

            // then
            assertThat(reader.resource()).isEqualTo("arn:aws:states:::s3:getObject");
            assertThat(reader.value()).isInstanceOf(FieldValue.Literal.class);
            assertThat(reader.value().source().path("ReaderConfig").path("InputType").asText()).isEqualTo("JSON");
            assertThat(evaluate(reader.parameters(), "{\"key\": \"k.json\"}"))
                    .isEqualTo(Json.parse("{\"Bucket\": \"in\", \"Key\": \"k.json\"}"));
            assertThat(reader.maxItemsPath().text()).isEqualTo("$.limits['max']");
            assertThat(reader.maxItemsPath().read(Json.parse("{\"limits\": {\"max\": 4}}"))).isEqualTo(Json.parse("4"));
        }

        @Test
        void the_item_batcher_holds_its_compiled_batch_input_and_paths() {
            // when
            MapState.ItemBatcher batcher = map.itemBatcher();

            // then
            assertThat(evaluate(batcher.batchInput(), "{\"run\": 3}")).isEqualTo(Json.parse("{\"run\": 3}"));
            assertThat(batcher.maxInputBytesPerBatchPath().read(Json.parse("{\"bytes\": 9}")))
                    .isEqualTo(Json.parse("9"));
            assertThat(batcher.maxItemsPerBatchPath().text()).isEqualTo("$.per");
        }

        @Test
        void a_path_written_twice_in_the_definition_is_compiled_once() {
            // when / then
            assertThat(map.itemBatcher().maxItemsPerBatchPath()).isSameAs(map.maxConcurrencyPath());
        }

        @Test
        void the_result_writer_holds_its_compiled_parameters() {
            // when
            MapState.ResultWriter writer = map.resultWriter();

            // then
            assertThat(writer.resource()).isEqualTo("arn:aws:states:::s3:putObject");
            assertThat(evaluate(writer.parameters(), "{\"run\": 5}"))
                    .isEqualTo(Json.parse("{\"Bucket\": \"out\", \"Prefix\": \"runs/5\"}"));
        }

        @Test
        void absent_objects_and_fields_are_null() {
            // when
            MapState bare = map("JSONPath", "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:listObjectsV2\"}");

            // then
            assertThat(bare.itemReader().parameters()).isNull();
            assertThat(bare.itemReader().maxItemsPath()).isNull();
            assertThat(bare.itemBatcher()).isNull();
            assertThat(bare.resultWriter()).isNull();
        }
    }

    @Nested
    class Jsonata {
        @Test
        void each_object_is_one_jsonata_value_with_nothing_compiled_for_jsonpath() {
            // when
            MapState map = map("JSONata", """
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                      "ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $states.input.max %}"},
                      "Arguments": {"Bucket": "in", "Key": "k.json"}},
                    "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run": "{% $states.input.run %}"}},
                    "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                      "Arguments": {"Bucket": "out", "Prefix": "runs"}}""");

            // then
            assertThat(map.itemReader().value()).isInstanceOf(FieldValue.Jsonata.class);
            assertThat(map.itemReader().resource()).isEqualTo("arn:aws:states:::s3:getObject");
            assertThat(map.itemReader().parameters()).isNull();
            assertThat(map.itemReader().maxItemsPath()).isNull();
            assertThat(map.itemBatcher().value()).isInstanceOf(FieldValue.Jsonata.class);
            assertThat(map.itemBatcher().batchInput()).isNull();
            assertThat(map.resultWriter().value()).isInstanceOf(FieldValue.Literal.class);
            assertThat(map.resultWriter().parameters()).isNull();
        }
    }

    @Nested
    class Credentials {
        private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

        private TaskState task(String language, String credentials) {
            return (TaskState) Definitions.parse("{\"QueryLanguage\": \"" + language + "\", \"StartAt\": \"A\", "
                    + "\"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"Credentials\": "
                    + credentials + ", \"End\": true}}}").graph().state("A");
        }

        @Test
        void a_jsonpath_role_is_a_compiled_payload_template() {
            // when
            TaskState task = task("JSONPath", "{\"RoleArn.$\": \"$.role\"}");

            // then
            FieldValue.Payload credentials = (FieldValue.Payload) task.credentials();
            assertThat(evaluate(credentials.template(), "{\"role\": \"arn:aws:iam::123456789012:role/r\"}"))
                    .isEqualTo(Json.parse("{\"RoleArn\": \"arn:aws:iam::123456789012:role/r\"}"));
        }

        @Test
        void a_jsonata_role_is_compiled_and_a_written_role_stays_literal() {
            // when
            TaskState expression = task("JSONata", "{\"RoleArn\": \"{% $states.input.role %}\"}");
            TaskState written = task("JSONata", "{\"RoleArn\": \"arn:aws:iam::123456789012:role/r\"}");

            // then
            assertThat(expression.credentials()).isInstanceOf(FieldValue.Jsonata.class);
            assertThat(written.credentials()).isEqualTo(new FieldValue.Literal(
                    Json.parse("{\"RoleArn\": \"arn:aws:iam::123456789012:role/r\"}")));
        }
    }
}
