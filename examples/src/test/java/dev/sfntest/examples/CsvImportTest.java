package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.InMemoryS3;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.AwsErrors;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A data pipeline: a distributed Map reads customers from a CSV file in the in-memory S3,
 * tolerates up to 25 % of bad rows, and writes every row's result back to S3 with ResultWriter.
 * The test puts the file in an {@link InMemoryS3}, runs, then reads the manifest and result
 * files the execution wrote.
 */
@StepFunctionTest("csv-import/csv-import.asl.json")
class CsvImportTest {
    private static final String INPUT = "{\"bucket\": \"imports\", \"key\": \"2025-01-31/customers.csv\"}";
    private static final String HEADER = "id,email,country\n";

    // snippet:csv-import-engine
    private final InMemoryS3 s3 = new InMemoryS3();
    private final TaskMocks mocks = TaskMocks.of(
            TaskMocks.forState("UpsertCustomer").returns(ServiceResponses.dynamoDbWrite()).andSoOn());

    private ExecutionResult importFile(StateMachine machine, String csv) throws Exception {
        s3.putObject("imports", "2025-01-31/customers.csv", HEADER + csv);
        return Engine.builder().s3(s3).taskHandler(mocks).build().execute(machine, Json.parse(INPUT));
    }
    // end-snippet

    @Test
    void oneBadRowInFourIsToleratedAndReportedInTheResultFiles(StateMachine machine) throws Exception {
        ExecutionResult result = importFile(machine, """
                c-1,ada@example.com,GB
                c-2,grace@example.com,US
                c-3,not-an-email,FR
                c-4,alan@example.com,GB
                """);

        assertThatExecution(result).succeeded()
                .hasEventsInOrder(HistoryEventType.MapRunStarted, HistoryEventType.MapRunSucceeded)
                .hasOutputAt("$.source", "s3://imports/2025-01-31/customers.csv");
        JsonNode manifest = read(result.output().get("manifest").textValue());
        JsonNode succeeded = read(manifest.at("/ResultFiles/SUCCEEDED/0/Key").textValue());
        JsonNode failed = read(manifest.at("/ResultFiles/FAILED/0/Key").textValue());
        assertThat(succeeded).extracting(entry -> entry.get("Output").textValue())
                .containsExactly("\"c-1\"", "\"c-2\"", "\"c-4\"");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("Error").textValue()).isEqualTo("InvalidEmail");
        assertThat(failed.get(0).get("Cause").textValue()).isEqualTo("Row 2 has no valid email");
        assertThat(mocks.recorded().forState("UpsertCustomer").inputs())
                .extracting(item -> item.at("/Item/id/S").textValue())
                .containsExactlyInAnyOrder("c-1", "c-2", "c-4");
    }

    @Test
    void twoBadRowsInFourFailTheImport(StateMachine machine) throws Exception {
        ExecutionResult result = importFile(machine, """
                c-1,ada@example.com,GB
                c-2,,US
                c-3,not-an-email,FR
                c-4,alan@example.com,GB
                """);

        assertThatExecution(result).failed()
                .hasError("States.ExceedToleratedFailureThreshold")
                .hasEventsInOrder(HistoryEventType.MapRunStarted, HistoryEventType.MapRunFailed)
                .hasNeverEntered("ImportDone");
    }

    @Test
    void aThrottledWriteIsRetriedInsideItsChildExecution(StateMachine machine) throws Exception {
        TaskMocks throttled = TaskMocks.of(TaskMocks.forState("UpsertCustomer")
                .throwsError(AwsErrors.awsSdk("DynamoDB", "ProvisionedThroughputExceededException", "Slow down"))
                .thenReturns(ServiceResponses.dynamoDbWrite()).andSoOn());
        s3.putObject("imports", "2025-01-31/customers.csv", HEADER + "c-1,ada@example.com,GB\n");

        ExecutionResult result = Engine.builder().s3(s3).taskHandler(throttled).build()
                .execute(machine, Json.parse(INPUT));

        assertThatExecution(result).succeeded().hasDuration(Duration.ofSeconds(1));
        assertThat(throttled.recorded().forState("UpsertCustomer").count()).isEqualTo(2);
    }

    private JsonNode read(String key) throws Exception {
        return Json.parse(s3.getObject("import-results", key).orElseThrow());
    }
}
