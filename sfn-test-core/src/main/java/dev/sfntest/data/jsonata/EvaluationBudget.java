package dev.sfntest.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Values smaller than this count only against the step bound. */
    static final int COUNTED_FROM = 4096;

    private final Set<Integer> seen = new HashSet<>();
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

    /**
     * Counts a value an expression node yielded, and refuses it when it passes a size bound.
     * Only large values count towards the totals, each once however often it is referred to (a
     * loop that reads a large input string a thousand times builds nothing): the totals bound
     * what is built anew, the step bound the rest.
     */
    void checkBuilt(Object value) {
        if (value instanceof String text) {
            checkSize(text.length(), MAX_CHARACTERS, "a string of", "characters");
            if (text.length() >= COUNTED_FROM && seen.add(System.identityHashCode(value))) {
                characters += text.length();
                checkTotal(characters, "characters of strings");
            }
        } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
            int size = value instanceof List<?> list ? list.size() : ((Map<?, ?>) value).size();
            checkSize(size, MAX_ITEMS, "an array or object of", "items");
            if (size >= COUNTED_FROM && seen.add(System.identityHashCode(value))) {
                items += size;
                checkTotal(items, "array items");
            }
        }
    }

    private static void checkSize(long size, long max, String what, String unit) {
        if (size > max) {
            throw new BudgetExceededException("the expression built " + what + " " + size + " " + unit
                    + ", more than the limit of " + max);
        }
    }

    private static void checkTotal(long total, String what) {
        if (total > MAX_TOTAL) {
            throw new BudgetExceededException("the expression built more than " + MAX_TOTAL + " " + what + " in all");
        }
    }

    /** Refuses a string of {@code length} characters before it is built (it is counted once built). */
    void checkLength(long length) {
        checkSize(length, MAX_CHARACTERS, "a string of", "characters");
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
