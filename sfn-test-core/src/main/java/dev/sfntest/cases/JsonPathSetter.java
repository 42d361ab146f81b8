package dev.sfntest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the values a simple JSONPath selects ({@code $..StartTime}, {@code $.a..b}: names joined by
 * {@code .} or the recursive {@code ..}), as the recordings' {@code historyNormalisation} jsonpath
 * pairs replaced them.
 */
final class JsonPathSetter {
    private static final Pattern STEP = Pattern.compile("(\\.\\.|\\.)([A-Za-z0-9_\\-]+)");

    private JsonPathSetter() {
    }

    private record Step(boolean recursive, String name) {
    }

    /**
     * Replaces every value {@code path} selects under {@code root} with {@code value}.
     *
     * @throws IllegalArgumentException when the path is not of that simple form
     */
    static void set(JsonNode root, String path, JsonNode value) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("historyNormalisation path '" + path + "' does not start with '$'");
        }
        List<Step> steps = new ArrayList<>();
        Matcher matcher = STEP.matcher(path);
        int at = 1;
        while (at < path.length() && matcher.find(at) && matcher.start() == at) {
            steps.add(new Step(matcher.group(1).equals(".."), matcher.group(2)));
            at = matcher.end();
        }
        if (at != path.length() || steps.isEmpty()) {
            throw new IllegalArgumentException("historyNormalisation path '" + path
                    + "' is not a chain of '.name' and '..name' steps");
        }
        set(root, steps, 0, value);
    }

    private static void set(JsonNode node, List<Step> steps, int index, JsonNode value) {
        Step step = steps.get(index);
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getKey().equals(step.name())) {
                    if (index + 1 == steps.size()) {
                        entry.setValue(value.deepCopy());
                    } else {
                        set(entry.getValue(), steps, index + 1, value);
                    }
                }
                if (step.recursive()) {
                    set(entry.getValue(), steps, index, value);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                set(element, steps, index, value);
            }
        }
    }
}
