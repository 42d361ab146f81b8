package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The choices a {@link Generator} draws from: a sequence of bounded numbers, recorded as they
 * are drawn. Random while searching, replayed and minimised while shrinking, so every generator
 * built on a {@code Source} shrinks without a shrinker of its own.
 *
 * <pre>{@code
 * Generator<String> size = source -> switch ((int) source.draw(2)) {
 *     case 0 -> "S";       // 0 is the simplest choice: shrinking moves towards it
 *     case 1 -> "M";
 *     default -> "L";
 * };
 * PropertyRunner.forAll(size).check(s -> assertThat(s).isNotEmpty());
 * }</pre>
 *
 * <p>Make 0 the simplest value of every choice: shrinking lowers choices towards 0 and deletes
 * runs of them.
 */
@API(status = EXPERIMENTAL)
public interface Source {

    /**
     * The next choice, in {@code [0, max]}.
     *
     * @throws IllegalArgumentException when {@code max} is negative
     */
    long draw(long max);

    /** A choice in {@code [0, n)}, for picking one of {@code n} alternatives (the first is the simplest). */
    default int pick(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("There is nothing to pick from: n = " + n);
        }
        return (int) draw(n - 1L);
    }

    /** {@code true} or {@code false}, evenly; shrinks towards {@code false}. */
    default boolean drawBoolean() {
        return draw(1) == 1;
    }
}
