package dev.sfntest;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console, once per test run, that tests were skipped because the shared folder
 * ({@code ../shared}, or {@code -Dsfntest.shared}) was not found: those tests abort with an
 * assumption whose message names {@code sfntest.shared}, which the build's XML reports record but
 * its console does not show. Registered through {@code META-INF/services}.
 */
public final class SharedFolderNotice implements TestExecutionListener {
    private final PrintStream console;
    private int skipped;
    private String reason;

    /** Writes to standard error. */
    public SharedFolderNotice() {
        this(System.err);
    }

    /** Writes to the given stream. */
    SharedFolderNotice(PrintStream console) {
        this.console = console;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse(null);
        if (message != null && message.contains("sfntest.shared")) {
            skipped++;
            if (reason == null) {
                reason = message.replaceFirst("^Assumption failed: ", "").replaceAll("\\s*\\R\\s*", " ");
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped > 0) {
            console.println("[WARNING] sfn-test: " + skipped + (skipped == 1 ? " test" : " tests")
                    + " skipped for want of the shared folder: " + reason);
        }
    }
}
