package dev.sfntest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.StrictnessException;
import org.apiguardian.api.API;

/**
 * The tests exercised less of their state machines than the minimum they set (the JUnit
 * extension's {@code minimumCoverage}, or {@code sfntest.coverage.minimum} for a whole run). The
 * message lists the states and transitions never exercised.
 *
 * <pre>{@code
 * // @StepFunctionTest(value = "order.asl.json", minimumCoverage = 0.9) fails the class with:
 * // CoverageBelowMinimumException: The tests of OrderTest exercised 62.5% of the state machine, below the minimum of 90.0%
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public class CoverageBelowMinimumException extends StrictnessException {
    private final double ratio;
    private final double minimum;

    /**
     * @param message the ratio, the minimum and what was never exercised
     * @param ratio the share exercised, 0 to 1
     * @param minimum the share required, 0 to 1
     */
    public CoverageBelowMinimumException(String message, double ratio, double minimum) {
        super(message);
        this.ratio = ratio;
        this.minimum = minimum;
    }

    /** The share of states and transitions exercised, 0 to 1. */
    public double ratio() {
        return ratio;
    }

    /** The share required, 0 to 1. */
    public double minimum() {
        return minimum;
    }
}
