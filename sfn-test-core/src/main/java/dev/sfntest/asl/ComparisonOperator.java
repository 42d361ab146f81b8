package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The 39 comparison operators of JSONPath Choice rules, named as in ASL.
 */
@API(status = EXPERIMENTAL)
public enum ComparisonOperator {
    StringEquals, StringEqualsPath, StringLessThan, StringLessThanPath, StringGreaterThan,
    StringGreaterThanPath, StringLessThanEquals, StringLessThanEqualsPath, StringGreaterThanEquals,
    StringGreaterThanEqualsPath, StringMatches,
    NumericEquals, NumericEqualsPath, NumericLessThan, NumericLessThanPath, NumericGreaterThan,
    NumericGreaterThanPath, NumericLessThanEquals, NumericLessThanEqualsPath, NumericGreaterThanEquals,
    NumericGreaterThanEqualsPath,
    BooleanEquals, BooleanEqualsPath,
    TimestampEquals, TimestampEqualsPath, TimestampLessThan, TimestampLessThanPath, TimestampGreaterThan,
    TimestampGreaterThanPath, TimestampLessThanEquals, TimestampLessThanEqualsPath, TimestampGreaterThanEquals,
    TimestampGreaterThanEqualsPath,
    IsNull, IsPresent, IsNumeric, IsString, IsBoolean, IsTimestamp;

    /** Whether the operand is a path ({@code ...Path} operators). */
    public boolean takesPath() {
        return name().endsWith("Path");
    }

    /** The operator named {@code name} in a definition, or {@code null}. */
    public static ComparisonOperator fromAslName(String name) {
        for (ComparisonOperator operator : values()) {
            if (operator.name().equals(name)) {
                return operator;
            }
        }
        return null;
    }
}
