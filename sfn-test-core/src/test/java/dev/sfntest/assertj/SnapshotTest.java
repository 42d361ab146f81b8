package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link ExecutionAssert#matchesSnapshot()} end to end, against the snapshots committed under
 * {@code src/test/resources/__snapshots__}.
 */
class SnapshotTest {
    private static final String FOLDER = "src/test/resources/__snapshots__/";

    static ExecutionResult greet(String who) throws Exception {
        return Engine.builder().build().execute(Definitions.parse("""
                {"StartAt": "Greet", "States": {"Greet": {"Type": "Pass", "End": true,
                  "Parameters": {"greeting.$": "States.Format('hello {}', $.who)", "run.$": "$$.Execution.Id"}}}}
                """), Json.parse("{\"who\": \"" + who + "\"}"));
    }

    @Nested
    class Committed {
        @Test
        void theSnapshotHoldsResultAndHistoryWithUuidsNumbered() throws Exception {
            assertThatExecution(greet("ada")).succeeded().matchesSnapshot();

            assertThat(Path.of(FOLDER + "dev.sfntest.assertj.SnapshotTest$Committed/"
                    + "theSnapshotHoldsResultAndHistoryWithUuidsNumbered.json")).content().startsWith("""
                    {
                      "status" : "SUCCEEDED",
                      "output" : {
                        "greeting" : "hello ada",
                        "run" : "arn:aws:states:us-east-1:123456789012:execution:StateMachine:<uuid:0>"
                      },
                      "error" : null,
                      "cause" : null,
                      "history" : [
                        {
                          "timestamp" : "2025-01-01T00:00:00Z",
                          "type" : "ExecutionStarted",
                    """);
        }

        @Test
        void anotherRunFailsWithTheDiff() throws Exception {
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(greet("bob")).matchesSnapshot(
                            "dev.sfntest.assertj.SnapshotTest$Committed/theSnapshotHoldsResultAndHistoryWithUuidsNumbered"));

            String run = "\"run\" : \"arn:aws:states:us-east-1:123456789012:execution:StateMachine:<uuid:0>\"";
            assertThat(error).hasMessage("The execution does not match the snapshot " + FOLDER
                    + "dev.sfntest.assertj.SnapshotTest$Committed/theSnapshotHoldsResultAndHistoryWithUuidsNumbered.json"
                    + " (- snapshot, + this run; re-record with -Dsfntest.snapshots.update=true):\n"
                    + "@@ line 2\n"
                    + "    \"status\" : \"SUCCEEDED\",\n"
                    + "    \"output\" : {\n"
                    + "-     \"greeting\" : \"hello ada\",\n"
                    + "+     \"greeting\" : \"hello bob\",\n"
                    + "      " + run + "\n"
                    + "    },\n"
                    + "@@ line 15\n"
                    + "        \"executionStartedEventDetails\" : {\n"
                    + "          \"input\" : {\n"
                    + "-           \"who\" : \"ada\"\n"
                    + "+           \"who\" : \"bob\"\n"
                    + "          },\n"
                    + "          \"inputDetails\" : {\n"
                    + "@@ line 31\n"
                    + "          \"name\" : \"Greet\",\n"
                    + "          \"input\" : {\n"
                    + "-           \"who\" : \"ada\"\n"
                    + "+           \"who\" : \"bob\"\n"
                    + "          },\n"
                    + "          \"inputDetails\" : {\n"
                    + "@@ line 46\n"
                    + "          \"name\" : \"Greet\",\n"
                    + "          \"output\" : {\n"
                    + "-           \"greeting\" : \"hello ada\",\n"
                    + "+           \"greeting\" : \"hello bob\",\n"
                    + "            " + run + "\n"
                    + "          },\n"
                    + "@@ line 61\n"
                    + "        \"executionSucceededEventDetails\" : {\n"
                    + "          \"output\" : {\n"
                    + "-           \"greeting\" : \"hello ada\",\n"
                    + "+           \"greeting\" : \"hello bob\",\n"
                    + "            " + run + "\n"
                    + "          },");
            assertThat(Files.readString(Path.of(FOLDER + "dev.sfntest.assertj.SnapshotTest$Committed/"
                    + "theSnapshotHoldsResultAndHistoryWithUuidsNumbered.json"))).contains("hello ada")
                    .doesNotContain("hello bob");
        }
    }

    @Nested
    class Views {
        @Test
        void aMapIterationsSnapshotHoldsItsResultAndOnlyItsEvents() throws Exception {
            assertThatExecution(ExecutionAssertTest.mapAndParallel()).mapIteration("Each", 1).matchesSnapshot();

            String text = Files.readString(Path.of(FOLDER + "dev.sfntest.assertj.SnapshotTest$Views/"
                    + "aMapIterationsSnapshotHoldsItsResultAndOnlyItsEvents.json"));
            assertThat(text).startsWith("{\n  \"status\" : \"SUCCEEDED\",\n")
                    .contains("\"type\" : \"MapIterationStarted\"")
                    .doesNotContain("ExecutionStarted", "\"index\" : 0");
        }
    }
}
