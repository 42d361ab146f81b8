package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.MapRun;
import dev.sfntest.history.ExecutionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ListMapRuns, DescribeMapRun (with the child executions' and items' counts), DescribeExecution of a
 * child execution, UpdateMapRun (of a
 * running Map Run only: {@code ValidationException} with reason {@code CANNOT_UPDATE_COMPLETED_MAP_RUN}), and
 * ListExecutions of a {@code mapRunArn}: the engine's view of each distributed Map's Map Run.
 */
final class MapRunActions {
    private final Backend backend;

    MapRunActions(Backend backend) {
        this.backend = backend;
    }

    /** A Map Run and the execution whose distributed Map runs it. */
    record Found(ServerExecution execution, MapRun run) {
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("ListMapRuns", request -> {
            ServerExecution execution = backend.executions.get(request.requiredArn("executionArn"));
            Pages<MapRun> page = Pages.of(execution.mapRuns(), request.optionalInt("maxResults", 0, 1000, 0),
                    request.optional("nextToken", 1, 1024), "ListMapRuns|" + execution.arn());
            ObjectNode response = Json.emptyObject();
            ArrayNode items = response.putArray("mapRuns");
            for (MapRun run : page.items()) {
                ObjectNode item = items.addObject();
                item.put("executionArn", execution.arn());
                item.put("mapRunArn", run.mapRunArn());
                item.put("stateMachineArn", run.stateMachineArn());
                Wire.timestamp(item, "startDate", run.startDate());
                Wire.timestamp(item, "stopDate", run.stopDate());
            }
            Wire.optional(response, "nextToken", page.nextToken());
            return response;
        });
        dispatcher.add("DescribeMapRun", request -> {
            Found found = find(request.required("mapRunArn", 1, 2000));
            return describe(found.execution(), found.run());
        });
        dispatcher.add("UpdateMapRun", request -> {
            String arn = request.required("mapRunArn", 1, 2000);
            int concurrency = request.optionalInt("maxConcurrency", 0, Integer.MAX_VALUE, -1);
            Double percentage = request.optionalNumber("toleratedFailurePercentage", 0, 100);
            int count = request.optionalInt("toleratedFailureCount", 0, Integer.MAX_VALUE, -1);
            Found found = find(arn);
            if (!"RUNNING".equals(found.run().status())) {
                // the reason is the model's; the message is assumed (AWS's wording is not recorded)
                throw ApiException.validationReason("CANNOT_UPDATE_COMPLETED_MAP_RUN",
                        "Cannot update a Map Run that is not running: '" + arn + "' is " + found.run().status());
            }
            backend.executions.drive(found.execution(), running -> running.updateMapRun(found.run().mapRunArn(),
                    concurrency < 0 ? null : concurrency, percentage, count < 0 ? null : (long) count));
            return Json.emptyObject();
        });
    }

    /**
     * The Map Run of {@code arn}.
     *
     * @throws ApiException {@code InvalidArn}, {@code ResourceNotFound}
     */
    Found find(String arn) {
        Arns.parse(arn, "mapRun");
        for (ServerExecution execution : backend.executions.all()) {
            for (MapRun run : execution.mapRuns()) {
                if (run.mapRunArn().equals(arn)) {
                    return new Found(execution, run);
                }
            }
        }
        throw ApiException.resourceNotFound(arn);
    }

    /** A child execution of a Map Run, with the execution that started the run. */
    record FoundChild(ServerExecution parent, MapRun run, MapRun.Child child) {
    }

    /** The Map Run child execution whose ARN is {@code arn}, or {@code null}. */
    FoundChild child(String arn) {
        for (ServerExecution execution : backend.executions.all()) {
            for (MapRun run : execution.mapRuns()) {
                for (MapRun.Child child : run.executions()) {
                    if (child.executionArn().equals(arn)) {
                        return new FoundChild(execution, run, child);
                    }
                }
            }
        }
        return null;
    }

    /**
     * DescribeExecution of a Map Run's child execution, with its {@code mapRunArn} and its redrive
     * status as of {@code now}.
     */
    static ObjectNode describeChild(FoundChild found, Instant now) {
        MapRun.Child child = found.child();
        ExecutionResult result = child.result();
        ObjectNode response = Json.emptyObject();
        response.put("executionArn", child.executionArn());
        response.put("stateMachineArn", found.run().stateMachineArn());
        response.put("name", child.name());
        response.put("status", child.status());
        Wire.timestamp(response, "startDate", child.startDate());
        Wire.timestamp(response, "stopDate", child.stopDate());
        response.put("input", Json.write(child.input()));
        response.putObject("inputDetails").put("included", true);
        Wire.outcome(response, result);
        response.put("mapRunArn", found.run().mapRunArn());
        response.put("redriveCount", child.redriveCount());
        String refusal = childRedriveRefusal(found, now);
        response.put("redriveStatus", refusal == null ? "REDRIVABLE_BY_MAP_RUN" : "NOT_REDRIVABLE");
        Wire.optional(response, "redriveStatusReason", refusal);
        return response;
    }

    /**
     * Why the Map Run cannot redrive a child execution, or {@code null}: a running or succeeded child
     * is not redriven; an unsuccessful one only with its parent execution.
     */
    private static String childRedriveRefusal(FoundChild found, Instant now) {
        String status = found.child().status();
        if ("RUNNING".equals(status) || "SUCCEEDED".equals(status)) {
            return "Execution is " + status + " and cannot be redriven";
        }
        return found.parent().redriveRefusal(now);
    }

    /** ListExecutions of a {@code mapRunArn}: its child executions, newest first, as ExecutionListItems. */
    List<ObjectNode> children(String mapRunArn, String status, String redriven) {
        MapRun run = find(mapRunArn).run();
        List<ObjectNode> items = new ArrayList<>();
        for (MapRun.Child child : run.executions()) {
            if (status != null && !status.equals(child.status())
                    || redriven != null && "REDRIVEN".equals(redriven) != child.redriveCount() > 0) {
                continue;
            }
            ObjectNode item = Json.emptyObject();
            item.put("executionArn", child.executionArn());
            item.put("stateMachineArn", run.stateMachineArn());
            item.put("name", child.name());
            item.put("status", child.status());
            Wire.timestamp(item, "startDate", child.startDate());
            Wire.timestamp(item, "stopDate", child.stopDate());
            item.put("mapRunArn", run.mapRunArn());
            item.put("itemCount", child.items());
            item.put("redriveCount", child.redriveCount());
            items.add(0, item);
        }
        return items;
    }

    private static ObjectNode describe(ServerExecution execution, MapRun run) {
        ObjectNode response = Json.emptyObject();
        response.put("mapRunArn", run.mapRunArn());
        response.put("executionArn", execution.arn());
        response.put("status", run.status());
        Wire.timestamp(response, "startDate", run.startDate());
        Wire.timestamp(response, "stopDate", run.stopDate());
        response.put("maxConcurrency", run.maxConcurrency());
        response.put("toleratedFailurePercentage", run.toleratedFailurePercentage());
        response.put("toleratedFailureCount", run.toleratedFailureCount());
        counts(response.putObject("itemCounts"), run, true);
        counts(response.putObject("executionCounts"), run, false);
        response.put("redriveCount", run.redriveCount());
        Wire.timestamp(response, "redriveDate", run.redriveDate());
        return response;
    }

    private static void counts(ObjectNode node, MapRun run, boolean items) {
        long running = 0;
        long succeeded = 0;
        long failed = 0;
        long timedOut = 0;
        long aborted = 0;
        for (MapRun.Child child : run.executions()) {
            long weight = items ? child.items() : 1;
            switch (child.status()) {
                case "SUCCEEDED" -> succeeded += weight;
                case "FAILED" -> failed += weight;
                case "TIMED_OUT" -> timedOut += weight;
                case "ABORTED" -> aborted += weight;
                default -> running += weight;
            }
        }
        long pending = items ? run.pendingItems() : run.pendingExecutions();
        long total = items ? run.items() : run.executions().size() + run.pendingExecutions();
        long written = run.resultsWritten() == 0 ? 0 : items ? run.resultsWritten() : run.executions().size();
        node.put("pending", pending).put("running", running).put("succeeded", succeeded).put("failed", failed)
                .put("timedOut", timedOut).put("aborted", aborted).put("total", total).put("resultsWritten", written)
                .put("failuresNotRedrivable", 0).put("pendingRedrive", 0);
    }
}
