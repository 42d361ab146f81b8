package dev.sfntest.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** {@link Snapshots}: recording, comparing, re-recording, CI and names. */
class SnapshotsTest {
    private static final String RECORDED = "{\n  \"status\" : \"SUCCEEDED\",\n  \"output\" : 1\n}\n";
    private static final String CHANGED = "{\n  \"status\" : \"FAILED\",\n  \"output\" : 1\n}\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Snapshots snapshots(boolean update, boolean ci) {
        return new Snapshots(dir, update, ci, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class FirstRun {
        @Test
        void recordsTheSnapshotAndSaysSo() throws Exception {
            snapshots(false, false).verify("OrderTest/declined", RECORDED);

            Path file = dir.resolve("OrderTest/declined.json");
            assertThat(Files.readString(file)).isEqualTo(RECORDED);
            assertThat(printed()).isEqualTo("sfn-test: recorded the snapshot " + file + System.lineSeparator());
        }

        @Test
        void onCiAMissingSnapshotFailsSayingHowToRecordItAndWritesNothing() {
            Snapshots.Mismatch mismatch = snapshots(false, true).verify("OrderTest/declined", RECORDED).orElseThrow();

            assertThat(mismatch.expected()).isNull();
            assertThat(mismatch.message()).isEqualTo("No snapshot " + dir.resolve("OrderTest/declined.json") + " to compare the"
                    + " execution with, and none is recorded on CI (CI is set). Run the test locally, or once with"
                    + " -Dsfntest.snapshots.update=true, and commit the file.");
            assertThat(dir.resolve("OrderTest")).doesNotExist();
        }
    }

    @Nested
    class LaterRuns {
        @Test
        void theSameTextMatchesQuietlyAlsoOnCiAndWithWindowsLineBreaks() throws Exception {
            Files.writeString(dir.resolve("t.json"), RECORDED.replace("\n", "\r\n"));

            assertThat(snapshots(false, true).verify("t", RECORDED)).isEmpty();
            assertThat(printed()).isEmpty();
        }

        @Test
        void aDifferenceFailsWithALineDiffAndTheExpectedAndActualTexts() throws Exception {
            Files.writeString(dir.resolve("t.json"), RECORDED);

            Snapshots.Mismatch mismatch = snapshots(false, false).verify("t", CHANGED).orElseThrow();

            assertThat(mismatch.message()).isEqualTo("The execution does not match the snapshot " + dir.resolve("t.json")
                    + " (- snapshot, + this run; re-record with -Dsfntest.snapshots.update=true):\n"
                    + "@@ line 1\n"
                    + "  {\n"
                    + "-   \"status\" : \"SUCCEEDED\",\n"
                    + "+   \"status\" : \"FAILED\",\n"
                    + "    \"output\" : 1\n"
                    + "  }");
            assertThat(mismatch.expected()).isEqualTo(RECORDED);
            assertThat(mismatch.actual()).isEqualTo(CHANGED);
            assertThat(Files.readString(dir.resolve("t.json"))).isEqualTo(RECORDED);
        }

        @Test
        void theUpdateSwitchReRecordsAndSaysSo() throws Exception {
            Path file = Files.writeString(dir.resolve("t.json"), RECORDED);

            snapshots(true, true).verify("t", CHANGED);

            assertThat(Files.readString(file)).isEqualTo(CHANGED);
            assertThat(printed()).isEqualTo("sfn-test: re-recorded the snapshot " + file + System.lineSeparator());
        }
    }

    @Nested
    class StateNameCheck {
        @Test
        void areTheTestClassAndMethodOfTheCaller() {
            assertThat(Snapshots.callerName()).contains(
                    "dev.sfntest.assertj.SnapshotsTest$StateNameCheck/areTheTestClassAndMethodOfTheCaller");
        }

        @Test
        void withoutATestMethodOnTheStackSayHowToNameTheSnapshot() {
            Throwable error = CompletableFuture.supplyAsync(() -> catchThrowableOfType(AssertionError.class,
                    () -> SfnAssertions.assertThatExecution(ExecutionAssertTest.largeOrder()).matchesSnapshot()))
                    .join();

            assertThat(error).hasMessage("matchesSnapshot() names its snapshot after the test method that calls"
                    + " it, and none is on the stack (a method annotated with @Test or another test annotation);"
                    + " name the snapshot: matchesSnapshot(\"OrderTest/declined\")");
        }

        @Test
        void mustStayInsideTheFolder() {
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> snapshots(false, false).file("../escape")))
                    .hasMessage("A snapshot name is a relative path such as \"OrderTest/declined\", without '..':"
                            + " \"../escape\"");
        }
    }

    @Nested
    class Diff {
        @Test
        void showsTwoLinesOfContextAndOneHeaderPerHunk() {
            String expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
            String actual = "a\nB\nc\nd\ne\nf\ng\nh\nI\n";

            assertThat(dev.sfntest.history.ExecutionSnapshot.diff(expected, actual)).isEqualTo("@@ line 1\n  a\n- b\n+ B\n  c\n  d\n"
                    + "@@ line 7\n  g\n  h\n- i\n+ I\n");
        }
    }

    @Nested
    class Settings {
        private Snapshots from(Map<String, String> properties, Map<String, String> environment) {
            return Snapshots.from(properties::get, environment::get, System.err);
        }

        @Test
        void byDefaultRecordMissingSnapshotsUnderSrcTestResources() {
            Snapshots settings = from(Map.of(), Map.of());

            assertThat(settings.folder()).isEqualTo(Path.of("src/test/resources/__snapshots__"));
            assertThat(settings.update()).isFalse();
            assertThat(settings.ci()).isFalse();
        }

        @Test
        void ciIsAnyValueOfTheCiVariableButFalse() {
            assertThat(from(Map.of(), Map.of("CI", "true")).ci()).isTrue();
            assertThat(from(Map.of(), Map.of("CI", "1")).ci()).isTrue();
            assertThat(from(Map.of(), Map.of("CI", "false")).ci()).isFalse();
            assertThat(from(Map.of(), Map.of("CI", "")).ci()).isFalse();
        }

        @Test
        void theUpdateSwitchIsThePropertyOrElseTheEnvironmentVariable() {
            assertThat(from(Map.of("sfntest.snapshots.update", "true"), Map.of()).update()).isTrue();
            assertThat(from(Map.of(), Map.of("SFNTEST_SNAPSHOTS_UPDATE", "TRUE")).update()).isTrue();
            assertThat(from(Map.of("sfntest.snapshots.update", "false"), Map.of("SFNTEST_SNAPSHOTS_UPDATE", "true"))
                    .update()).isFalse();
        }

        @Test
        void theFolderIsTheProperty() {
            assertThat(from(Map.of("sfntest.snapshots.dir", "snaps"), Map.of()).folder()).isEqualTo(Path.of("snaps"));
        }
    }
}
