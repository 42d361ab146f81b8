package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.time.Instant;

/**
 * RedriveExecution, and the redrive fields of DescribeExecution and ListExecutions
 * ({@code redriveCount}, {@code redriveDate}, {@code redriveStatus}, {@code redriveStatusReason}).
 * The engine continues the execution from its unsuccessful state; see docs/server.md for what
 * sfn-test does not redrive yet.
 */
final class RedriveAction {
    private final Backend backend;

    RedriveAction(Backend backend) {
        this.backend = backend;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("RedriveExecution", request -> {
            ServerExecution execution = backend.executions.get(request.requiredArn("executionArn"));
            request.optional("clientToken", 1, 64);
            backend.executions.redrive(execution, backend.clock.now());
            ObjectNode response = Json.emptyObject();
            Wire.timestamp(response, "redriveDate", execution.snapshot().redriveDate());
            return response;
        });
    }

    /** Puts the redrive fields of DescribeExecution, as of the server's clock. */
    static void describe(ObjectNode response, ServerExecution execution, Instant now) {
        ServerExecution.Snapshot snapshot = execution.snapshot();
        response.put("redriveCount", snapshot.redriveCount());
        Wire.timestamp(response, "redriveDate", snapshot.redriveDate());
        String refusal = execution.redriveRefusal(now);
        response.put("redriveStatus", refusal == null ? "REDRIVABLE" : "NOT_REDRIVABLE");
        Wire.optional(response, "redriveStatusReason", refusal);
    }
}
