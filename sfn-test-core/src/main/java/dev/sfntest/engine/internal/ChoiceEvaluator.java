package dev.sfntest.engine.internal;

import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.data.DataContext;

/** Placeholder replaced by the choice branch. */
public final class ChoiceEvaluator {
    private ChoiceEvaluator() {
    }

    public static boolean matches(ChoiceRule rule, DataContext data) {
        throw new UnsupportedOperationException("choice");
    }
}
