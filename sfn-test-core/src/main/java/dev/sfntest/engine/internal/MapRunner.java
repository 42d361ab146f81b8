package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;

/** Map states: items, ItemSelector, MaxConcurrency and tolerated failures; results in item order. */
final class MapRunner {
    /** AWS runs at most this many inline iterations at once, whatever MaxConcurrency says. */
    static final int INLINE_CONCURRENCY_LIMIT = 40;
    /** AWS runs at most this many child executions of a distributed Map at once. */
    static final int DISTRIBUTED_CONCURRENCY_LIMIT = 10_000;

    private final ExecutionRun run;

    MapRunner(ExecutionRun run) {
        this.run = run;
    }

    Step start(StateVisit visit, MapState map) {
        JsonNode effective = visit.isJsonata() ? visit.rawInput : visit.effectiveInput();
        if (map.processorConfig().isDistributed()) {
            RedriveMemo kept = visit.fiber.takeRedriveMemo(map);
            if (kept != null && kept.mapRun() != null) {
                return kept.mapRun().redrive(visit);
            }
            JsonNode items = map.itemReader() != null ? ItemReaders.read(visit, effective)
                    : visit.isJsonata() ? jsonataItems(visit) : items(visit, map, effective);
            java.util.List<JsonNode> inputs = ItemBatches.inputs(visit, map, effective, items);
            // AWS records MapStateStarted before it reads the tolerated failure threshold
            visit.record(HistoryEventType.MapStateStarted, new EventDetails.MapStateStarted(items.size()));
            MapLimits limits = MapLimits.resolve(visit, map, effective);
            return new DistributedMapRun(run, visit, map, effective, inputs, limits, items.size()).launch();
        }
        JsonNode items = visit.isJsonata() ? jsonataItems(visit) : items(visit, map, effective);
        MapLimits limits = MapLimits.resolve(visit, map, effective);
        return new MapJoin(run, visit, map, effective, items, limits).launch();
    }

    private static JsonNode items(StateVisit visit, MapState map, JsonNode effective) {
        JsonNode items;
        if (map.itemsPath() == null) {
            items = Json.emptyObject();
        } else {
            try {
                items = map.itemsPath().read(visit.data(effective));
            } catch (PathException e) {
                throw visit.runtimeError("Invalid path '" + map.itemsPath().text() + "' : " + e.getMessage());
            }
        }
        if (!items.isArray()) {
            throw visit.runtimeError("Map state input must be an array, but the ItemsPath '"
                    + (map.itemsPath() == null ? "null" : map.itemsPath().text()) + "' selects "
                    + Json.write(items));
        }
        return items;
    }

    private static JsonNode jsonataItems(StateVisit visit) {
        FieldValue compiled = ((MapState) visit.state).items();
        JsonNode items = visit.jsonata(compiled, "Items", null);
        if (items == null) {
            if (!visit.rawInput.isArray()) {
                throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR,
                        MapItemsMessages.inputNotAnArray(visit.rawInput));
            }
            return visit.rawInput;
        }
        if (!items.isArray()) {
            throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR,
                    MapItemsMessages.itemsNotAnArray(compiled.source(), items),
                    "Items");
        }
        return items;
    }

    /** The iteration input: the item, or the ItemSelector evaluated with {@code $$.Map.Item}. */
    static JsonNode iterationInput(StateVisit visit, MapState map, JsonNode effective, JsonNode item, int index) {
        ObjectNode mapItem = Json.emptyObject();
        mapItem.put("Index", index);
        mapItem.set("Value", item);
        if (visit.isJsonata()) {
            JsonNode selected = visit.jsonata(map.itemSelector(), "ItemSelector", null, mapItem);
            return selected != null ? visit.limitedInput(selected) : item;
        }
        if (!(map.itemSelector() instanceof FieldValue.Payload selector)) {
            return item;
        }
        try {
            return visit.limitedInput(selector.template().evaluate(visit.data(effective, null, mapItem)));
        } catch (StatesException e) {
            throw visit.located(e);
        }
    }

    /**
     * Applies the Map's Retry and Catch to its failure; {@code MapStateFailed} is recorded when the
     * failure is not retried (AWS records none before a retry's {@code MapStateStarted}).
     */
    static Step failMap(StateVisit visit, MapState map, Step.Failed failure, java.util.function.Supplier<Step> retry) {
        Runnable failed = () -> visit.record(HistoryEventType.MapStateFailed, new EventDetails.None());
        if (failure.terminal()) {
            failed.run();
            return failure;
        }
        return ErrorRecovery.recover(visit, map.handling(), failure.error(), retry, failed);
    }
}
