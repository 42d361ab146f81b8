package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyRunnerTest {
    private final Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 1_000), 0, 50);

    private static String message(Runnable check) {
        try {
            check.run();
        } catch (AssertionFailedError failure) {
            return failure.getMessage();
        }
        throw new AssertionError("the property did not fail");
    }

    @Nested
    class FailureReport {
        @Test
        void namesTheCounterexampleTheFailureTheSeedAndTheReplay() {
            // given
            PropertyRunner<List<Integer>> runner = PropertyRunner.forAll(lists).seed(11);
            // when
            String message = message(() -> runner.checkThat(list -> list.stream().allMatch(x -> x <= 100)));
            // then
            assertThat(message).isEqualTo("""
                    Property failed after 2 tries and 5 shrinks.
                    Counterexample: [101]
                    Failure: the property is false
                    Seed: 11; replay this case with .replay("1 101 0")""");
        }

        @Test
        void showsTheAssertionMessageOfTheShrunkCase() {
            // given
            PropertyRunner<Integer> runner = PropertyRunner.forAll(Generators.integers(0, 1_000_000));
            // when
            String message = message(() -> runner.check(x -> {
                if (x >= 1000) {
                    throw new AssertionError("expected below 1000 but was " + x);
                }
            }));
            // then
            assertThat(message).startsWith("Property failed after ").contains("""
                    Counterexample: 1000
                    Failure: expected below 1000 but was 1000
                    Seed: 0; replay this case with .replay("1000")""");
        }

        @Test
        void namesTheTypeOfAnUnexpectedException() {
            // given
            PropertyRunner<Integer> runner = PropertyRunner.forAll(Generators.integers(0, 10));
            // when
            String message = message(() -> runner.check(x -> {
                throw new IllegalStateException("broken");
            }));
            // then
            assertThat(message).isEqualTo("""
                    Property failed after 1 try and 1 shrink.
                    Counterexample: 0
                    Failure: IllegalStateException: broken
                    Seed: 0; replay this case with .replay("0")""");
        }
    }

    @Nested
    class Replay {
        @Test
        void runsOnlyTheGivenChoices() {
            // given
            List<List<Integer>> seen = new ArrayList<>();
            // when
            PropertyRunner.forAll(lists).replay("1 7 1 8 0").check(seen::add);
            // then
            assertThat(seen).containsExactly(List.of(7, 8));
        }

        @Test
        void rejectsTextThatIsNotAReplay() {
            // given / when / then
            assertThatThrownBy(() -> PropertyRunner.forAll(lists).replay("1, 2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A replay is non-negative numbers separated by spaces, as a failure report prints "
                            + "it (for example \"1 101 0\"), but was \"1, 2\"");
        }
    }

    @Nested
    class Determinism {
        @Test
        void theSameSeedGivesTheSameValues() {
            // given
            List<List<Integer>> first = new ArrayList<>();
            List<List<Integer>> second = new ArrayList<>();
            // when
            PropertyRunner.forAll(lists).seed(99).tries(50).check(first::add);
            PropertyRunner.forAll(lists).seed(99).tries(50).check(second::add);
            // then
            assertThat(first).hasSize(50).isEqualTo(second);
        }

        @Test
        void anotherSeedGivesOtherValues() {
            // given
            List<List<Integer>> first = new ArrayList<>();
            List<List<Integer>> second = new ArrayList<>();
            // when
            PropertyRunner.forAll(lists).seed(1).tries(50).check(first::add);
            PropertyRunner.forAll(lists).seed(2).tries(50).check(second::add);
            // then
            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void theSameSeedGivesTheSameFailureReport() {
            // given
            PropertyRunner<List<Integer>> runner = PropertyRunner.forAll(lists).seed(5);
            // when
            String first = message(() -> runner.checkThat(list -> list.size() < 6));
            String second = message(() -> runner.checkThat(list -> list.size() < 6));
            // then
            assertThat(first).isEqualTo(second).contains("Counterexample: [0, 0, 0, 0, 0, 0]");
        }
    }

    @Nested
    class Settings {
        @Test
        void runsTheGivenNumberOfTries() {
            // given
            List<Integer> seen = new ArrayList<>();
            // when
            PropertyRunner.forAll(Generators.integers(0, 9)).tries(123).check(seen::add);
            // then
            assertThat(seen).hasSize(123);
        }

        @Test
        void runsAThousandTriesByDefault() {
            // given
            List<Integer> seen = new ArrayList<>();
            // when
            PropertyRunner.forAll(Generators.integers(0, 9)).check(seen::add);
            // then
            assertThat(seen).hasSize(1_000);
        }

        @Test
        void withoutShrinkingReportsTheFirstFailingCase() {
            // given
            PropertyRunner<Integer> runner = PropertyRunner.forAll(Generators.integers(0, 1_000_000)).maxShrinks(0);
            // when
            String message = message(() -> runner.checkThat(x -> x < 1000));
            // then
            assertThat(message).contains("and 0 shrinks.").doesNotContain("Counterexample: 1000\n");
        }
    }
}
