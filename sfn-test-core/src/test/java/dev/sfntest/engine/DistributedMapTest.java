package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.events;
import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEventType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DistributedMapTest {

    private static String map(String fields, String iteration) {
        return "{'StartAt': 'M', 'States': {'M': {'Type': 'Map'" + fields + ", 'ItemProcessor': {"
                + "'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'}, 'StartAt': 'I',"
                + " 'States': {" + iteration + "}}, 'End': true}}}";
    }

    private static ExecutionResult run(InMemoryS3 s3, String definition, String input) {
        return Engine.builder().s3(s3).build().execute(Definitions.build(json(definition)), json(input));
    }

    private static final String PASS = "'I': {'Type': 'Pass', 'End': true}";

    @Nested
    class ItemReaders {
        @Test
        void csvWithAHeaderRowBecomesObjects() {
            InMemoryS3 s3 = new InMemoryS3().putObject("in", "orders.csv", "id,total\n1,20\n\"2\",\"3,5\"\n");
            String definition = map(", 'ItemReader': {'Resource': 'arn:aws:states:::s3:getObject', 'ReaderConfig':"
                    + " {'InputType': 'CSV', 'CSVHeaderLocation': 'FIRST_ROW'}, 'Parameters': {'Bucket': 'in',"
                    + " 'Key.$': '$.key'}}", PASS);
            assertThat(run(s3, definition, "{'key': 'orders.csv'}").output())
                    .isEqualTo(json("[{'id': '1', 'total': '20'}, {'id': '2', 'total': '3,5'}]"));
        }

        @Test
        void jsonLinesWithMaxItems() {
            InMemoryS3 s3 = new InMemoryS3().putObject("in", "e.jsonl", "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
            String definition = map(", 'ItemReader': {'Resource': 'arn:aws:states:::s3:getObject', 'ReaderConfig':"
                    + " {'InputType': 'JSONL', 'MaxItems': 2}, 'Parameters': {'Bucket': 'in', 'Key': 'e.jsonl'}}",
                    PASS);
            assertThat(run(s3, definition, "{}").output()).isEqualTo(json("[{'n': 1}, {'n': 2}]"));
        }

        @Test
        void listObjectsYieldsOneItemPerKey() {
            InMemoryS3 s3 = new InMemoryS3().putObject("in", "a/1.txt", "x").putObject("in", "a/2.txt", "yy")
                    .putObject("in", "b/3.txt", "z");
            String definition = map(", 'ItemReader': {'Resource': 'arn:aws:states:::s3:listObjectsV2',"
                    + " 'Parameters': {'Bucket': 'in', 'Prefix': 'a/'}}, 'ItemSelector': {'key.$': '$$.Map.Item.Value.Key',"
                    + " 'size.$': '$$.Map.Item.Value.Size'}", PASS);
            assertThat(run(s3, definition, "{}").output())
                    .isEqualTo(json("[{'key': 'a/1.txt', 'size': 1}, {'key': 'a/2.txt', 'size': 2}]"));
        }

        @Test
        void maxItemsPathReadsTheLimitFromTheInput() {
            InMemoryS3 s3 = new InMemoryS3().putObject("in", "e.json", "[1, 2, 3, 4]");
            String definition = map(", 'ItemReader': {'Resource': 'arn:aws:states:::s3:getObject', 'ReaderConfig':"
                    + " {'InputType': 'JSON', 'MaxItemsPath': '$.limits.max'}, 'Parameters': {'Bucket': 'in',"
                    + " 'Key': 'e.json'}}", PASS);
            assertThat(run(s3, definition, "{'limits': {'max': 3}}").output()).isEqualTo(json("[1, 2, 3]"));
            assertThat(run(s3, definition, "{'limits': {'max': 1}}").output()).isEqualTo(json("[1]"));
        }

        @Test
        void withJsonataTheArgumentsAndMaxItemsAreEvaluated() {
            InMemoryS3 s3 = new InMemoryS3().putObject("in", "e.json", "[1, 2, 3, 4]");
            String definition = map(", 'QueryLanguage': 'JSONata', 'ItemReader': {'Resource':"
                    + " 'arn:aws:states:::s3:getObject', 'ReaderConfig': {'InputType': 'JSON', 'MaxItems':"
                    + " '{% $states.input.max %}'}, 'Arguments': {'Bucket': 'in', 'Key': '{% $states.input.key %}'}}",
                    PASS);
            assertThat(run(s3, definition, "{'max': 2, 'key': 'e.json'}").output()).isEqualTo(json("[1, 2]"));
        }

        @Test
        void aMissingObjectFailsWithItemReaderFailedNamingTheState() {
            String definition = map(", 'ItemReader': {'Resource': 'arn:aws:states:::s3:getObject', 'ReaderConfig':"
                    + " {'InputType': 'JSON'}, 'Parameters': {'Bucket': 'in', 'Key': 'nope.json'}}", PASS);
            ExecutionResult result = run(new InMemoryS3(), definition, "{}");
            assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the "
                    + "event id #2). The object 'nope.json' does not exist in the bucket 'in' of the in-memory S3 "
                    + "(NoSuchKey)");
        }
    }

    @Nested
    class BatchesAndResults {
        @Test
        void itemBatcherGroupsItemsWithTheBatchInput() {
            String definition = map(", 'ItemBatcher': {'MaxItemsPerBatch': 2, 'BatchInput': {'run.$': '$.run'}},"
                    + " 'ItemsPath': '$.items'", PASS);
            assertThat(run(new InMemoryS3(), definition, "{'run': 7, 'items': [1, 2, 3]}").output()).isEqualTo(json(
                    "[{'BatchInput': {'run': 7}, 'Items': [1, 2]}, {'BatchInput': {'run': 7}, 'Items': [3]}]"));
        }

        @Test
        void itemBatcherReadsItsLimitsFromPathsAndItsBatchInputFromTheInput() {
            String definition = map(", 'ItemBatcher': {'MaxItemsPerBatchPath': '$.per', 'MaxInputBytesPerBatchPath':"
                    + " '$.bytes', 'BatchInput': {'run.$': '$.run', 'size.$': 'States.ArrayLength($.items)'}},"
                    + " 'ItemsPath': '$.items'", PASS);
            assertThat(run(new InMemoryS3(), definition, "{'run': 7, 'per': 3, 'bytes': 1000, 'items': [1, 2, 3, 4]}")
                    .output()).isEqualTo(json("[{'BatchInput': {'run': 7, 'size': 4}, 'Items': [1, 2, 3]},"
                            + " {'BatchInput': {'run': 7, 'size': 4}, 'Items': [4]}]"));
            assertThat(run(new InMemoryS3(), definition, "{'run': 8, 'per': 3, 'bytes': 2, 'items': [1, 2, 3]}")
                    .output()).isEqualTo(json("[{'BatchInput': {'run': 8, 'size': 3}, 'Items': [1, 2]},"
                            + " {'BatchInput': {'run': 8, 'size': 3}, 'Items': [3]}]"));
        }

        @Test
        void resultWriterParametersReadTheInput() {
            InMemoryS3 s3 = new InMemoryS3();
            String definition = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.items',"
                    + " 'ResultWriter': {'Resource': 'arn:aws:states:::s3:putObject', 'Parameters': {'Bucket': 'out',"
                    + " 'Prefix.$': '$.prefix'}}, 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED',"
                    + " 'ExecutionType': 'STANDARD'}, 'StartAt': 'I', 'States': {" + PASS + "}}, 'End': true}}}";
            ExecutionResult result = run(s3, definition, "{'prefix': 'nightly', 'items': [1]}");
            assertThat(result.output().get("ResultWriterDetails").get("Key").textValue())
                    .startsWith("nightly/").endsWith("/manifest.json");
            assertThat(result.output().get("ResultWriterDetails").get("Bucket").textValue()).isEqualTo("out");
        }

        @Test
        void resultWriterWritesAManifestAndTheResultsToS3() {
            InMemoryS3 s3 = new InMemoryS3();
            String definition = map(", 'ResultWriter': {'Resource': 'arn:aws:states:::s3:putObject', 'Parameters':"
                    + " {'Bucket': 'out', 'Prefix': 'runs'}}", PASS);
            ExecutionResult result = run(s3, definition, "[1, 2]");
            String key = result.output().get("ResultWriterDetails").get("Key").textValue();
            assertThat(key).startsWith("runs/").endsWith("/manifest.json");
            JsonNode manifest = read(s3, key);
            String succeeded = manifest.get("ResultFiles").get("SUCCEEDED").get(0).get("Key").textValue();
            JsonNode entries = read(s3, succeeded);
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1).get("Output").textValue()).isEqualTo("2");
            assertThat(manifest.get("MapRunArn").textValue()).isEqualTo(result.output().get("MapRunArn").textValue());
        }

        private JsonNode read(InMemoryS3 s3, String key) {
            try {
                return Json.parse(s3.getObject("out", key).orElseThrow());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Nested
    class MapRuns {
        @Test
        void theParentHistoryHasMapRunEventsAndNoIterations() {
            ExecutionResult result = run(new InMemoryS3(), map("", PASS), "[1, 2, 3]");
            assertThat(types(result)).contains(HistoryEventType.MapRunStarted, HistoryEventType.MapRunSucceeded)
                    .doesNotContain(HistoryEventType.MapIterationStarted, HistoryEventType.PassStateEntered);
            assertThat(((EventDetails.MapRunStarted) events(result, HistoryEventType.MapRunStarted).get(0).details())
                    .mapRunArn()).startsWith("arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/M:");
        }

        @Test
        void aFailingChildFailsTheMapRunUnlessTolerated() {
            String iteration = "'I': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericEquals': 2,"
                    + " 'Next': 'Bad'}], 'Default': 'Ok'}, 'Bad': {'Type': 'Fail', 'Error': 'Two'},"
                    + " 'Ok': {'Type': 'Pass', 'End': true}";
            ExecutionResult failed = run(new InMemoryS3(), map("", iteration), "[1, 2, 3]");
            assertThat(failed.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
            assertThat(types(failed)).contains(HistoryEventType.MapRunFailed);
            ExecutionResult tolerated = run(new InMemoryS3(), map(", 'ToleratedFailurePercentage': 50", iteration),
                    "[1, 2, 3]");
            assertThat(tolerated.output()).isEqualTo(json("[1, {'Error': 'Two'}, 3]"));
        }

        @Test
        void childExecutionsCannotReadTheParentsVariables() {
            String definition = "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Assign': {'x': 1}, 'Next': 'M'},"
                    + " 'M': {'Type': 'Map', 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED',"
                    + " 'ExecutionType': 'EXPRESS'}, 'StartAt': 'I', 'States': {'I': {'Type': 'Pass',"
                    + " 'Parameters': {'x.$': '$x'}, 'End': true}}}, 'End': true}}}";
            assertThat(run(new InMemoryS3(), definition, "[1]").error())
                    .isEqualTo("States.ExceedToleratedFailureThreshold");
        }
    }
}
