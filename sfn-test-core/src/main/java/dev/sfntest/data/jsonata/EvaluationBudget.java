package dev.sfntest.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.Map;

/**
 * The bounds on one evaluation, counted in work, never in wall-clock time, so an expression that
 * fails fails the same way on every machine: evaluation steps, nesting depth, the size of each
 * value an expression builds, the characters and items it builds in all, and the characters a
 * regular expression may read. An expression that passes one gets a
 * {@link BudgetExceededException} with a message naming the bound.
 */
final class EvaluationBudget {
    /** Evaluation steps (entries into an expression node) per evaluation. */
    static final long MAX_STEPS = 1_000_000;
    /** Deepest nesting of evaluations (function recursion). */
    static final int MAX_DEPTH = 200;
    /** Characters of one string an expression builds: four times the 256 KiB payload limit. */
    static final int MAX_CHARACTERS = 1_048_576;
    /** Items of one array or fields of one object an expression builds. */
    static final int MAX_ITEMS = 1_048_576;
    /** Characters of all the strings an evaluation builds, and items of all its arrays. */
    static final long MAX_TOTAL = 32L * MAX_CHARACTERS;
    /** Characters regular expressions may read (with backtracking) per evaluation. */
    static final long MAX_REGEX_READS = 10_000_000;

    private long steps;
    private int depth;
    private long characters;
    private long items;
    private long regexReads;

    /** Installs the bounds on a frame, in place of the library's wall-clock time box. */
    void install(Jsonata.Frame frame) {
        frame.setEvaluateEntryCallback((expression, input, environment) -> {
            if (environment.isParallelCall) {
                return;
            }
            depth++;
            if (depth > MAX_DEPTH) {
                throw new BudgetExceededException("the expression nests deeper than " + MAX_DEPTH
                        + " levels (is a recursive function missing its end?)");
            }
            if (++steps > MAX_STEPS) {
                throw new BudgetExceededException("the expression took more than " + MAX_STEPS
                        + " evaluation steps (is a loop or a recursion unbounded?)");
            }
        });
        frame.setEvaluateExitCallback((expression, input, environment, result) -> {
            if (environment.isParallelCall) {
                return;
            }
            depth--;
            checkBuilt(result);
        });
    }

    /** Counts a value the expression built, and refuses it when it passes a size bound. */
    void checkBuilt(Object value) {
        if (value instanceof String text) {
            characters(text.length());
        } else if (value instanceof List<?> list) {
            items(list.size());
        } else if (value instanceof Map<?, ?> map) {
            items(map.size());
        }
    }

    /** Counts a string of {@code length} characters about to be built. */
    void characters(long length) {
        if (length > MAX_CHARACTERS) {
            throw new BudgetExceededException("the expression built a string of " + length
                    + " characters, more than the limit of " + MAX_CHARACTERS);
        }
        characters += length;
        if (characters > MAX_TOTAL) {
            throw new BudgetExceededException("the expression built more than " + MAX_TOTAL
                    + " characters of strings in all");
        }
    }

    private void items(long count) {
        if (count > MAX_ITEMS) {
            throw new BudgetExceededException("the expression built an array or object of " + count
                    + " items, more than the limit of " + MAX_ITEMS);
        }
        items += count;
        if (items > MAX_TOTAL) {
            throw new BudgetExceededException("the expression built more than " + MAX_TOTAL + " array items in all");
        }
    }

    /** Counts one character read by a regular expression. */
    void regexRead() {
        if (++regexReads > MAX_REGEX_READS) {
            throw new BudgetExceededException("a regular expression read more than " + MAX_REGEX_READS
                    + " characters (catastrophic backtracking?); simplify the pattern");
        }
    }

    /** An evaluation passed one of the bounds. */
    static final class BudgetExceededException extends RuntimeException {
        BudgetExceededException(String message) {
            super(message, null, false, false);
        }
    }
}
