package dev.sfntest.property.internal;

/**
 * Why a generated case failed.
 *
 * @param key what failed (an invariant's name, an exception's type): shrinking keeps only
 *     candidates that fail with the same key, so it never slips to another bug
 * @param message the failure, for the report
 * @param cause the exception thrown, or {@code null}
 */
public record CaseFailure(String key, String message, Throwable cause) {
}
