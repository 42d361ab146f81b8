package dev.sfntest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What LocalStack's parallel-order normalisation did to a recorded history, done to a produced
 * one: the events after each {@code ParallelStateStarted} up to the Parallel state's next
 * end event get id and previousEventId 0 (their order is compared as a multiset), and, as that
 * normalisation did, a {@code ParallelStateSucceeded} directly followed by another end event
 * ({@code ParallelStateExited}) is dropped.
 */
final class ParallelBlocks {
    private static final Set<String> ENDS = Set.of("ParallelStateSucceeded", "ParallelStateAborted",
            "ParallelStateExited", "ParallelStateFailed");

    private ParallelBlocks() {
    }

    /** The events with their Parallel blocks blanked, as a new array. */
    static ArrayNode blank(ArrayNode events) {
        List<JsonNode> list = new ArrayList<>();
        events.forEach(list::add);
        int start = 0;
        List<JsonNode> block = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < list.size(); i++) {
            String type = list.get(i).path("type").asText();
            if (ENDS.contains(type)) {
                // the block replaces everything from its start to here: a second end event in a
                // row (Succeeded, then Exited) swallows the first; the walk goes on at the next
                // index, as LocalStack's walk over the list it shortened did
                List<JsonNode> range = list.subList(Math.min(start, i), i);
                range.clear();
                range.addAll(block);
                inBlock = false;
            } else if (type.equals("ParallelStateStarted")) {
                inBlock = true;
                block = new ArrayList<>();
                start = i + 1;
            } else if (inBlock) {
                ObjectNode event = (ObjectNode) list.get(i);
                event.put("id", 0);
                event.put("previousEventId", 0);
                block.add(event);
            }
        }
        ArrayNode out = Json.nodes().arrayNode();
        list.forEach(out::add);
        return out;
    }
}
