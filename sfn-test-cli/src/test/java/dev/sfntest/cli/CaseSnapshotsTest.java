package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfn-test cases}: snapshots beside the case files, recorded when asked and compared on every run. */
class CaseSnapshotsTest {
    private static final String ECHO = "{\"StartAt\": \"Echo\", \"States\": {\"Echo\": {\"Type\": \"Pass\","
            + " \"End\": true}}}";
    private static final String LINE = "{\"name\":\"echo\",\"status\":\"SUCCEEDED\",\"output\":{\"a\":1},\"error\":null,"
            + "\"cause\":null";

    @TempDir
    Path dir;

    private Path echoCase(String input) {
        return Cli.write(dir, "cases/echo.json", "{\"name\": \"echo\", \"definition\": " + ECHO + ", \"input\": "
                + input + "}");
    }

    private Path snapshot() {
        return dir.resolve("cases/__snapshots__/echo.json");
    }

    private String snapshotText() throws Exception {
        return Files.readString(snapshot(), StandardCharsets.UTF_8);
    }

    @Nested
    class Recording {
        @Test
        void updateSnapshotsRecordsTheResultAndHistoryBesideTheCase() throws Exception {
            // given
            Path file = echoCase("{\"a\": 1}");

            // when
            Cli.Result result = Cli.run("cases", "--update-snapshots", file);

            // then
            assertThat(result.errLines()).containsExactly("sfn-test cases: recorded the snapshot " + snapshot());
            assertThat(result.outLines()).containsExactly(LINE + "}");
            assertThat(result.exit()).isZero();
            assertThat(snapshotText()).startsWith("""
                    {
                      "status" : "SUCCEEDED",
                      "output" : {
                        "a" : 1
                      },
                      "error" : null,
                      "cause" : null,
                      "history" : [
                        {
                          "timestamp" : "2025-01-01T00:00:00Z",
                          "type" : "ExecutionStarted",
                          "id" : 1,
                          "previousEventId" : 0,
                          "executionStartedEventDetails" : {
                            "input" : {
                              "a" : 1
                            },
                    """).endsWith("""
                          "type" : "ExecutionSucceeded",
                          "id" : 4,
                          "previousEventId" : 3,
                          "executionSucceededEventDetails" : {
                            "output" : {
                              "a" : 1
                            },
                            "outputDetails" : {
                              "truncated" : false
                            }
                          }
                        }
                      ]
                    }
                    """);
        }

        @Test
        void nothingIsWrittenUnlessAsked() {
            // given
            Path file = echoCase("{\"a\": 1}");

            // when
            Cli.Result result = Cli.run("cases", file);

            // then
            assertThat(result.outLines()).containsExactly(LINE + "}");
            assertThat(result.err()).isEmpty();
            assertThat(snapshot()).doesNotExist();
        }

        @Test
        void reRecordingSaysSoAndAnUnchangedSnapshotIsLeftAlone() {
            // given
            Path file = echoCase("{\"a\": 1}");
            Cli.run("cases", "--update-snapshots", file);

            // when
            Cli.Result unchanged = Cli.run("cases", "--update-snapshots", file);
            echoCase("{\"a\": 2}");
            Cli.Result changed = Cli.run("cases", "--update-snapshots", file);

            // then
            assertThat(unchanged.err()).isEmpty();
            assertThat(changed.errLines()).containsExactly("sfn-test cases: re-recorded the snapshot " + snapshot());
            assertThat(changed.exit()).isZero();
        }
    }

    @Nested
    class Comparing {
        @Test
        void aRunThatAgreesWithItsSnapshotMatches() {
            // given
            Path file = echoCase("{\"a\": 1}");
            Cli.run("cases", "--update-snapshots", file);

            // when
            Cli.Result result = Cli.run("cases", file);

            // then
            assertThat(result.outLines()).containsExactly(LINE + ",\"match\":true}");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isZero();
        }

        @Test
        void aRunThatDiffersPrintsALineDiffAndExitsOne() {
            // given
            Path file = echoCase("{\"a\": 1}");
            Cli.run("cases", "--update-snapshots", file);
            echoCase("{\"a\": 2}");

            // when
            Cli.Result result = Cli.run("cases", file);

            // then
            String heading = "snapshot: this run differs from " + snapshot() + " (- snapshot, + this run; re-record "
                    + "with --update-snapshots):";
            assertThat(result.errLines()).hasSize(37).startsWith(
                    "sfn-test cases: echo: does not match its snapshot (" + file + "):",
                    "sfn-test cases:   " + heading,
                    "sfn-test cases:   @@ line 2",
                    "sfn-test cases:       \"status\" : \"SUCCEEDED\",",
                    "sfn-test cases:       \"output\" : {",
                    "sfn-test cases:   -     \"a\" : 1",
                    "sfn-test cases:   +     \"a\" : 2",
                    "sfn-test cases:       },",
                    "sfn-test cases:       \"error\" : null,",
                    "sfn-test cases:   @@ line 14",
                    "sfn-test cases:           \"executionStartedEventDetails\" : {",
                    "sfn-test cases:             \"input\" : {",
                    "sfn-test cases:   -           \"a\" : 1",
                    "sfn-test cases:   +           \"a\" : 2");
            assertThat(result.outLines()).hasSize(1).first().asString()
                    .startsWith("{\"name\":\"echo\",\"status\":\"SUCCEEDED\",\"output\":{\"a\":2},\"error\":null,"
                            + "\"cause\":null,\"match\":false,\"differences\":[\"" + heading.replace("\\", "\\\\")
                            + "\",\"@@ line 2\",");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void aFolderIsWalkedWithoutItsSnapshotsAndAJunitReportNamesTheDifference() throws Exception {
            // given
            Path file = echoCase("{\"a\": 1}");
            Cli.run("cases", "--update-snapshots", file);
            echoCase("{\"a\": 2}");
            Path xml = dir.resolve("report.xml");

            // when
            Cli.Result result = Cli.run("cases", "--junit-xml", xml, dir.resolve("cases"));

            // then
            assertThat(result.outLines()).hasSize(1);
            assertThat(Files.readString(xml, StandardCharsets.UTF_8)).contains("snapshot: this run differs from "
                    + snapshot());
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }
    }
}
