package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Makes values of type {@code T} from a {@link Source} of choices. A generator is a pure function
 * of the choices it draws, so it shrinks for free: shrinking replays smaller choice sequences.
 *
 * <pre>{@code
 * Generator<Integer> even = Generators.integers(0, 1_000).map(i -> i * 2);
 * Generator<List<Integer>> evens = Generators.lists(even, 0, 10);
 * PropertyRunner.forAll(evens).seed(7).check(list -> assertThat(list).allMatch(i -> i % 2 == 0));
 * }</pre>
 *
 * @param <T> the generated type
 */
@FunctionalInterface
@API(status = EXPERIMENTAL)
public interface Generator<T> {

    /** A value drawn from {@code source}; the same choices always give an equal value. */
    T generate(Source source);

    /** The values of this generator, transformed; shrinks as this one does. */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return source -> mapper.apply(generate(source));
    }

    /** A generator chosen by this one's value (for values that depend on each other). */
    default <R> Generator<R> flatMap(Function<? super T, Generator<R>> next) {
        Objects.requireNonNull(next, "next");
        return source -> next.apply(generate(source)).generate(source);
    }

    /**
     * Only the values that match {@code predicate}: up to 100 draws, after which the case is
     * discarded. Prefer a generator that makes only valid values.
     */
    default Generator<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return source -> {
            for (int i = 0; i < 100; i++) {
                T value = generate(source);
                if (predicate.test(value)) {
                    return value;
                }
            }
            throw new dev.sfntest.property.internal.Discard("filter(...) rejected 100 values in a row");
        };
    }
}
