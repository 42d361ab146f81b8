package dev.sfntest.engine.internal;

import dev.sfntest.engine.MockedResultException;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.MockedResults;
import dev.sfntest.service.ShapeMismatch;
import java.util.Optional;

/** A handler's successful result checked against the operation's response shape, as AWS's TestState checks mocks. */
final class ResultChecks {
    private ResultChecks() {
    }

    /**
     * @throws MockedResultException naming the state, the attempt, the JSON Pointer and what the model expects
     */
    static void check(TaskHandler handler, FieldValidationMode engineMode, TaskInvocation invocation,
            TaskOutcome outcome) {
        if (!(outcome instanceof TaskOutcome.Success success) || invocation.resource() == null) {
            return;
        }
        FieldValidationMode chosen = handler.fieldValidationMode(invocation);
        FieldValidationMode mode = chosen == null ? engineMode : chosen;
        Optional<ShapeMismatch> mismatch = MockedResults.check(invocation.resource(), success.result(), mode);
        if (mismatch.isPresent()) {
            ShapeMismatch found = mismatch.get();
            throw new MockedResultException(found.testStateMessage() + "\n"
                    + "  state '" + invocation.stateName() + "', attempt " + invocation.attempt() + ", resource "
                    + invocation.resource() + "\n"
                    + "  at " + (found.pointer().isEmpty() ? "the top" : found.pointer()) + " of the mocked result: "
                    + "the API model expects " + found.expected() + "\n"
                    + "  fieldValidationMode " + mode + " (PRESENT checks only the fields given; NONE checks nothing)");
        }
    }
}
