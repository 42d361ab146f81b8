package dev.sfntest.property.internal;

import dev.sfntest.property.Generator;
import dev.sfntest.property.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists and maps drawn element by element: before each optional element a "more?" choice
 * (0 = stop), so shrinking deletes an element by deleting its two choices.
 */
public final class Collections {
    /** The "more?" choice is in {@code [0, MORE]}: about five elements on average. */
    private static final long MORE = 5;

    private Collections() {
    }

    /** A list of {@code min} to {@code max} elements. */
    public static <T> Generator<List<T>> lists(Generator<T> element, int min, int max) {
        checkSizes(min, max);
        return source -> {
            List<T> out = new ArrayList<>();
            while (out.size() < max && (out.size() < min || more(source))) {
                out.add(element.generate(source));
            }
            return java.util.Collections.unmodifiableList(out);
        };
    }

    /** A map of up to {@code max} entries (at least {@code min} keys drawn; equal keys collapse). */
    public static <K, V> Generator<Map<K, V>> maps(Generator<K> keys, Generator<V> values, int min, int max) {
        checkSizes(min, max);
        return source -> {
            Map<K, V> out = new LinkedHashMap<>();
            int drawn = 0;
            while (drawn < max && (drawn < min || more(source))) {
                drawn++;
                out.putIfAbsent(keys.generate(source), values.generate(source));
            }
            return java.util.Collections.unmodifiableMap(out);
        };
    }

    private static boolean more(Source source) {
        return source.draw(MORE) != 0;
    }

    private static void checkSizes(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("Sizes must satisfy 0 <= min <= max, but were min " + min
                    + " and max " + max);
        }
    }
}
