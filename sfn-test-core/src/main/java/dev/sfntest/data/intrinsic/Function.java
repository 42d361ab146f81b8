package dev.sfntest.data.intrinsic;

import dev.sfntest.internal.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The 18 intrinsic functions, their names as AWS spells them, their arity and their implementation. */
enum Function {
    FORMAT("States.Format", 1, Integer.MAX_VALUE, StringFunctions::format),
    STRING_TO_JSON("States.StringToJson", 1, 1, JsonFunctions::stringToJson),
    JSON_TO_STRING("States.JsonToString", 1, 1, JsonFunctions::jsonToString),
    ARRAY("States.Array", 0, Integer.MAX_VALUE, ArrayFunctions::array),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2, ArrayFunctions::partition),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2, ArrayFunctions::contains),
    ARRAY_RANGE("States.ArrayRange", 3, 3, ArrayFunctions::range),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, ArrayFunctions::getItem),
    ARRAY_LENGTH("States.ArrayLength", 1, 1, ArrayFunctions::length),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1, ArrayFunctions::unique),
    BASE64_ENCODE("States.Base64Encode", 1, 1, EncodingFunctions::base64Encode),
    BASE64_DECODE("States.Base64Decode", 1, 1, EncodingFunctions::base64Decode),
    HASH("States.Hash", 2, 2, EncodingFunctions::hash),
    JSON_MERGE("States.JsonMerge", 3, 3, JsonFunctions::merge),
    MATH_RANDOM("States.MathRandom", 2, 3, MathFunctions::random),
    MATH_ADD("States.MathAdd", 2, 2, MathFunctions::add),
    STRING_SPLIT("States.StringSplit", 2, 2, StringFunctions::split),
    UUID("States.UUID", 0, 0, MathFunctions::uuid);

    /** The body of a function. */
    @FunctionalInterface
    interface Body {
        JsonNode apply(Invocation invocation);
    }

    private final String awsName;
    private final int minArgs;
    private final int maxArgs;
    private final Body body;

    Function(String awsName, int minArgs, int maxArgs, Body body) {
        this.awsName = awsName;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.body = body;
    }

    String awsName() {
        return awsName;
    }

    JsonNode apply(Invocation invocation) {
        return body.apply(invocation);
    }

    /** The function of that exact name. */
    static Optional<Function> named(String name) {
        return Arrays.stream(values()).filter(f -> f.awsName.equals(name)).findFirst();
    }

    /** The closest name to a misspelt one, when one is close enough to be meant. */
    static Optional<Function> closestTo(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .min(Comparator.comparingInt(f -> distance(f.awsName.toLowerCase(Locale.ROOT), wanted)))
                .filter(f -> distance(f.awsName.toLowerCase(Locale.ROOT), wanted) <= Math.max(2, wanted.length() / 4));
    }

    /** Why a call with that many arguments is wrong, or {@code null} when it is right. */
    String arityProblem(int count) {
        if (count >= minArgs && count <= maxArgs) {
            return null;
        }
        String expected;
        if (maxArgs == 0) {
            expected = "no arguments";
        } else if (maxArgs == Integer.MAX_VALUE) {
            expected = "at least " + plural(minArgs);
        } else if (minArgs == maxArgs) {
            expected = plural(minArgs);
        } else {
            expected = minArgs + " or " + plural(maxArgs);
        }
        return awsName + " takes " + expected + ", got " + count;
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
