package dev.sfntest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of JSON trees (definitions and inputs): structural changes (a field removed,
 * renamed, duplicated elsewhere), type swaps, deep nesting, huge and odd numbers, odd strings
 * (paths, intrinsics, JSONata, placeholders, control characters, lone surrogates).
 */
final class Mutator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] STRINGS = {
        "", " ", "$", "$$", "$.", "$..", "$[0]", "$.a[-1]", "$['a b']", "$.a[?(@.b =~ /(a+)+$/)]", "$$.Execution.Input",
        "$$.Map.Item.Value", "States.Array(", "States.Array($, $)", "States.MathAdd($.n, 1)",
        "States.StringToJson('{\"a\":')", "States.Format('{}', $)", "States.ArrayRange(1, 9223372036854775807, 1)",
        "States.Hash($, 'MD4')", "States.UUID()", "{% %}", "{% ( %}", "{% $states.input %}", "{% $x := 1 %}",
        "{% $pad('a', 1000) %}", "{% $states.input.a.b.c %}", "{% [1..10000] %}", "${Name}", "${", "Next",
        "End", "Succeed", "Fail", "Task", "Pass", "Map", "Parallel", "Choice", "Wait", "JSONata", "JSONPath",
        "States.ALL", "States.TaskFailed", "States.Timeout", "arn:aws:states:::lambda:invoke",
        "arn:aws:states:::lambda:invoke.waitForTaskToken", "arn:aws:states:us-east-1:123456789012:activity:a",
        "arn:aws:states:::states:startExecution.sync", "arn:aws:states:::aws-sdk:s3:getObject",
        "arn:aws:states:::http:invoke", "arn:aws:lambda:us-east-1:1:function:f", "2016-03-14T01:59:00Z",
        "9999-12-31T23:59:59Z", "\u0000", "\n", "\uD800", "\uDBFF\uDFFF", "é", "\u202E", "null", "true", "1e400",
        "-0", "a".repeat(300)};
    private static final String[] FIELDS = {
        "Type", "Next", "End", "StartAt", "States", "Parameters", "ResultPath", "InputPath", "OutputPath",
        "ResultSelector", "Result", "Retry", "Catch", "Choices", "Default", "Branches", "Iterator",
        "ItemProcessor", "ItemsPath", "Items", "MaxConcurrency", "ItemSelector", "Seconds", "SecondsPath",
        "Timestamp", "TimestampPath", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "Resource",
        "Arguments", "Output", "Assign", "QueryLanguage", "Condition", "Variable", "ErrorEquals",
        "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Error", "Cause",
        "ErrorPath", "CausePath", "ToleratedFailurePercentage", "ItemReader", "ResultWriter", "ItemBatcher",
        "Credentials", "Comment", "Version", "ProcessorConfig", "Mode", "NumericEquals", "StringEquals",
        "IsPresent", "And", "Or", "Not", "BooleanEquals", "TimestampLessThan", "StringMatches"};

    private static final String DAMAGE = "{[\",:}]\\\u0000\uFEFF";

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** A mutated deep copy of {@code tree}: one to four mutations. */
    JsonNode mutate(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            copy = mutateOnce(copy);
        }
        return copy;
    }

    private JsonNode mutateOnce(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return value(3);
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            mutateObject(object);
        } else {
            mutateArray((ArrayNode) target);
        }
        return root;
    }

    private void mutateObject(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? pick(FIELDS) : names.get(random.nextInt(names.size()));
        switch (random.nextInt(9)) {
            case 0 -> object.remove(name);
            case 1 -> {
                JsonNode value = object.remove(name);
                object.set(random.nextBoolean() ? typo(name) : pick(FIELDS), value == null ? value(2) : value);
            }
            case 2 -> object.set(name, value(3));
            case 3 -> object.set(pick(FIELDS), value(3));
            case 4 -> object.set(name, swapType(object.get(name)));
            case 5 -> object.set(name, deep(object.get(name)));
            case 6 -> object.set(name, number());
            case 7 -> object.put(name, pick(STRINGS));
            default -> object.set(pick(FIELDS), names.isEmpty() ? value(2) : object.get(names.get(random.nextInt(
                    names.size()))).deepCopy());
        }
    }

    private void mutateArray(ArrayNode array) {
        int size = array.size();
        switch (random.nextInt(5)) {
            case 0 -> {
                if (size > 0) {
                    array.remove(random.nextInt(size));
                }
            }
            case 1 -> array.add(value(3));
            case 2 -> {
                if (size > 0) {
                    array.add(array.get(random.nextInt(size)).deepCopy());
                }
            }
            case 3 -> {
                if (size > 0) {
                    int index = random.nextInt(size);
                    array.set(index, swapType(array.get(index)));
                }
            }
            default -> array.insert(size == 0 ? 0 : random.nextInt(size), number());
        }
    }

    private void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode() && out.size() < 10_000) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private String typo(String name) {
        if (name.isEmpty()) {
            return "x";
        }
        int at = random.nextInt(name.length());
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.toLowerCase();
            default -> name + name.charAt(at);
        };
    }

    private JsonNode swapType(JsonNode node) {
        if (node == null) {
            return value(1);
        }
        if (node.isObject()) {
            return random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.textNode(Json.write(node));
        }
        if (node.isArray()) {
            return node.isEmpty() ? NODES.objectNode() : node.get(0);
        }
        if (node.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(node.textValue().length()) : NODES.arrayNode().add(node);
        }
        if (node.isNumber()) {
            return random.nextBoolean() ? NODES.textNode(node.asText()) : NODES.booleanNode(true);
        }
        return NODES.textNode(String.valueOf(node));
    }

    private JsonNode deep(JsonNode inner) {
        int levels = random.nextInt(4) == 0 ? 900 + random.nextInt(300) : 1 + random.nextInt(60);
        JsonNode value = inner == null ? NODES.nullNode() : inner;
        for (int i = 0; i < levels; i++) {
            value = random.nextBoolean() ? NODES.arrayNode().add(value) : NODES.objectNode().set("a", value);
        }
        return value;
    }

    private JsonNode number() {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.numberNode(new BigDecimal("1e400"));
            case 1 -> NODES.numberNode(Long.MAX_VALUE);
            case 2 -> NODES.numberNode(Long.MIN_VALUE);
            case 3 -> NODES.numberNode(new BigInteger("99999999999999999999999999"));
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(0);
            case 6 -> NODES.numberNode(0.5);
            case 7 -> NODES.numberNode(Integer.MAX_VALUE);
            case 8 -> NODES.numberNode(1e308);
            case 9 -> NODES.numberNode(new BigDecimal("1e-400"));
            case 10 -> NODES.numberNode(31_536_001);
            default -> NODES.numberNode(random.nextInt(100));
        };
    }

    private JsonNode value(int budget) {
        int kind = random.nextInt(budget <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> number();
            case 3, 4 -> NODES.textNode(pick(STRINGS));
            case 5 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set(random.nextBoolean() ? pick(FIELDS) : pick(FIELDS) + ".$", value(budget - 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(value(budget - 1));
                }
                yield array;
            }
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Text-level damage to JSON text: truncated, a character inserted or removed. */
    String damage(String text) {
        if (text.isEmpty()) {
            return "{";
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + DAMAGE.charAt(random.nextInt(DAMAGE.length())) + text.substring(at);
            case 2 -> text.substring(0, at) + text.substring(at + 1);
            default -> text + text.substring(at);
        };
    }
}
