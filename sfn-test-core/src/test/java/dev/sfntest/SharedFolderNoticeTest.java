package dev.sfntest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

/** {@link SharedFolderNotice}: one console line when tests skip for want of {@code ../shared}. */
class SharedFolderNoticeTest {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final SharedFolderNotice notice = new SharedFolderNotice(new PrintStream(console, true,
            StandardCharsets.UTF_8));
    private final TestIdentifier test = TestIdentifier.from(new EngineDescriptor(UniqueId.forEngine("e"), "e"));

    private void aborted(String message) {
        notice.executionFinished(test, TestExecutionResult.aborted(new TestAbortedException(message)));
    }

    private String printed() {
        notice.testPlanExecutionFinished(null);
        return console.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class SkippedForWantOfShared {
        @Test
        void printsOneLineWithTheCountAndTheFirstReason() {
            aborted("Assumption failed: ../shared/realworld not found; set -Dsfntest.shared=/path/to/shared");
            aborted("Assumption failed: ../shared/conformance not found; set -Dsfntest.shared=/path/to/shared");

            assertThat(printed()).isEqualTo("[WARNING] sfn-test: 2 tests skipped for want of the shared folder: "
                    + "../shared/realworld not found; set -Dsfntest.shared=/path/to/shared" + System.lineSeparator());
        }
    }

    @Nested
    class OtherOutcomes {
        @Test
        void otherAbortsAndPassesPrintNothing() {
            aborted("Assumption failed: not on Windows");
            notice.executionFinished(test, TestExecutionResult.successful());

            assertThat(printed()).isEmpty();
        }
    }
}
