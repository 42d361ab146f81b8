package dev.sfntest.property.internal;

import dev.sfntest.property.Generator;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Runs generated cases until one fails, then shrinks its choices. Deterministic: the same seed
 * gives the same cases, the same counterexample and the same counts.
 *
 * @param <T> the generated type
 */
public final class Search<T> {
    private final Generator<T> generator;
    private final Function<T, CaseFailure> test;

    /** @param test {@code null} when a value passes, else why it failed */
    public Search(Generator<T> generator, Function<T, CaseFailure> test) {
        this.generator = generator;
        this.test = test;
    }

    /**
     * What a search found.
     *
     * @param tries cases run before the first failure (all of them when none failed)
     * @param shrinks improvements shrinking made
     * @param value the shrunk counterexample, or {@code null} when every case passed
     * @param choices the counterexample's choices
     * @param failure why it fails, or {@code null}
     */
    public record Outcome<T>(int tries, int shrinks, T value, long[] choices, CaseFailure failure) {
        /** Whether some case failed. */
        public boolean failed() {
            return failure != null;
        }
    }

    /** Up to {@code tries} random cases from {@code seed}; the first failure is shrunk. */
    public Outcome<T> run(long seed, int tries, int maxShrinkEvaluations) {
        SplittableRandom master = new SplittableRandom(seed);
        int discarded = 0;
        int tried = 0;
        while (tried < tries) {
            Choices choices = Choices.random(master.split());
            T value;
            try {
                value = generator.generate(choices);
            } catch (Discard discard) {
                if (++discarded > Math.max(100, tries)) {
                    throw new IllegalStateException("The generator discarded " + discarded + " cases for "
                            + tried + " it made: " + discard.getMessage());
                }
                continue;
            }
            tried++;
            CaseFailure failure = test.apply(value);
            if (failure != null) {
                return shrink(tried, choices.recorded(), failure, maxShrinkEvaluations);
            }
        }
        return new Outcome<>(tried, 0, null, new long[0], null);
    }

    /** The one case that {@code choices} make, not shrunk. */
    public Outcome<T> replay(long[] choices) {
        Choices source = Choices.replay(choices);
        T value = generator.generate(source);
        return new Outcome<>(1, 0, value, source.recorded(), test.apply(value));
    }

    private Outcome<T> shrink(int tried, long[] failing, CaseFailure first, int maxEvaluations) {
        Shrinker shrinker = new Shrinker(failing, candidate -> stillFails(candidate, first.key()), maxEvaluations);
        long[] best = shrinker.shrink();
        Choices source = Choices.replay(best);
        T value = generator.generate(source);
        CaseFailure failure = test.apply(value);
        return new Outcome<>(tried, shrinker.improvements(), value, source.recorded(),
                failure != null ? failure : first);
    }

    private long[] stillFails(long[] candidate, String key) {
        Choices source = Choices.replay(candidate);
        try {
            CaseFailure failure = test.apply(generator.generate(source));
            return failure != null && failure.key().equals(key) ? source.recorded() : null;
        } catch (Discard discard) {
            return null;
        }
    }
}
