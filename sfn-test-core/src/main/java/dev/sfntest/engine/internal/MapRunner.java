package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private final ExecutionRun run;

    MapRunner(ExecutionRun run) {
        this.run = run;
    }

    Step start(StateVisit visit, MapState map) {
        JsonNode effective = visit.effectiveInput();
        JsonNode items = items(visit, map, effective);
        MapLimits limits = MapLimits.resolve(visit, map, effective);
        return launch(new MapJoin(run, visit, map, effective, items, limits));
    }

    static Step launch(MapJoin join) {
        return join.launch();
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

    /** The iteration input: the item, or the ItemSelector evaluated with {@code $$.Map.Item}. */
    static JsonNode iterationInput(StateVisit visit, MapState map, JsonNode effective, JsonNode item, int index) {
        if (map.itemSelector() == null) {
            return item;
        }
        ObjectNode mapItem = Json.emptyObject();
        mapItem.put("Index", index);
        mapItem.set("Value", item);
        try {
            return map.itemSelector().evaluate(visit.data(effective, null, mapItem));
        } catch (StatesException e) {
            throw visit.located(e);
        }
    }

    /** Records the Map's failure and applies its Retry and Catch. */
    static Step failMap(StateVisit visit, MapState map, Step.Failed failure, java.util.function.Supplier<Step> retry) {
        visit.record(HistoryEventType.MapStateFailed, new EventDetails.None());
        if (failure.terminal()) {
            return failure;
        }
        return ErrorRecovery.recover(visit, map.handling(), failure.error(), retry);
    }

    static boolean isRuntime(StatesException e) {
        return ErrorNames.RUNTIME.equals(e.error());
    }
}
