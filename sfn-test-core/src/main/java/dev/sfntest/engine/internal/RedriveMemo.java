package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.State;
import java.util.List;

/**
 * What a redrive keeps of the Parallel or inline Map state that failed the execution: as AWS's
 * RedriveExecution, the branches or iterations that succeeded are not run again (their outputs are
 * reused), and each that failed or was aborted goes on from the state it stopped in, with the input
 * and variables it had; one that never started starts afresh. A branch that stopped in a failed
 * Parallel or inline Map of its own carries that state's memo, so a redrive keeps what succeeded at
 * every depth.
 *
 * @param state the failed Parallel or Map state
 * @param branches one per branch or iteration, in order (none for a distributed Map)
 * @param mapRun the failed Map Run of a distributed Map, which a redrive redrives, else {@code null}
 */
record RedriveMemo(State state, List<Branch> branches, DistributedMapRun mapRun) {

    /** The memo of a Parallel or inline Map. */
    RedriveMemo(State state, List<Branch> branches) {
        this(state, branches, null);
    }

    /**
     * One branch or iteration of the failed attempt.
     *
     * @param output its output when it succeeded, else {@code null}
     * @param stoppedIn the state it failed or was aborted in, or {@code null} when it never entered one
     * @param stoppedInput the input that state was entered with
     * @param variables the variables it had
     * @param nested the memo of the Parallel or inline Map it stopped in, or {@code null}
     */
    record Branch(JsonNode output, State stoppedIn, JsonNode stoppedInput, VariableScope variables,
            RedriveMemo nested) {

        /** What {@code fiber} (or {@code null}: never started) left; {@code output} when it succeeded. */
        static Branch of(Fiber fiber, JsonNode output) {
            if (output != null) {
                return new Branch(output, null, null, null, null);
            }
            if (fiber == null || fiber.lastEntered() == null) {
                return new Branch(null, null, null, null, null);
            }
            return new Branch(null, fiber.lastEntered(), fiber.lastEnteredInput(), fiber.variables(),
                    fiber.memoOfLastEntered());
        }

        boolean succeeded() {
            return output != null;
        }

        /** Starts {@code fresh} where this branch stopped, or at its start with {@code input}. */
        void resume(Fiber fresh, JsonNode input) {
            if (stoppedIn != null) {
                fresh.redriveWith(nested);
                fresh.startAt(stoppedIn.name(), stoppedInput);
            } else {
                fresh.start(input);
            }
        }
    }

    /** The branch or iteration {@code index}, or {@code null} when there is none. */
    Branch branch(int index) {
        return index < branches.size() ? branches.get(index) : null;
    }
}
