package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.Template;
import dev.sfntest.engine.internal.MapItemsMessages;

/**
 * A Map state under TestState: no iteration runs. Its items and limits are evaluated for
 * inspection, then the mocked result (or error) stands for the iterations, and
 * {@code mapIterationFailureCount} failed iterations are weighed against the tolerated failures.
 */
final class MapTest {
    static final String THRESHOLD_CAUSE = "The specified tolerated failure threshold was exceeded";

    private MapTest() {
    }

    static Ending run(StateData data, MapState map, Inspection inspection, MockedOutcome mock, Integer failures,
            JsonNode readerData) {
        JsonNode items;
        Number concurrency;
        Number count;
        Number percentage;
        if (data.isJsonata()) {
            items = map.itemReader() != null ? readerData : jsonataItems(data, map);
            concurrency = number(data.jsonata(map.maxConcurrency(), "MaxConcurrency", null));
            count = number(data.jsonata(map.toleratedFailureCount(), "ToleratedFailureCount", null));
            percentage = number(data.jsonata(map.toleratedFailurePercentage(), "ToleratedFailurePercentage", null));
        } else {
            JsonNode effective = data.select(map.common().inputPath(), data.rawInput);
            inspection.afterInputPath = effective;
            items = map.itemReader() != null ? readerData : itemsAt(data, map.itemsPath(), effective);
            if (map.itemReader() == null) {
                inspection.afterItemsPath = items;
            }
            if (map.itemSelector() instanceof FieldValue.Payload selector && items != null && items.isArray()) {
                inspection.afterItemSelector = selected(data, selector.template(), effective, items);
            }
            concurrency = map.maxConcurrency() != null ? number(map.maxConcurrency().source())
                    : map.maxConcurrencyPath() != null
                            ? number(data.select(map.maxConcurrencyPath(), effective)) : null;
            count = map.toleratedFailureCount() != null ? number(map.toleratedFailureCount().source())
                    : map.toleratedFailureCountPath() != null
                            ? number(data.select(map.toleratedFailureCountPath(), effective)) : null;
            percentage = map.toleratedFailurePercentage() != null ? number(map.toleratedFailurePercentage().source())
                    : map.toleratedFailurePercentagePath() != null
                            ? number(data.select(map.toleratedFailurePercentagePath(), effective)) : null;
        }
        inspection.maxConcurrency = concurrency == null ? 0 : concurrency.intValue();
        inspection.toleratedFailureCount = count == null ? null : count.intValue();
        inspection.toleratedFailurePercentage = percentage == null ? null : percentage.doubleValue();
        JsonNode result = mock.result();
        int failed = failures == null ? 0 : failures;
        int total = items != null && items.isArray() ? items.size() : result.isArray() ? result.size() : 0;
        if (failed > 0 && exceedsTolerance(failed, total, count, percentage)) {
            throw new StatesException(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD, THRESHOLD_CAUSE);
        }
        return ResultSteps.finish(data, map.handling(), result, inspection);
    }

    /**
     * Whether {@code failed} of {@code total} iterations pass a tolerance the state sets. AWS
     * answered SUCCEEDED for failed iterations of a Map state that sets no tolerance at all.
     */
    private static boolean exceedsTolerance(int failed, int total, Number count, Number percentage) {
        boolean byCount = count != null && failed > count.longValue();
        boolean byPercentage = percentage != null && total > 0 && failed * 100.0 / total > percentage.doubleValue();
        return byCount || byPercentage;
    }

    /** The items of a JSONata Map without ItemReader: {@code Items}, or the input; an array, else AWS's error. */
    private static JsonNode jsonataItems(StateData data, MapState map) {
        JsonNode items = data.jsonata(map.items(), "Items", null);
        if (items == null) {
            if (!data.rawInput.isArray()) {
                throw new StatesException(ErrorNames.QUERY_EVALUATION_ERROR,
                        MapItemsMessages.inputNotAnArray(data.rawInput));
            }
            return data.rawInput;
        }
        if (!items.isArray()) {
            throw new StatesException(ErrorNames.QUERY_EVALUATION_ERROR, MapItemsMessages.itemsNotAnArray(
                    map.items().source(), items));
        }
        return items;
    }

    private static JsonNode itemsAt(StateData data, CompiledPath itemsPath, JsonNode effective) {
        if (itemsPath == null) {
            return effective;
        }
        JsonNode items;
        try {
            items = itemsPath.read(data.data(effective));
        } catch (PathException e) {
            throw new StatesException(ErrorNames.RUNTIME, "Invalid path '" + itemsPath.text() + "' : "
                    + e.getMessage());
        }
        if (items == null || !items.isArray()) {
            String text = itemsPath.root() == CompiledPath.Root.CONTEXT ? itemsPath.text().substring(1) : itemsPath.text();
            throw new StatesException(ErrorNames.RUNTIME, "Reference path \"" + text + "\" must point to array.");
        }
        return items;
    }

    private static ArrayNode selected(StateData data, Template selector, JsonNode effective, JsonNode items) {
        ArrayNode selected = Json.nodes().arrayNode();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode context = data.context.isObject() ? ((ObjectNode) data.context).deepCopy() : Json.emptyObject();
            ObjectNode item = context.putObject("Map").putObject("Item");
            item.put("Index", i);
            item.set("Value", items.get(i));
            selected.add(selector.evaluate(DataContext.of(effective, context, data.variables())));
        }
        return selected;
    }

    private static Number number(JsonNode value) {
        return value != null && value.isNumber() ? value.numberValue() : null;
    }
}
