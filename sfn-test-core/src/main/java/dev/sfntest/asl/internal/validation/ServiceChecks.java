package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskResources;

/**
 * Task states against AWS's API models: the {@code Resource} resolved to a service operation
 * (unknown integrations and malformed ARNs are errors, as AWS rejects them).
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
    }
}
