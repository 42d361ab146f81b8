package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskErrors;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import dev.sfntest.service.internal.RequestTemplates;

/**
 * Task states against AWS's API models: the {@code Resource} resolved to a service operation
 * (unknown integrations and malformed ARNs are errors, as AWS rejects them), the static request
 * against the operation's input shape, and {@code ErrorEquals} names against the errors the task
 * can raise (warnings: AWS accepts both and fails or never matches at run time).
 */
final class ServiceChecks {
    private final Report report;
    private final ServiceModels models;

    ServiceChecks(Report report, ServiceModels models) {
        this.report = report;
        this.models = models;
    }

    void task(JsonNode state, String pointer, QueryLanguage language) {
        String resourcePointer = pointer + "/Resource";
        TaskResources.Resolution resolution = TaskResources.resolve(state.get("Resource").textValue(), models);
        for (TaskResources.Finding finding : resolution.findings()) {
            if (finding.error()) {
                report.error(finding.code(), resourcePointer, finding.message());
            } else {
                report.warning(finding.code(), resourcePointer, finding.message());
            }
        }
        TaskResource task = resolution.resource();
        request(state, pointer, language, task);
        errorNames(state, pointer, "Retry", task);
        errorNames(state, pointer, "Catch", task);
    }

    private void request(JsonNode state, String pointer, QueryLanguage language, TaskResource task) {
        String field = language == QueryLanguage.JSONATA ? "Arguments" : "Parameters";
        JsonNode template = state.get(field);
        if (template == null || !template.isObject() || !task.hasOperation()) {
            return;
        }
        models.model(task.service()).ifPresent(model -> {
            for (RequestTemplates.Issue issue : RequestTemplates.check(task, model, template)) {
                report.warning(issue.code(), pointer + "/" + field + issue.pointer(), issue.message());
            }
        });
    }

    private void errorNames(JsonNode state, String pointer, String field, TaskResource task) {
        JsonNode handlers = state.get(field);
        if (handlers == null || !handlers.isArray() || task.errorPrefix() == null) {
            return;
        }
        for (int i = 0; i < handlers.size(); i++) {
            JsonNode names = handlers.get(i).path("ErrorEquals");
            if (!names.isArray()) {
                continue;  // a structural mistake, reported by the error-handling checks
            }
            for (int j = 0; j < names.size(); j++) {
                if (names.get(j).isTextual()) {
                    String at = pointer + "/" + field + "/" + i + "/ErrorEquals/" + j;
                    TaskErrors.check(task, names.get(j).textValue(), models)
                            .ifPresent(message -> report.warning("UNKNOWN_ERROR_NAME", at, message));
                }
            }
        }
    }
}
