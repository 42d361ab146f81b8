package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * What the MockConfigFile's test cases did in the executions the server keeps: unused mocks, near
 * misses of Tasks no mock answered, and mocked errors a Task can never raise. Served as
 * {@code GET /_sfntest/mocks} and written to standard error when {@code serve} stops.
 */
final class MockReports {
    private MockReports() {
    }

    /**
     * {@code {"executions": [{"executionArn", "stateMachineArn", "testCase", "status", "unusedMocks",
     * "nearMisses", "warnings"}]}}, oldest first, one per execution started with a test case.
     */
    static ObjectNode json(Executions executions) {
        ObjectNode body = Json.emptyObject();
        ArrayNode items = body.putArray("executions");
        for (ServerExecution execution : withTestCases(executions)) {
            MockReport report = execution.mockReport();
            ObjectNode item = items.addObject();
            item.put("executionArn", execution.arn());
            item.put("stateMachineArn", execution.machine().machineArn());
            item.put("testCase", report.testCase());
            item.put("status", execution.snapshot().status());
            report.unusedMocks().forEach(item.putArray("unusedMocks")::add);
            report.nearMisses().forEach(item.putArray("nearMisses")::add);
            report.warnings().forEach(item.putArray("warnings")::add);
        }
        return body;
    }

    /** The findings for people, one block per execution that has any; empty when there are none. */
    static List<String> lines(Executions executions) {
        List<String> lines = new ArrayList<>();
        for (ServerExecution execution : withTestCases(executions)) {
            MockReport report = execution.mockReport();
            if (!report.hasFindings()) {
                continue;
            }
            lines.add("Execution " + execution.arn() + " (test case '" + report.testCase() + "', "
                    + execution.snapshot().status() + "):");
            report.unusedMocks().forEach(unused -> lines.add("  unused mock: " + unused));
            report.nearMisses().forEach(miss -> lines.add("  no mock answered: " + miss.replace("\n", "\n    ")));
            report.warnings().forEach(warning -> lines.add("  warning: " + warning));
        }
        return lines;
    }

    private static List<ServerExecution> withTestCases(Executions executions) {
        List<ServerExecution> found = new ArrayList<>();
        for (ServerExecution execution : executions.all()) {
            if (execution.mockReport() != null) {
                found.add(0, execution); // all() is newest first
            }
        }
        return found;
    }
}
