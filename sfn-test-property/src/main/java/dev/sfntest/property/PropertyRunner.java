package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.property.internal.CaseFailure;
import dev.sfntest.property.internal.Describe;
import dev.sfntest.property.internal.Replays;
import dev.sfntest.property.internal.Search;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a property against generated values inside a plain JUnit Jupiter test: runs up to
 * {@code tries} cases, and when one fails, shrinks it and fails the test with the smallest
 * counterexample found, the seed, and a one-line replay of that exact case.
 *
 * <pre>{@code
 * @Test
 * void noOrderLineIsOver100() {
 *     PropertyRunner.forAll(Generators.lists(Generators.integers(0, 1_000), 0, 20))
 *             .seed(42)
 *             .tries(1_000)
 *             .check(lines -> assertThat(lines).allMatch(line -> line <= 100));
 *     // fails with "Counterexample: [101]" and a replay: .replay("1 101 0")
 * }
 * }</pre>
 *
 * <p>Immutable: each setting returns a new runner. Deterministic: the seed (default 0) fixes
 * every case; nothing reads the wall clock.
 *
 * @param <T> the generated type
 */
@API(status = EXPERIMENTAL)
public final class PropertyRunner<T> {
    /** Tries when none are set. */
    public static final int DEFAULT_TRIES = 1_000;
    /** Candidates shrinking tries at most, when not set. */
    public static final int DEFAULT_MAX_SHRINKS = 5_000;

    private final Generator<T> generator;
    private final long seed;
    private final int tries;
    private final int maxShrinks;
    private final long[] replay;

    private PropertyRunner(Generator<T> generator, long seed, int tries, int maxShrinks, long[] replay) {
        this.generator = generator;
        this.seed = seed;
        this.tries = tries;
        this.maxShrinks = maxShrinks;
        this.replay = replay;
    }

    /** A runner over the values of {@code generator}: seed 0, {@value #DEFAULT_TRIES} tries. */
    public static <T> PropertyRunner<T> forAll(Generator<T> generator) {
        return new PropertyRunner<>(Objects.requireNonNull(generator, "generator"), 0, DEFAULT_TRIES,
                DEFAULT_MAX_SHRINKS, null);
    }

    /** The seed of every random choice. */
    public PropertyRunner<T> seed(long value) {
        return new PropertyRunner<>(generator, value, tries, maxShrinks, replay);
    }

    /** How many cases to run (default {@value #DEFAULT_TRIES}). */
    public PropertyRunner<T> tries(int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("tries must be positive, was " + value);
        }
        return new PropertyRunner<>(generator, seed, value, maxShrinks, replay);
    }

    /** How many candidates shrinking may try (default {@value #DEFAULT_MAX_SHRINKS}; 0 turns it off). */
    public PropertyRunner<T> maxShrinks(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("maxShrinks must not be negative, was " + value);
        }
        return new PropertyRunner<>(generator, seed, tries, value, replay);
    }

    /** Runs only the case a failure report printed ({@code .replay("1 101 0")}), not shrunk. */
    public PropertyRunner<T> replay(String choices) {
        return new PropertyRunner<>(generator, seed, tries, maxShrinks, Replays.decode(choices));
    }

    /**
     * Checks that {@code property} throws nothing for every case.
     *
     * @throws AssertionFailedError with the shrunk counterexample when a case fails
     */
    public void check(ThrowingConsumer<? super T> property) {
        Objects.requireNonNull(property, "property");
        Search<T> search = new Search<>(generator, value -> {
            try {
                property.accept(value);
                return null;
            } catch (Throwable thrown) {
                rethrowFatal(thrown);
                return new CaseFailure(thrown.getClass().getName(), Describe.throwable(thrown), thrown);
            }
        });
        Search.Outcome<T> outcome = replay != null ? search.replay(replay) : search.run(seed, tries, maxShrinks);
        if (outcome.failed()) {
            throw new AssertionFailedError(report(outcome), outcome.failure().cause());
        }
    }

    /**
     * Checks that {@code property} is true for every case.
     *
     * @throws AssertionFailedError with the shrunk counterexample when it is false for a case
     */
    public void checkThat(Predicate<? super T> property) {
        Objects.requireNonNull(property, "property");
        check(value -> {
            if (!property.test(value)) {
                throw new AssertionError("the property is false");
            }
        });
    }

    private String report(Search.Outcome<T> outcome) {
        String how = replay != null ? "Property failed on the replayed case."
                : "Property failed after " + outcome.tries() + (outcome.tries() == 1 ? " try" : " tries") + " and "
                        + outcome.shrinks() + (outcome.shrinks() == 1 ? " shrink." : " shrinks.");
        return how + "\nCounterexample: " + Describe.value(outcome.value())
                + "\nFailure: " + outcome.failure().message()
                + "\nSeed: " + seed + "; replay this case with .replay(\"" + Replays.encode(outcome.choices()) + "\")";
    }

    private static void rethrowFatal(Throwable thrown) {
        if (thrown instanceof VirtualMachineError error) {
            throw error;
        }
    }
}
