package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.service.FieldValidationMode;
import org.apiguardian.api.API;

/**
 * Answers a Task state's invocation: the seam where mocks, Mockito mocks and HTTP clients plug in.
 *
 * <pre>{@code
 * TaskHandler charge = invocation -> invocation.attempt() < 2
 *         ? TaskOutcome.failure("Lambda.TooManyRequestsException", "Rate exceeded")
 *         : TaskOutcome.success(Json.parse("{\"charged\": true}"));
 * }</pre>
 *
 * <p>A handler is called on the engine's single thread, in virtual time; it must not wait for
 * other threads of the test. A real call that returns on its own (as {@code HttpTasks} routes
 * make) may block: it takes no virtual time unless its outcome says so.
 */
@FunctionalInterface
@API(status = STABLE)
public interface TaskHandler {

    /**
     * The outcome of one invocation.
     *
     * @return what the task returned or raised; {@code null} means "not handled here", which the
     *     engine reports as an unmocked task
     */
    TaskOutcome handle(TaskInvocation invocation);

    /**
     * How this handler's result for {@code invocation} is checked against the operation's API
     * model: {@code null} applies {@link Engine#fieldValidationMode()}, as mocks do
     * ({@code TaskMocks}, MockConfigFile responses, Mockito mocks of this interface). A handler
     * that is not a mock (an HTTP client, a function of the test) is not checked: the default is
     * {@link FieldValidationMode#NONE}.
     */
    default FieldValidationMode fieldValidationMode(TaskInvocation invocation) {
        return FieldValidationMode.NONE;
    }
}
