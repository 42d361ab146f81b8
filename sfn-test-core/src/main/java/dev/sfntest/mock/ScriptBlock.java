package dev.sfntest.mock;

import java.util.ArrayList;
import java.util.List;

/**
 * One script of a {@link TaskMock}: the unconditional one ({@code matcher} {@code null}, counted
 * by the engine's attempt) or a {@code whenInput(...)} block, counted by its own matched calls.
 *
 * @param matcher the block's matcher, or {@code null} for the unconditional script
 * @param steps the responses, in order
 * @param andSoOn whether the last response answers every call past the script
 */
record ScriptBlock(InputMatcher matcher, List<ScriptStep> steps, boolean andSoOn) {
    ScriptBlock {
        steps = List.copyOf(steps);
    }

    static ScriptBlock unconditional() {
        return new ScriptBlock(null, List.of(), false);
    }

    static ScriptBlock when(InputMatcher matcher) {
        return new ScriptBlock(matcher, List.of(), false);
    }

    boolean isConditional() {
        return matcher != null;
    }

    /** {@code when $.Key is "b.csv"}, or empty for the unconditional script. */
    String label() {
        return matcher == null ? "" : " when " + matcher.description();
    }

    /** The number of scripted responses, counting {@code times}. */
    int size() {
        return steps.stream().mapToInt(ScriptStep::times).sum();
    }

    /** The step answering the 0-based call {@code call}, or {@code null} past the script. */
    ScriptStep stepFor(int call) {
        int remaining = call;
        for (ScriptStep step : steps) {
            if (remaining < step.times()) {
                return step;
            }
            remaining -= step.times();
        }
        return andSoOn && !steps.isEmpty() ? steps.get(steps.size() - 1) : null;
    }

    ScriptBlock append(ScriptStep step) {
        List<ScriptStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new ScriptBlock(matcher, longer, andSoOn);
    }

    ScriptBlock replaceLast(ScriptStep step) {
        List<ScriptStep> replaced = new ArrayList<>(steps);
        replaced.set(replaced.size() - 1, step);
        return new ScriptBlock(matcher, replaced, andSoOn);
    }

    ScriptBlock repeatingLast() {
        return new ScriptBlock(matcher, steps, true);
    }
}
