package dev.sfntest.assertj;

/**
 * The outcome of one check: passed, or what was expected and what happened instead.
 *
 * @param ok whether the check passed
 * @param expectation what was expected, in words ({@code to have entered [Charge]})
 * @param happened what happened instead ({@code it never entered [Charge]})
 * @param expected the expected value, for the IDE's diff
 * @param actual the actual value, for the IDE's diff
 */
record Verdict(boolean ok, String expectation, String happened, Object expected, Object actual) {
    static final Verdict PASSED = new Verdict(true, "", "", null, null);

    static Verdict failed(String expectation, String happened, Object expected, Object actual) {
        return new Verdict(false, expectation, happened, expected, actual);
    }
}
