package dev.sfntest.data.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import dev.sfntest.internal.CountedText;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSONata's built-in functions that can build much more than they are given ({@code $pad},
 * {@code $join}, {@code $string}, {@code $replace}) or run a regular expression ({@code $match},
 * {@code $contains}, {@code $split}, {@code $replace}), each bound in front of the library's own:
 * the size of what it would build is worked out (and refused past the budget) before it is built,
 * and a regular expression first runs over a {@link CountedText} that counts what it reads, so
 * catastrophic backtracking ends after a fixed amount of work with a clear message.
 */
final class BoundedFunctions {
    private BoundedFunctions() {
    }

    /** Binds the bounded functions on {@code frame}, each calling the library's function it replaces. */
    static void bind(Jsonata.Frame frame, EvaluationBudget budget) {
        Jsonata.JFunction pad = wrapped("pad", args -> { });
        frame.bind("pad", new Jsonata.JFunction((input, args) -> {
            if (args.size() > 1 && args.get(0) instanceof String text && args.get(1) instanceof Number width) {
                budget.checkLength(Math.abs((long) width.doubleValue()));
                Object padding = args.size() > 2 ? args.get(2) : null;
                return pad(text, (long) width.doubleValue(), padding instanceof String given ? given : " ");
            }
            return pad.call(input, args); // the library's own errors for other arguments
        }, "<s-ns?:s>"));
        wrap(frame, "join", "<a<s>s?:s>", args -> {
            if (args.get(0) instanceof List<?> strings) {
                long length = 0;
                String separator = args.size() > 1 && args.get(1) instanceof String text ? text : "";
                for (Object item : strings) {
                    length += (item instanceof String text ? text.length() : 0) + separator.length();
                }
                budget.checkLength(length);
            }
        });
        wrap(frame, "string", "<x-b?:s>", args -> {
            boolean pretty = args.size() > 1 && Boolean.TRUE.equals(args.get(1));
            budget.checkLength(printedSize(args.get(0), pretty ? 1 : 0, EvaluationBudget.MAX_CHARACTERS));
        });
        wrap(frame, "contains", "<s-(sf):b>", args -> regex(budget, args, 1));
        Jsonata.JFunction split = wrapped("split", args -> regex(budget, args, limit(args, 2)));
        frame.bind("split", new Jsonata.JFunction((input, args) -> {
            if (args.size() > 1 && args.get(0) instanceof String text && "".equals(args.get(1))) {
                return characters(text, limit(args, 2)); // the library's own way is quadratic
            }
            return split.call(input, args);
        }, "<s-(sf)n?:a<s>>"));
        wrap(frame, "match", "<s-f<s:o>n?:a<o>>", args -> regex(budget, args, limit(args, 2)));
        Jsonata.JFunction replace = wrapped("replace", args -> {
            long matches = regex(budget, args, limit(args, 3));
            if (args.get(0) instanceof String text && args.size() > 2 && args.get(2) instanceof String replacement) {
                long dollars = replacement.chars().filter(c -> c == '$').count();
                budget.checkLength(text.length() + matches * replacement.length()
                        + (args.get(1) instanceof Pattern ? dollars * text.length() : 0));
            }
        });
        frame.bind("replace", new Jsonata.JFunction((input, args) -> {
            if (args.size() > 2 && args.get(0) instanceof String text && args.get(1) instanceof Pattern pattern
                    && args.get(2) != null && !(args.get(2) instanceof String)) {
                regex(budget, args, limit(args, 3));
                return replaceWithFunction(text, pattern, args.get(2), limit(args, 3), budget);
            }
            return replace.call(input, args);
        }, "<s-(sf)(sf)n?:s>"));
    }

    private interface Check {
        void before(List<?> args);
    }

    private static void wrap(Jsonata.Frame frame, String name, String signature, Check check) {
        frame.bind(name, new Jsonata.JFunction(wrapped(name, check), signature));
    }

    /** The library's function {@code name}, called after {@code check} passes. */
    private static Jsonata.JFunction wrapped(String name, Check check) {
        Jsonata.JFunction original = Builtins.NAMED.get(name);
        return new Jsonata.JFunction((input, args) -> {
            if (!args.isEmpty()) {
                check.before(args);
            }
            return original.call(input, args);
        }, null);
    }

    /**
     * {@code $pad}, as JSONata defines it (lengths in code points, a padding of several characters
     * cut to fit), in linear time: the library's own is quadratic in the width.
     */
    static String pad(String text, long width, String padding) {
        String unit = padding.isEmpty() ? " " : padding;
        long missing = Math.abs(width) - text.codePointCount(0, text.length());
        if (missing <= 0) {
            return text;
        }
        StringBuilder pad = new StringBuilder();
        for (long added = 0; added < missing; ) {
            for (int i = 0; i < unit.length() && added < missing; ) {
                int codePoint = unit.codePointAt(i);
                pad.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
                added++;
            }
        }
        return width > 0 ? text + pad : pad + text;
    }

    /**
     * {@code $replace} with a function computing each replacement, as JSONata defines it (the
     * function gets {@code {match, index, groups}} and must return a string), the result's size
     * checked as it grows: one large string returned for every match would otherwise build
     * without bound.
     */
    private static String replaceWithFunction(String text, Pattern pattern, Object function, long limit,
            EvaluationBudget budget) throws Throwable {
        StringBuilder result = new StringBuilder();
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        for (long count = 0; count < limit && matcher.find(); count++) {
            if (matcher.end() == matcher.start()) {
                throw new EvaluationBudget.BudgetExceededException(
                        "the regular expression of $replace matches an empty string");
            }
            Map<String, Object> match = new java.util.LinkedHashMap<>();
            match.put("match", matcher.group());
            match.put("index", matcher.start());
            List<Object> groups = new java.util.ArrayList<>();
            for (int group = 1; group <= matcher.groupCount(); group++) {
                groups.add(matcher.group(group)); // null when the group took no part, as $match gives
            }
            match.put("groups", groups);
            Object replacement = Functions.funcApply(function, List.of(match));
            if (!(replacement instanceof String piece)) {
                throw new EvaluationBudget.BudgetExceededException(
                        "Attempted to replace a matched string with a non-string value");
            }
            budget.checkLength((long) result.length() + (matcher.start() - from) + piece.length()
                    + (text.length() - matcher.end()));
            result.append(text, from, matcher.start()).append(piece);
            from = matcher.end();
        }
        return result.append(text, from, text.length()).toString();
    }

    /** {@code $split(text, "")}: the text's UTF-16 units, as JavaScript splits, at most {@code limit}. */
    private static List<String> characters(String text, long limit) {
        int count = (int) Math.min(text.length(), limit);
        List<String> characters = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            characters.add(String.valueOf(text.charAt(i)));
        }
        return characters;
    }

    /** The library's functions, as the expression {@code $name} yields them (immutable, shared). */
    private static final class Builtins {
        static final Map<String, Jsonata.JFunction> NAMED = Map.ofEntries(
                builtin("pad"), builtin("join"), builtin("string"), builtin("contains"), builtin("split"),
                builtin("match"), builtin("replace"));

        private Builtins() {
        }

        private static Map.Entry<String, Jsonata.JFunction> builtin(String name) {
            Object function = Jsonata.jsonata("$" + name).evaluate(null);
            if (!(function instanceof Jsonata.JFunction native_)) {
                throw new IllegalStateException("JSONata has no built-in $" + name);
            }
            return Map.entry(name, native_);
        }
    }

    private static long limit(List<?> args, int index) {
        return args.size() > index && args.get(index) instanceof Number limit ? Math.max(0, limit.longValue())
                : Long.MAX_VALUE;
    }

    /**
     * Runs a regular expression argument over the string argument as the library will (up to
     * {@code maxMatches} matches), counting what it reads; the number of matches, or the
     * occurrences of a plain-string pattern.
     */
    private static long regex(EvaluationBudget budget, List<?> args, long maxMatches) {
        if (!(args.get(0) instanceof String text) || args.size() < 2) {
            return 0;
        }
        long matches = 0;
        if (args.get(1) instanceof Pattern pattern) {
            Matcher matcher = pattern.matcher(new CountedText(text, budget::regexRead));
            while (matches < maxMatches && matcher.find()) {
                matches++;
            }
        } else if (args.get(1) instanceof String plain && !plain.isEmpty()) {
            for (int at = text.indexOf(plain); at >= 0 && matches < maxMatches; at = text.indexOf(plain,
                    at + plain.length())) {
                matches++;
            }
        }
        return matches;
    }

    /** An upper bound on the length of {@code $string(value)}, counting no further than {@code stopAbove}. */
    static long printedSize(Object value, int indent, long stopAbove) {
        long[] size = {0};
        printedSize(value, indent, 1, stopAbove, size);
        return size[0];
    }

    private static void printedSize(Object value, int indent, int depth, long stopAbove, long[] size) {
        if (size[0] > stopAbove) {
            return;
        }
        long perItem = 1 + (indent > 0 ? 1 + 2L * depth : 0);
        if (value instanceof String text) {
            size[0] += 2 + 6L * text.length(); // every character escaped at worst
        } else if (value instanceof Map<?, ?> map) {
            size[0] += 2 + perItem;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size[0] += perItem + 3 + 6L * String.valueOf(entry.getKey()).length();
                printedSize(entry.getValue(), indent, depth + 1, stopAbove, size);
            }
        } else if (value instanceof List<?> list) {
            size[0] += 2 + perItem;
            for (Object item : list) {
                size[0] += perItem;
                printedSize(item, indent, depth + 1, stopAbove, size);
            }
        } else {
            size[0] += 32; // a number, a boolean, null, a function
        }
    }
}
