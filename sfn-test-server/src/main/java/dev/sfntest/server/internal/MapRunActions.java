package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ListMapRuns and DescribeMapRun, read from the execution's history: each {@code MapRunStarted}
 * event and the {@code MapRunSucceeded}/{@code Failed}/{@code Aborted} event that closes it.
 */
final class MapRunActions {
    private final Backend backend;

    MapRunActions(Backend backend) {
        this.backend = backend;
    }

    /** One Map Run as the history tells it. */
    record MapRun(String arn, Instant start, Instant stop, String status, int items) {
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("ListMapRuns", request -> {
            ServerExecution execution = backend.executions.get(request.requiredArn("executionArn"));
            Pages<MapRun> page = Pages.of(runs(execution), request.optionalInt("maxResults", 0, 1000, 0),
                    request.optional("nextToken", 1, 1024), "ListMapRuns|" + execution.arn());
            ObjectNode response = Json.emptyObject();
            ArrayNode items = response.putArray("mapRuns");
            for (MapRun run : page.items()) {
                ObjectNode item = items.addObject();
                item.put("executionArn", execution.arn());
                item.put("mapRunArn", run.arn());
                item.put("stateMachineArn", execution.machine().machineArn() + "/" + label(run.arn()));
                Wire.timestamp(item, "startDate", run.start());
                Wire.timestamp(item, "stopDate", run.stop());
            }
            Wire.optional(response, "nextToken", page.nextToken());
            return response;
        });
        dispatcher.add("DescribeMapRun", request -> {
            String arn = request.required("mapRunArn", 1, 2000);
            Arns.parse(arn, "mapRun");
            for (ServerExecution execution : backend.executions.all()) {
                for (MapRun run : runs(execution)) {
                    if (run.arn().equals(arn)) {
                        return describe(execution, run);
                    }
                }
            }
            throw ApiException.resourceNotFound(arn);
        });
    }

    private static String label(String mapRunArn) {
        String rest = mapRunArn.substring(mapRunArn.indexOf(":mapRun:") + ":mapRun:".length());
        int slash = rest.indexOf('/');
        int colon = rest.lastIndexOf(':');
        return slash < 0 || colon < slash ? rest : rest.substring(slash + 1, colon);
    }

    private static ObjectNode describe(ServerExecution execution, MapRun run) {
        ObjectNode response = Json.emptyObject();
        response.put("mapRunArn", run.arn());
        response.put("executionArn", execution.arn());
        response.put("status", run.status());
        Wire.timestamp(response, "startDate", run.start());
        Wire.timestamp(response, "stopDate", run.stop());
        response.put("maxConcurrency", 0);
        response.put("toleratedFailurePercentage", 0.0);
        response.put("toleratedFailureCount", 0);
        long succeeded = "SUCCEEDED".equals(run.status()) ? run.items() : 0;
        long running = "RUNNING".equals(run.status()) ? run.items() : 0;
        long failed = "FAILED".equals(run.status()) ? run.items() : 0;
        long aborted = "ABORTED".equals(run.status()) ? run.items() : 0;
        for (String counts : List.of("itemCounts", "executionCounts")) {
            ObjectNode node = response.putObject(counts);
            node.put("pending", 0).put("running", running).put("succeeded", succeeded).put("failed", failed)
                    .put("timedOut", 0).put("aborted", aborted).put("total", run.items()).put("resultsWritten", 0);
        }
        response.put("redriveCount", 0);
        return response;
    }

    /** The Map Runs of an execution, in the order they started. */
    static List<MapRun> runs(ServerExecution execution) {
        List<HistoryEvent> events = execution.history();
        List<MapRun> runs = new ArrayList<>();
        List<long[]> open = new ArrayList<>(); // [event id, index in runs]
        int length = 0;
        for (HistoryEvent event : events) {
            if (event.details() instanceof EventDetails.MapStateStarted started) {
                length = started.length();
            } else if (event.details() instanceof EventDetails.MapRunStarted started) {
                open.add(new long[] {event.id(), runs.size()});
                runs.add(new MapRun(started.mapRunArn(), event.timestamp(), null, "RUNNING", length));
            } else if (isEnd(event.type()) && !open.isEmpty()) {
                long[] closed = open.stream().filter(o -> o[0] == event.previousEventId()).findFirst().orElse(open.get(0));
                open.remove(closed);
                MapRun run = runs.get((int) closed[1]);
                runs.set((int) closed[1], new MapRun(run.arn(), run.start(), event.timestamp(), status(event.type()),
                        run.items()));
            }
        }
        return runs;
    }

    private static boolean isEnd(HistoryEventType type) {
        return type == HistoryEventType.MapRunSucceeded || type == HistoryEventType.MapRunFailed
                || type == HistoryEventType.MapRunAborted;
    }

    private static String status(HistoryEventType type) {
        return type == HistoryEventType.MapRunSucceeded ? "SUCCEEDED"
                : type == HistoryEventType.MapRunFailed ? "FAILED" : "ABORTED";
    }
}
