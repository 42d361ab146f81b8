package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.internal.Pointers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Sorts diagnostics in definition order: by where their location first appears in the text. */
final class DocumentOrder {
    private final Map<String, Integer> positions = new HashMap<>();

    private DocumentOrder(JsonNode definition) {
        index(definition, "");
    }

    /** The diagnostics, stably sorted by the position of their location in the definition. */
    static List<Diagnostic> sort(JsonNode definition, List<Diagnostic> diagnostics) {
        if (diagnostics.size() < 2) {
            return diagnostics;
        }
        DocumentOrder order = new DocumentOrder(definition);
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt(d -> order.position(d.location())));
        return sorted;
    }

    private void index(JsonNode node, String pointer) {
        positions.put(pointer, positions.size());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                index(field.getValue(), pointer + "/" + Pointers.escape(field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(node.get(i), pointer + "/" + i);
            }
        }
    }

    /** The position of the location, or of its nearest existing ancestor. */
    private int position(String location) {
        String pointer = location;
        while (true) {
            Integer position = positions.get(pointer);
            if (position != null) {
                return position;
            }
            int slash = pointer.lastIndexOf('/');
            if (slash < 0) {
                return 0;
            }
            pointer = pointer.substring(0, slash);
        }
    }
}
