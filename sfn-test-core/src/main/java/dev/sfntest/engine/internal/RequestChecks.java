package dev.sfntest.engine.internal;

import dev.sfntest.data.Json;
import dev.sfntest.engine.InvalidTaskRequestException;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import dev.sfntest.service.internal.RequestTemplates;
import java.util.List;

/**
 * The request a mocked Task sends, as evaluated at run time, checked against its operation's
 * request shape: a mock answers whatever it is sent, while AWS refuses a request that its API model
 * does not allow, so a test would pass here and fail there.
 */
final class RequestChecks {
    private RequestChecks() {
    }

    /**
     * Checks {@code invocation}'s request in the handler's mode (else {@code engineMode}): STRICT
     * checks everything, PRESENT only the members given, NONE nothing.
     *
     * @throws InvalidTaskRequestException naming the state, the attempt, the JSON Pointer in the request and the rule
     */
    static void check(TaskHandler handler, FieldValidationMode engineMode, TaskInvocation invocation) {
        if (invocation.resource() == null || invocation.input() == null || !invocation.input().isObject()) {
            return;
        }
        FieldValidationMode chosen = handler.fieldValidationMode(invocation);
        FieldValidationMode mode = chosen == null ? engineMode : chosen;
        if (mode == FieldValidationMode.NONE) {
            return;
        }
        ServiceModels models = ServiceModels.standard();
        TaskResource task = TaskResources.resolve(invocation.resource(), models).resource();
        if (!task.hasOperation() || task.kind() == TaskResource.Kind.UNRESOLVED) {
            return;
        }
        List<RequestTemplates.Issue> issues = models.model(task.service())
                .map(model -> RequestTemplates.check(task, model, invocation.input()))
                .orElse(List.of());
        for (RequestTemplates.Issue issue : issues) {
            if (mode == FieldValidationMode.PRESENT && "MISSING_PARAMETER".equals(issue.code())) {
                continue;
            }
            throw new InvalidTaskRequestException("Task request validation error: " + issue.message() + "\n"
                    + "  state '" + invocation.stateName() + "', attempt " + invocation.attempt() + ", resource "
                    + invocation.resource() + "\n"
                    + "  at " + (issue.pointer().isEmpty() ? "the top" : issue.pointer()) + " of the request: "
                    + abbreviate(Json.write(invocation.input())) + "\n"
                    + "  fieldValidationMode " + mode + " (PRESENT skips missing members; NONE checks nothing)",
                    invocation.stateName(), invocation.attempt(), issue.pointer());
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
